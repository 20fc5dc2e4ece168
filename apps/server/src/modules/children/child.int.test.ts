import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../common/db';
import { codeOf, execute, type DemoUser } from '../../../test/execute';
import { COMMUNE1, COMMUNE1_VILLAGE1, COMMUNE1_VILLAGE2, COMMUNE2, unitId } from '../../../test/fixtures';

// Who: commune1.officer (Xã Bình Lư) registers; commune2.officer (Xã Bản Bo) is the other
// commune's officer; lead.officer sees the whole district; analyst and auditor see no names;
// commune1.collab works in one village of commune 1.
const REGISTER = `mutation($input: RegisterChildInput!) {
  registerChild(input: $input) { id code fullName dateOfBirth ageYears sex version commune { id name } village { id } caregivers { fullName relationship } }
}`;
const UPDATE = `mutation($input: UpdateChildInput!) { updateChild(input: $input) { id fullName version address } }`;
const CHILDREN = `query($filter: ChildFilter, $first: Int, $after: String, $orderBy: ChildOrder) {
  children(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id fullName } } nodes { id }
  }
}`;
const CHILD = `query($id: ID!) { child(id: $id) { id fullName commune { name } } }`;

type Child = { id: string; code: string; fullName: string; version: number };

let commune1: string;
let commune2: string;

const register = async (as: DemoUser, input: Record<string, unknown>) =>
  execute<{ registerChild: Child }>(REGISTER, {
    as,
    variables: { input: { sex: 'FEMALE', dateOfBirth: '2015-05-01', communeId: commune1, ...input } },
  });

const registerHoa = async () => {
  const result = await register('commune1.officer', {
    fullName: 'Nguyễn Thị Hoà',
    caregivers: [{ fullName: 'Nguyễn Văn Bình', relationship: 'Bố' }],
  });
  expect(result.errors).toBeUndefined();
  return result.data!.registerChild;
};

const search = (as: DemoUser, text: string) =>
  execute<{ children: { totalCount: number; nodes: { id: string }[] } }>(CHILDREN, { as, variables: { filter: { search: text } } });

const countChildren = async (): Promise<number> => Number((await db().query('SELECT count(*) AS n FROM child'))[0].n);

beforeEach(async () => {
  commune1 = await unitId(COMMUNE1);
  commune2 = await unitId(COMMUNE2);
});

