import { describe, expect, it } from 'vitest';
import { db } from '../../common/db';
import { codeOf, execute, userId } from '../../../test/execute';
import { makeDirective } from '../../../test/factories';
import { runDutyReminders } from './duty-reminder.job';

// Who: education.head (AGENCY_HEAD, Phòng GD&ĐT), lead.officer (LEAD_OFFICER, Phòng LĐ-TB&XH),
// commune1.chair (Xã Bình Lư), commune1.officer (drafts for Xã Bình Lư), analyst (no access).
// Data: the 2021 directive seeded by the demo seed (kept between tests, test/db.ts KEEP).
const DIRECTIVES = `{ directives { id title basis reportingDeadlines issuedBy { code }
  periods { code label startsOn endsOn dueOn }
  duties { id section title description indicators agency { code kind name } } } }`;
const SUBMIT = `mutation($input: SubmitDutyUpdateInput!) {
  submitDutyUpdate(input: $input) { id status progress late submitted version period { code } submittedBy { username } }
}`;
const BOARD = `query($id: ID!, $period: String!) { dutyBoard(directiveId: $id, period: $period) {
  agency { code } duties updated done late missing state sections { section duties updated late missing state } } }`;

type Duty = {
  id: string;
  section: string;
  title: string;
  description: string;
  indicators: string[];
  agency: { code: string; kind: string };
};
type Directive = {
  id: string;
  basis: string;
  reportingDeadlines: string[];
  periods: { code: string; dueOn: string; label: string }[];
  duties: Duty[];
};

const directive2021 = async (): Promise<Directive> => {
  const result = await execute<{ directives: Directive[] }>(DIRECTIVES, { as: 'lead.officer' });
  expect(result.errors).toBeUndefined();
  return result.data!.directives.find((d) => d.basis?.includes('223/LĐTBXH-BVCSTE'))!;
};

const dutyOf = (d: Directive, agencyCode: string, section: string) =>
  d.duties.find((x) => x.agency.code === agencyCode && x.section === section)!;

describe('the 2021 directive as data', () => {
  it('has its basis, deadlines, two periods and well over fifteen duties for every named agency', async () => {
    const d = await directive2021();
    expect(d.reportingDeadlines).toEqual(['04-30', '10-31']);
    expect(d.periods.map((p) => [p.code, p.dueOn, p.label])).toEqual([
      ['2021-H1', '2021-04-30', 'Kỳ báo cáo 1 năm 2021 (hạn 30/04/2021)'],
      ['2021-H2', '2021-10-31', 'Kỳ báo cáo 2 năm 2021 (hạn 31/10/2021)'],
    ]);
    const kinds = new Set(d.duties.map((x) => x.agency.kind));
    for (const kind of [
      'LABOUR_SOCIAL_AFFAIRS',
      'CULTURE_INFORMATION',
      'RADIO_TELEVISION',
      'EDUCATION',
      'POLICE',
      'HEALTH',
      'FINANCE_PLANNING',
      'PEOPLES_COMMITTEE',
    ]) {
      expect(kinds).toContain(kind);
    }
    expect(d.duties.length).toBeGreaterThan(15);
    expect(d.duties.filter((x) => x.section === '1').every((x) => x.agency.code === 'LDTBXH-106')).toBe(true);
    expect(d.duties.filter((x) => x.section === '1')).toHaveLength(7);
    expect(dutyOf(d, 'CA-106', '4').description).toContain('Nghị định 56/2017/NĐ-CP');
    expect(dutyOf(d, 'TTYT-106', '5').indicators).toContain('Số trẻ em dưới 06 tuổi được khám, chữa bệnh miễn phí');
    // section 7 to each district agency; section 8: five items for each commune's People's Committee
    expect(d.duties.filter((x) => x.section === '7')).toHaveLength(7);
    const communes = new Set(d.duties.filter((x) => x.section === '8').map((x) => x.agency.code));
    expect(communes.size).toBeGreaterThan(3);
    expect(d.duties.filter((x) => x.section === '8' && x.agency.code === 'UBND-03412')).toHaveLength(5);
  });

  it('is not readable by an analyst', async () => {
    expect(codeOf(await execute(DIRECTIVES, { as: 'analyst' }))).toBe('FORBIDDEN');
  });
});

