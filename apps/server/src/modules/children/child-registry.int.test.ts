import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../common/db';
import { codeOf, execute, type DemoUser } from '../../../test/execute';
import { COMMUNE1, COMMUNE2, unitId } from '../../../test/fixtures';

const REGISTER = `mutation($input: RegisterChildInput!) { registerChild(input: $input) { id version fullName possibleDuplicates { id fullName } } }`;
const CHILD = `query($id: ID!) { child(id: $id) { id version agedOut possibleDuplicates { id } circumstances { id group subgroup since until note } changeHistory { action } } }`;
const CHILDREN = `query($filter: ChildFilter) { children(filter: $filter) { totalCount nodes { id fullName } } }`;
const ADD = `mutation($input: AddCircumstanceInput!) { addChildCircumstance(input: $input) { id version circumstances { id group subgroup until } } }`;
const END = `mutation($input: EndCircumstanceInput!) { endChildCircumstance(input: $input) { id version circumstances { id group until } } }`;
const CANDIDATES = `query($input: DuplicateCheckInput!) { childDuplicateCandidates(input: $input) { id fullName } }`;
const MERGE = `mutation($input: MergeChildrenInput!) { mergeChildren(input: $input) { id version caregivers { fullName } circumstances { group } personalId } }`;

type Child = { id: string; version: number; fullName: string; possibleDuplicates: { id: string }[] };
let commune1: string;
let commune2: string;

const register = async (input: Record<string, unknown>, as: DemoUser = 'commune1.officer') => {
  const r = await execute<{ registerChild: Child }>(REGISTER, {
    as,
    variables: { input: { sex: 'MALE', dateOfBirth: '2016-03-15', communeId: commune1, ...input } },
  });
  expect(r.errors).toBeUndefined();
  return r.data!.registerChild;
};
const search = async (text: string, as: DemoUser = 'commune1.officer') =>
  (
    await execute<{ children: { totalCount: number; nodes: { fullName: string }[] } }>(CHILDREN, {
      as,
      variables: { filter: { search: text } },
    })
  ).data!.children;

beforeEach(async () => {
  commune1 = await unitId(COMMUNE1);
  commune2 = await unitId(COMMUNE2);
});

describe('adminUnits across the 2025 reform', () => {
  const UNITS = `query($parentId: ID, $level: AdminLevel, $h: Boolean) { adminUnits(parentId: $parentId, level: $level, includeHistorical: $h) { id code name validFrom validTo successors { code name } } }`;
  it('has Lai Châu, its 8 former districts, its 38 current communes, and the successor links', async () => {
    const top = await execute<{ adminUnits: { id: string; code: string; name: string }[] }>(UNITS, { as: 'commune1.officer' });
    expect(top.data!.adminUnits.map((u) => [u.code, u.name])).toEqual([['12', 'Tỉnh Lai Châu']]);
    const districts = await execute<{ adminUnits: { validTo: string }[] }>(UNITS, {
      as: 'commune1.officer',
      variables: { level: 'DISTRICT', h: true },
    });
    expect(districts.data!.adminUnits).toHaveLength(8);
    expect(new Set(districts.data!.adminUnits.map((d) => d.validTo))).toEqual(new Set(['2025-06-30']));
    const current = await execute<{ adminUnits: { validFrom: string }[] }>(UNITS, {
      as: 'commune1.officer',
      variables: { level: 'COMMUNE' },
    });
    expect(current.data!.adminUnits).toHaveLength(38);
    expect(new Set(current.data!.adminUnits.map((d) => d.validFrom))).toEqual(new Set(['2025-07-01']));
    const all = await execute<{ adminUnits: { code: string; successors: { code: string }[] }[] }>(UNITS, {
      as: 'commune1.officer',
      variables: { level: 'COMMUNE', h: true },
    });
    const quyetThang = all.data!.adminUnits.find((u) => u.code === '03386')!;
    expect(quyetThang.successors.map((s) => s.code)).toContain('03388');
  });
});