describe('registerChild', () => {
  it('lets a commune officer register a child in their commune, with a code from the commune', async () => {
    const child = await registerHoa();
    expect(child).toMatchObject({ fullName: 'Nguyễn Thị Hoà', version: 1, sex: 'FEMALE', commune: { id: commune1, name: 'Xã Bình Lư' } });
    expect(child.code).toMatch(/^TE-03412-\d{6}$/);
  });

  it('is forbidden to analysts, auditors and anonymous callers, and writes nothing', async () => {
    expect(codeOf(await register('analyst', { fullName: 'A' }))).toBe('FORBIDDEN');
    expect(codeOf(await register('auditor', { fullName: 'A' }))).toBe('FORBIDDEN');
    expect(codeOf(await register(null as unknown as DemoUser, { fullName: 'A' }))).toBe('UNAUTHENTICATED');
    expect(await countChildren()).toBe(0);
  });

  it("refuses another commune's officer placing a child in commune 1, without saying it exists", async () => {
    const result = await register('commune2.officer', { fullName: 'Lò Văn A' });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.extensions!.fields).toEqual([{ field: 'communeId', message: expect.stringContaining('phạm vi') }]);
    expect(await countChildren()).toBe(0);
  });

  it('gives field-level errors in the user language and writes nothing', async () => {
    const vi = await register('commune1.officer', { fullName: '', personalId: '123', caregivers: [{ fullName: '', relationship: 'Mẹ' }] });
    expect(codeOf(vi)).toBe('BAD_USER_INPUT');
    expect(vi.errors![0]!.extensions!.fields).toEqual([
      { field: 'fullName', message: 'Không được để trống.' },
      { field: 'personalId', message: 'Số định danh cá nhân gồm đúng 12 chữ số.' },
      { field: 'caregivers.0.fullName', message: 'Không được để trống.' },
    ]);
    const en = await execute(REGISTER, {
      as: 'commune1.officer',
      locale: 'en',
      variables: { input: { fullName: 'X', sex: 'MALE', dateOfBirth: '2099-01-01', communeId: commune1, ethnicity: 'Martian' } },
    });
    expect(en.errors![0]!.message).toBe('Some of the input is not valid.');
    expect(en.errors![0]!.extensions!.fields).toEqual([
      { field: 'dateOfBirth', message: 'The date cannot be in the future.' },
      { field: 'ethnicity', message: 'Not one of the 54 official ethnic groups.' },
    ]);
    expect(await countChildren()).toBe(0);
  });

  it('returns the first child when a create is retried with the same clientMutationId', async () => {
    const first = await register('commune1.officer', { fullName: 'Lò Thị Lan', clientMutationId: 'retry-1' });
    const again = await register('commune1.officer', { fullName: 'Lò Thị Lan', clientMutationId: 'retry-1' });
    expect(again.data!.registerChild.id).toBe(first.data!.registerChild.id);
    expect(await countChildren()).toBe(1);
    const audits = await db().query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'CHILD_REGISTERED'`);
    expect(audits[0].n).toBe(1);
    // the key is per actor: another officer's create with the same key is its own
    const other = await execute<{ registerChild: Child }>(REGISTER, {
      as: 'lead.officer',
      variables: {
        input: { fullName: 'Lò Thị Lan', sex: 'FEMALE', dateOfBirth: '2015-05-01', communeId: commune1, clientMutationId: 'retry-1' },
      },
    });
    expect(other.data!.registerChild.id).not.toBe(first.data!.registerChild.id);
  });

  it('keeps personal identification numbers unique', async () => {
    await register('commune1.officer', { fullName: 'Tẩn A Lử', personalId: '012345678901' });
    const dup = await register('commune1.officer', { fullName: 'Tẩn A Lử', personalId: '012345678901' });
    expect(dup.errors![0]!.extensions!.fields).toEqual([{ field: 'personalId', message: expect.stringContaining('đã được dùng') }]);
  });

  it('keeps a village collaborator to their own village', async () => {
    const village1 = await unitId(COMMUNE1_VILLAGE1, 'VILLAGE');
    const village2 = await unitId(COMMUNE1_VILLAGE2, 'VILLAGE');
    const noVillage = await register('commune1.collab', { fullName: 'Lù A Páo' });
    expect(noVillage.errors![0]!.extensions!.fields![0]!.field).toBe('villageId');
    const otherVillage = await register('commune1.collab', { fullName: 'Lù A Páo', villageId: village2 });
    expect(otherVillage.errors![0]!.extensions!.fields![0]!.field).toBe('villageId');
    const ok = await register('commune1.collab', { fullName: 'Lù A Páo', villageId: village1 });
    expect(ok.errors).toBeUndefined();
    await register('commune1.officer', { fullName: 'Lù Thị Dung', villageId: village2 });
    const seen = await execute<{ children: { totalCount: number } }>(CHILDREN, { as: 'commune1.collab', variables: {} });
    expect(seen.data!.children.totalCount).toBe(1);
  });
});

describe('children and child', () => {
  it('finds a child by name with or without diacritics, in any case, by partial words or code', async () => {
    const hoa = await registerHoa();
    await register('commune1.officer', { fullName: 'Nguyễn Văn Hùng', sex: 'MALE' });
    for (const text of ['nguyen thi hoa', 'NGUYỄN THỊ HOÀ', 'hoa nguyen', 'thi ho', hoa.code.toLowerCase()]) {
      const found = await search('commune1.officer', text);
      expect(
        found.data!.children.nodes.map((n) => n.id),
        text,
      ).toEqual([hoa.id]);
    }
    expect((await search('commune1.officer', 'nguyen')).data!.children.totalCount).toBe(2);
  });

  it("hides a child from another commune's officer: not listed, not fetchable", async () => {
    const hoa = await registerHoa();
    const listed = await search('commune2.officer', 'nguyen thi hoa');
    expect(listed.data!.children).toMatchObject({ totalCount: 0, nodes: [] });
    const byUnit = await execute<{ children: { totalCount: number } }>(CHILDREN, {
      as: 'commune2.officer',
      variables: { filter: { unitId: commune1 } },
    });
    expect(byUnit.data!.children.totalCount).toBe(0);
    const fetched = await execute(CHILD, { as: 'commune2.officer', variables: { id: hoa.id } });
    expect(codeOf(fetched)).toBe('NOT_FOUND');
    expect(fetched.data).toEqual({ child: null });
  });

  it('shows the district lead officer the children of every commune in the district', async () => {
    const hoa = await registerHoa();
    await execute(REGISTER, {
      as: 'commune2.officer',
      variables: { input: { fullName: 'Vàng Thị Dợ', sex: 'FEMALE', dateOfBirth: '2016-01-01', communeId: commune2 } },
    });
    const all = await execute<{ children: { totalCount: number } }>(CHILDREN, { as: 'lead.officer', variables: {} });
    expect(all.data!.children.totalCount).toBe(2);
    const one = await execute<{ child: { fullName: string } }>(CHILD, { as: 'lead.officer', variables: { id: hoa.id } });
    expect(one.data!.child.fullName).toBe('Nguyễn Thị Hoà');
  });

  it('is forbidden to analysts, auditors, police and agency heads', async () => {
    const hoa = await registerHoa();
    for (const as of ['analyst', 'auditor', 'police.officer', 'education.head', 'admin'] as const) {
      expect(codeOf(await search(as, 'hoa')), as).toBe('FORBIDDEN');
      expect(codeOf(await execute(CHILD, { as, variables: { id: hoa.id } })), as).toBe('FORBIDDEN');
    }
  });

  it('pages with cursors without losing or repeating children, in each order', async () => {
    const names = ['An', 'Bình', 'Chi', 'Dung', 'Giang'];
    for (const [i, name] of names.entries()) {
      await register('commune1.officer', { fullName: `Lò Thị ${name}`, dateOfBirth: `201${i}-01-01` });
    }
    for (const orderBy of ['NAME_ASC', 'UPDATED_DESC', 'BIRTH_DATE_ASC']) {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 5; page += 1) {
        const result: Awaited<
          ReturnType<
            typeof execute<{
              children: {
                totalCount: number;
                pageInfo: { hasNextPage: boolean; endCursor: string };
                nodes: { id: string }[];
                edges: { node: { fullName: string } }[];
              };
            }>
          >
        > = await execute(CHILDREN, { as: 'commune1.officer', variables: { first: 2, after, orderBy } });
        expect(result.errors, orderBy).toBeUndefined();
        const connection = result.data!.children;
        expect(connection.totalCount).toBe(5);
        seen.push(...connection.edges.map((e) => e.node.fullName));
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(new Set(seen).size, orderBy).toBe(5);
      if (orderBy === 'NAME_ASC') expect(seen).toEqual(names.map((n) => `Lò Thị ${n}`));
      if (orderBy === 'BIRTH_DATE_ASC') expect(seen).toEqual(names.map((n) => `Lò Thị ${n}`));
    }
    const tooMany = await execute(CHILDREN, { as: 'commune1.officer', variables: { first: 500 } });
    expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
    const badCursor = await execute(CHILDREN, { as: 'commune1.officer', variables: { after: 'garbage' } });
    expect(codeOf(badCursor)).toBe('BAD_USER_INPUT');
  });

  it('filters by sex and age', async () => {
    await register('commune1.officer', { fullName: 'Lò Văn Một', sex: 'MALE', dateOfBirth: '2024-01-01' });
    await register('commune1.officer', { fullName: 'Lò Thị Hai', sex: 'FEMALE', dateOfBirth: '2012-01-01' });
    const boys = await execute<{ children: { totalCount: number } }>(CHILDREN, {
      as: 'commune1.officer',
      variables: { filter: { sex: 'MALE' } },
    });
    expect(boys.data!.children.totalCount).toBe(1);
    const teens = await execute<{ children: { nodes: { id: string }[]; edges: { node: { fullName: string } }[] } }>(CHILDREN, {
      as: 'commune1.officer',
      variables: { filter: { ageMin: 11, ageMax: 15 } },
    });
    expect(teens.data!.children.edges.map((e) => e.node.fullName)).toEqual(['Lò Thị Hai']);
  });
});

describe('updateChild', () => {
  it('updates with the current version and bumps it', async () => {
    const hoa = await registerHoa();
    const result = await execute<{ updateChild: Child & { address: string } }>(UPDATE, {
      as: 'commune1.officer',
      variables: { input: { id: hoa.id, expectedVersion: 1, address: 'Bản Nà Đon', fullName: 'Nguyễn Thị Hoà  ' } },
    });
    expect(result.data!.updateChild).toMatchObject({ version: 2, address: 'Bản Nà Đon', fullName: 'Nguyễn Thị Hoà' });
  });

  it('answers CONFLICT to a stale version and leaves the record unchanged', async () => {
    const hoa = await registerHoa();
    await execute(UPDATE, { as: 'commune1.officer', variables: { input: { id: hoa.id, expectedVersion: 1, address: 'first' } } });
    const stale = await execute(UPDATE, {
      as: 'commune1.officer',
      variables: { input: { id: hoa.id, expectedVersion: 1, address: 'second' } },
    });
    expect(codeOf(stale)).toBe('CONFLICT');
    const [row] = await db().query('SELECT address, version FROM child WHERE id = $1', [hoa.id]);
    expect(row).toEqual({ address: 'first', version: 2 });
  });

  it("is NOT_FOUND for another commune's officer and FORBIDDEN for the commune chair", async () => {
    const hoa = await registerHoa();
    const other = await execute(UPDATE, { as: 'commune2.officer', variables: { input: { id: hoa.id, expectedVersion: 1, address: 'x' } } });
    expect(codeOf(other)).toBe('NOT_FOUND');
    const chair = await execute(UPDATE, { as: 'commune1.chair', variables: { input: { id: hoa.id, expectedVersion: 1, address: 'x' } } });
    expect(codeOf(chair)).toBe('FORBIDDEN');
    const [row] = await db().query('SELECT address, version FROM child WHERE id = $1', [hoa.id]);
    expect(row).toEqual({ address: null, version: 1 });
  });
});

describe('audit of children', () => {
  it('shows the auditor who registered, updated and viewed the child', async () => {
    const hoa = await registerHoa();
    await execute(UPDATE, { as: 'commune1.officer', variables: { input: { id: hoa.id, expectedVersion: 1, atRisk: true } } });
    await execute(CHILD, { as: 'lead.officer', variables: { id: hoa.id } });
    const events = await execute<{ auditEvents: { nodes: { action: string; actor: { username: string } }[] } }>(
      `query($id: ID!) { auditEvents(filter: { entityType: "Child", entityId: $id }) { nodes { action actor { username } } } }`,
      { as: 'auditor', variables: { id: hoa.id } },
    );
    expect(events.data!.auditEvents.nodes).toEqual([
      { action: 'CHILD_VIEWED', actor: { username: 'lead.officer' } },
      { action: 'CHILD_UPDATED', actor: { username: 'commune1.officer' } },
      { action: 'CHILD_REGISTERED', actor: { username: 'commune1.officer' } },
    ]);
  });
});