describe('submitDutyUpdate and the board', () => {
  it('education.head submits late for 2021-H1, cannot write a police duty, and a stale version is CONFLICT', async () => {
    const d = await directive2021();
    const education = dutyOf(d, 'GDDT-106', '3');
    const police = dutyOf(d, 'CA-106', '4');
    const input = {
      dutyId: education.id,
      period: '2021-H1',
      status: 'IN_PROGRESS',
      progress: 60,
      summary: 'Đã kiểm tra 12 trường mầm non.',
    };
    const first = await execute<{ submitDutyUpdate: { id: string; late: boolean; submitted: boolean; version: number } }>(SUBMIT, {
      as: 'education.head',
      variables: { input },
    });
    expect(first.errors).toBeUndefined();
    expect(first.data!.submitDutyUpdate).toMatchObject({
      late: true,
      submitted: true,
      version: 1,
      period: { code: '2021-H1' },
      submittedBy: { username: 'education.head' },
    });

    const foreign = await execute(SUBMIT, { as: 'education.head', variables: { input: { ...input, dutyId: police.id } } });
    expect(codeOf(foreign)).toBe('FORBIDDEN');
    expect(foreign.errors![0]!.message).toContain('cơ quan được giao');

    const edit = await execute(SUBMIT, { as: 'education.head', variables: { input: { ...input, progress: 80, expectedVersion: 1 } } });
    expect(edit.errors).toBeUndefined();
    const stale = await execute(SUBMIT, { as: 'education.head', variables: { input: { ...input, progress: 90, expectedVersion: 1 } } });
    expect(codeOf(stale)).toBe('CONFLICT');
    const missingVersion = await execute(SUBMIT, { as: 'education.head', variables: { input } });
    expect(codeOf(missingVersion)).toBe('CONFLICT');

    const audit: { action: string; n: number }[] = await db().query(
      `SELECT action, count(*)::int AS n FROM audit_event WHERE entity_type = 'DutyUpdate' GROUP BY action`,
    );
    expect(audit).toEqual([{ action: 'DUTY_UPDATE_SUBMITTED', n: 2 }]);

    const board = await execute<{
      dutyBoard: {
        agency: { code: string };
        updated: number;
        late: number;
        missing: number;
        state: string;
        sections: { section: string; state: string }[];
      }[];
    }>(BOARD, { as: 'education.head', variables: { id: d.id, period: '2021-H1' } });
    expect(board.errors).toBeUndefined();
    const row = (code: string) => board.data!.dutyBoard.find((r) => r.agency.code === code)!;
    expect(row('GDDT-106')).toMatchObject({ updated: 1, late: 1, missing: 5 - 1, state: 'MISSING' });
    expect(row('GDDT-106').sections.find((s) => s.section === '3')).toMatchObject({ state: 'MISSING' });
    expect(row('CA-106')).toMatchObject({ updated: 0, late: 0, state: 'MISSING' });
    expect(row('CA-106').missing).toBeGreaterThan(0);
  });

  it('lets a commune officer draft, and only the commune chair submit, a commune duty', async () => {
    const d = await directive2021();
    const duty = dutyOf(d, 'UBND-03412', '8');
    const input = { dutyId: duty.id, period: '2021-H2', status: 'IN_PROGRESS', progress: 30, summary: 'Đã phát 20 buổi trên loa.' };
    expect(codeOf(await execute(SUBMIT, { as: 'commune1.officer', variables: { input } }))).toBe('FORBIDDEN');
    // another commune's officer may not draft for Xã Bình Lư
    const foreignDraft = await execute(SUBMIT, { as: 'commune2.officer', variables: { input: { ...input, draft: true } } });
    expect(foreignDraft.errors![0]!.message).toContain('cơ quan được giao');
    const draft = await execute<{ submitDutyUpdate: { submitted: boolean; version: number } }>(SUBMIT, {
      as: 'commune1.officer',
      variables: { input: { ...input, draft: true, indicators: [{ name: 'Số buổi tuyên truyền trên loa truyền thanh', value: 20 }] } },
    });
    expect(draft.errors).toBeUndefined();
    expect(draft.data!.submitDutyUpdate).toMatchObject({ submitted: false, version: 1 });
    // another commune's people do not see the draft
    const other = await execute<{ agencyDuty: { update: unknown } }>(
      `query($id: ID!) { agencyDuty(id: $id) { update(period: "2021-H2") { id } } }`,
      {
        as: 'lead.officer',
        variables: { id: duty.id },
      },
    );
    expect(other.data!.agencyDuty.update).toBeNull();
    const sent = await execute<{ submitDutyUpdate: { submitted: boolean; version: number; submittedBy: { username: string } } }>(SUBMIT, {
      as: 'commune1.chair',
      variables: { input: { ...input, expectedVersion: 1 } },
    });
    expect(sent.data!.submitDutyUpdate).toMatchObject({ submitted: true, version: 2, submittedBy: { username: 'commune1.chair' } });
    const bad = await execute(SUBMIT, {
      as: 'commune1.chair',
      variables: { input: { ...input, expectedVersion: 2, indicators: [{ name: 'x', value: 1 }] } },
    });
    expect(bad.errors![0]!.extensions!.fields).toEqual([{ field: 'indicators.0.name', message: 'Chỉ tiêu không thuộc nhiệm vụ này.' }]);
  });
});