describe('records across the reform', () => {
  it('keeps a child under the old commune and shows it to the officer of its successor', async () => {
    const oldCommune = await unitId('03386'); // Quyết Thắng, abolished 30/06/2025
    const [newCommune] = await db().query(
      `SELECT id FROM admin_unit WHERE code = '03388' AND level = 'COMMUNE' AND valid_from = '2025-07-01'`,
    );
    await db().query(
      `INSERT INTO child (code, full_name, search_text, date_of_birth, sex, commune_id) VALUES ('TE-03386-900001', 'Lò Thị Ún', 'lo thi un te-03386-900001', '2014-01-01', 'FEMALE', $1)`,
      [oldCommune],
    );
    const [{ hash }] = await db().query(`SELECT password_hash AS hash FROM app_user WHERE username = 'commune1.officer'`);
    await db().query(
      `INSERT INTO app_user (username, full_name, password_hash, role, jurisdiction_id) VALUES ('doanket.officer', 'Cán bộ Đoàn Kết', $1, 'COMMUNE_OFFICER', $2)`,
      [hash, newCommune.id],
    );
    try {
      const seen = await search('lo thi un', 'doanket.officer' as DemoUser);
      expect(seen.nodes.map((n) => n.fullName)).toEqual(['Lò Thị Ún']);
      expect((await search('lo thi un', 'commune1.officer')).totalCount).toBe(0);
      const byNewUnit = await execute<{ children: { totalCount: number } }>(CHILDREN, {
        as: 'doanket.officer' as DemoUser,
        variables: { filter: { unitId: newCommune.id } },
      });
      expect(byNewUnit.data!.children.totalCount).toBe(1);
    } finally {
      await db().query(`DELETE FROM child WHERE code = 'TE-03386-900001'`);
      await db().query(`DELETE FROM app_user WHERE username = 'doanket.officer'`);
    }
  });
});

describe('search and possible duplicates', () => {
  it('finds "Lò Văn Đức" without diacritics and in capitals, and lists him when "Lo Van Duc" is registered again', async () => {
    const duc = await register({ fullName: 'Lò Văn Đức' });
    expect((await search('lo van duc')).nodes.map((n) => n.fullName)).toEqual(['Lò Văn Đức']);
    expect((await search('LÒ VĂN ĐỨC')).nodes.map((n) => n.fullName)).toEqual(['Lò Văn Đức']);
    expect((await search('duc')).totalCount).toBe(1);

    const candidates = await execute<{ childDuplicateCandidates: { id: string }[] }>(CANDIDATES, {
      as: 'commune1.officer',
      variables: { input: { fullName: 'Lo Van Duc', dateOfBirth: '2016-03-15', communeId: commune1 } },
    });
    expect(candidates.data!.childDuplicateCandidates.map((c) => c.id)).toEqual([duc.id]);

    const again = await register({ fullName: 'Lo Van Duc' });
    expect(again.possibleDuplicates.map((d) => d.id)).toEqual([duc.id]);
  });

  it('matches one letter different and day and month swapped, but not another commune or another date', async () => {
    const duc = await register({ fullName: 'Lò Văn Đức', dateOfBirth: '2016-03-05' });
    const check = async (input: Record<string, unknown>) =>
      (
        await execute<{ childDuplicateCandidates: { id: string }[] }>(CANDIDATES, {
          as: 'lead.officer',
          variables: { input: { fullName: 'Lò Văn Đức', dateOfBirth: '2016-03-05', communeId: commune1, ...input } },
        })
      ).data!.childDuplicateCandidates.map((c) => c.id);
    expect(await check({ fullName: 'Lo Van Dục' })).toEqual([duc.id]);
    expect(await check({ fullName: 'Lò Văn Đứa' })).toEqual([duc.id]);
    expect(await check({ dateOfBirth: '2016-05-03' })).toEqual([duc.id]);
    expect(await check({ fullName: 'Lò Văn Đạt' })).toEqual([]);
    expect(await check({ dateOfBirth: '2016-03-06' })).toEqual([]);
    expect(await check({ communeId: commune2 })).toEqual([]);
  });

  it('pages through name search results with cursors, in name order, without repeats', async () => {
    for (const name of ['Lò Văn Ún', 'Lò Văn Bun', 'Lò Văn Khăm', 'Lò Thị Ón', 'Cầm Văn Xiêng']) await register({ fullName: name });
    const PAGE = `query($after: String) { children(filter: { search: "van" }, first: 2, after: $after) { pageInfo { hasNextPage endCursor } nodes { fullName } } }`;
    const names: string[] = [];
    let after: string | null = null;
    for (;;) {
      const r: { data?: { children: { pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { fullName: string }[] } } | null } =
        await execute(PAGE, { as: 'commune1.officer', variables: { after } });
      names.push(...r.data!.children.nodes.map((n) => n.fullName));
      if (!r.data!.children.pageInfo.hasNextPage) break;
      after = r.data!.children.pageInfo.endCursor;
    }
    expect(names).toEqual(['Cầm Văn Xiêng', 'Lò Văn Bun', 'Lò Văn Khăm', 'Lò Văn Ún']);
  });

  it("never shows another commune's child as a duplicate, even with the same personal ID", async () => {
    await register({ fullName: 'Sùng A Páo', personalId: '012345678901', communeId: commune2 }, 'commune2.officer');
    const candidates = await execute<{ childDuplicateCandidates: { id: string }[] }>(CANDIDATES, {
      as: 'commune1.officer',
      variables: { input: { fullName: 'X', dateOfBirth: '2016-01-01', communeId: commune1, personalId: '012345678901' } },
    });
    expect(candidates.data!.childDuplicateCandidates).toEqual([]);
  });
});

describe('circumstances', () => {
  it('adds a dated circumstance that the list can filter on, ends it with its history kept', async () => {
    const child = await register({ fullName: 'Tẩn Thị Mẩy' });
    const other = await register({ fullName: 'Vàng A Lử' });
    const added = await execute<{
      addChildCircumstance: { version: number; circumstances: { id: string; group: string; subgroup: string }[] };
    }>(ADD, {
      as: 'commune1.officer',
      variables: { input: { childId: child.id, expectedVersion: 1, group: 'ABANDONED', subgroup: 'B1', since: '2024-01-10' } },
    });
    expect(added.errors).toBeUndefined();
    expect(added.data!.addChildCircumstance).toMatchObject({ version: 2, circumstances: [{ group: 'ABANDONED', subgroup: 'B1' }] });
    const filtered = await execute<{ children: { nodes: { id: string }[] } }>(CHILDREN, {
      as: 'commune1.officer',
      variables: { filter: { circumstance: 'ABANDONED' } },
    });
    expect(filtered.data!.children.nodes.map((n) => n.id)).toEqual([child.id]);
    const special = await execute<{ children: { nodes: { id: string }[] } }>(CHILDREN, {
      as: 'commune1.officer',
      variables: { filter: { inSpecialCircumstances: false } },
    });
    expect(special.data!.children.nodes.map((n) => n.id)).toEqual([other.id]);

    const stale = await execute(ADD, {
      as: 'commune1.officer',
      variables: { input: { childId: child.id, expectedVersion: 1, group: 'DISABLED', since: '2024-01-10' } },
    });
    expect(codeOf(stale)).toBe('CONFLICT');
    const wrongSub = await execute(ADD, {
      as: 'commune1.officer',
      variables: { input: { childId: child.id, expectedVersion: 2, group: 'DISABLED', subgroup: 'B1', since: '2024-01-10' } },
    });
    expect(codeOf(wrongSub)).toBe('BAD_USER_INPUT');
    const foreign = await execute(ADD, {
      as: 'commune2.officer',
      variables: { input: { childId: child.id, expectedVersion: 2, group: 'DISABLED', since: '2024-01-10' } },
    });
    expect(codeOf(foreign)).toBe('NOT_FOUND');

    const circumstanceId = added.data!.addChildCircumstance.circumstances[0]!.id;
    expect(codeOf(await execute(END, { as: 'commune2.officer', variables: { input: { circumstanceId, until: '2025-01-01' } } }))).toBe(
      'NOT_FOUND',
    );
    const ended = await execute<{ endChildCircumstance: { version: number; circumstances: { until: string }[] } }>(END, {
      as: 'commune1.officer',
      variables: { input: { circumstanceId, until: '2025-01-01' } },
    });
    expect(ended.data!.endChildCircumstance).toMatchObject({ version: 3, circumstances: [{ until: '2025-01-01' }] });
    const after = await execute<{ children: { nodes: unknown[] } }>(CHILDREN, {
      as: 'commune1.officer',
      variables: { filter: { circumstance: 'ABANDONED' } },
    });
    expect(after.data!.children.nodes).toEqual([]);
    const page = await execute<{ child: { changeHistory: { action: string }[] } }>(CHILD, {
      as: 'commune1.officer',
      variables: { id: child.id },
    });
    expect(page.data!.child.changeHistory.map((e) => e.action)).toEqual([
      'CHILD_CIRCUMSTANCE_ENDED',
      'CHILD_CIRCUMSTANCE_ADDED',
      'CHILD_REGISTERED',
    ]);
  });

  it('has the 14 groups of art. 10 in the enum', async () => {
    const r = await execute<{ __type: { enumValues: unknown[] } }>(`{ __type(name: "SpecialCircumstance") { enumValues { name } } }`, {
      as: 'commune1.officer',
    });
    expect(r.data!.__type.enumValues).toHaveLength(14);
  });

  it('hides sexual-abuse sub-groups from collaborators', async () => {
    const child = await register({ fullName: 'Lù Thị Pà', villageId: undefined });
    await execute(ADD, {
      as: 'commune1.officer',
      variables: {
        input: { childId: child.id, expectedVersion: 1, group: 'SEXUALLY_ABUSED', subgroup: 'L4', since: '2024-01-10', note: 'x' },
      },
    });
    const officer = await execute<{ child: { circumstances: { subgroup: string | null }[] } }>(CHILD, {
      as: 'commune1.officer',
      variables: { id: child.id },
    });
    expect(officer.data!.child.circumstances[0]!.subgroup).toBe('L4');
  });
});