describe('createDirective', () => {
  it("lets the lead officer enter next year's directive, refuses bad deadlines, and is forbidden to agency heads", async () => {
    const agencies: { id: string; code: string }[] = await db().query(`SELECT id, code FROM agency WHERE code IN ('UBND-106', 'GDDT-106')`);
    const id = (code: string) => agencies.find((a) => a.code === code)!.id;
    const CREATE = `mutation($input: CreateDirectiveInput!) { createDirective(input: $input) { id title periods { code dueOn } duties { section agency { code } } } }`;
    const input = {
      clientMutationId: 'dir-2022',
      title: 'Công tác trẻ em năm 2022',
      issuedById: id('UBND-106'),
      issuedOn: '2022-03-01',
      reportingDeadlines: ['10-31', '04-30'],
      duties: [{ section: '3', agencyId: id('GDDT-106'), title: 'Hè an toàn', description: 'Tổ chức hè an toàn.' }],
    };
    expect(codeOf(await execute(CREATE, { as: 'education.head', variables: { input } }))).toBe('FORBIDDEN');
    const bad = await execute(CREATE, { as: 'lead.officer', variables: { input: { ...input, reportingDeadlines: ['04-31'] } } });
    expect(bad.errors![0]!.extensions!.fields).toEqual([{ field: 'reportingDeadlines.0', message: expect.stringContaining('tháng-ngày') }]);
    const created = await execute<{ createDirective: { id: string; periods: { code: string; dueOn: string }[] } }>(CREATE, {
      as: 'lead.officer',
      variables: { input },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createDirective.periods).toEqual([
      { code: '2022-H1', dueOn: '2022-04-30' },
      { code: '2022-H2', dueOn: '2022-10-31' },
    ]);
    // the same clientMutationId again: the first directive, nothing new
    expect((await makeDirective(input)).id).toBe(created.data!.createDirective.id);
    await db().query('DELETE FROM directive WHERE id = $1', [created.data!.createDirective.id]);
  });
});

describe('duty reminders', () => {
  it('reminds each agency with missing updates 7 days and 1 day before a due date, once', async () => {
    expect(await runDutyReminders('2021-04-20')).toBe(0);
    const sent = await runDutyReminders('2021-04-23');
    expect(sent).toBeGreaterThan(0);
    expect(await runDutyReminders('2021-04-23')).toBe(0);
    const [n] = await db().query(`SELECT count(*)::int AS n, min(params->>'days') AS days FROM notification WHERE user_id = $1`, [
      await userId('education.head'),
    ]);
    expect(n).toEqual({ n: 1, days: '7' });
    expect(await runDutyReminders('2021-04-29')).toBe(sent);
  });
});