describe('merge', () => {
  it('lets a lead officer merge a duplicate, keeping caregivers, circumstances and both histories', async () => {
    const a = await register({ fullName: 'Lò Văn Đức', caregivers: [{ fullName: 'Lò Văn Pâng', relationship: 'Bố' }] });
    const b = await register({
      fullName: 'Lo Van Duc',
      personalId: '012345678902',
      caregivers: [{ fullName: 'Lò Thị Ón', relationship: 'Mẹ' }],
      circumstances: ['DISABLED'],
    });
    const input = { keepId: a.id, keepVersion: 1, mergeId: b.id, mergeVersion: 1 };
    expect(codeOf(await execute(MERGE, { as: 'commune1.officer', variables: { input } }))).toBe('FORBIDDEN');
    const merged = await execute<{
      mergeChildren: { version: number; personalId: string; caregivers: { fullName: string }[]; circumstances: { group: string }[] };
    }>(MERGE, { as: 'lead.officer', variables: { input } });
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergeChildren).toMatchObject({
      version: 2,
      personalId: '012345678902',
      caregivers: [{ fullName: 'Lò Văn Pâng' }, { fullName: 'Lò Thị Ón' }],
      circumstances: [{ group: 'DISABLED' }],
    });
    expect(codeOf(await execute(CHILD, { as: 'lead.officer', variables: { id: b.id } }))).toBe('NOT_FOUND');
    expect((await search('duc', 'lead.officer')).totalCount).toBe(1);
    const page = await execute<{ child: { changeHistory: { action: string }[] } }>(CHILD, { as: 'lead.officer', variables: { id: a.id } });
    expect(page.data!.child.changeHistory.map((e) => e.action).sort()).toEqual([
      'CHILD_MERGED',
      'CHILD_MERGED',
      'CHILD_REGISTERED',
      'CHILD_REGISTERED',
    ]);
  });
});
