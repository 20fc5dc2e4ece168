import { beforeEach, describe, expect, it } from 'vitest';
import { makeCase, makeChild } from '../../../test/factories';
import { codeOf, execute, type DemoUser } from '../../../test/execute';
import { COMMUNE1, COMMUNE2, unitId } from '../../../test/fixtures';

// The measures over abuse reports, cases and deadlines, fed through the public API.
// Who: commune1.officer (exact over Xã Bình Lư), commune2.officer (exact over Xã Bản Bo, sees
// nothing of commune 1), analyst (district, suppressed), lead.officer (district, exact).
const STATS = `query($measure: StatMeasure!, $groupBy: [StatDimension!]!, $filter: StatFilter) {
  stats(measure: $measure, groupBy: $groupBy, filter: $filter) { total exact rows { keys { code label } value suppressed } }
}`;
type Stats = {
  stats: {
    total: number | null;
    exact: boolean;
    rows: { keys: { code: string; label: string }[]; value: number | null; suppressed: boolean }[];
  };
};
const stats = (as: DemoUser, measure: string, groupBy: string[], filter?: Record<string, unknown>) =>
  execute<Stats>(STATS, { as, variables: { measure, groupBy, filter } });
const cells = (r: Awaited<ReturnType<typeof stats>>) =>
  Object.fromEntries(r.data!.stats.rows.map((row) => [row.keys.map((k) => k.code).join('|'), row.suppressed ? 'suppressed' : row.value]));

let commune1: string;

const submit = async (communeId: string, abuseForms: string[], channel = 'HOTLINE_111', as: DemoUser = 'commune1.officer') => {
  const r = await execute<{ submitAbuseReport: { id: string } }>(
    `mutation($input: SubmitAbuseReportInput!) { submitAbuseReport(input: $input) { id } }`,
    {
      as,
      variables: {
        input: {
          receivedAt: '2026-04-29T10:00:00+07:00',
          channel,
          category: 'ABUSED',
          abuseForms,
          communeId,
          description: 'Mô tả',
          childSex: 'FEMALE',
          childAgeEstimate: 9,
          reporter: { anonymous: true },
        },
      },
    },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.submitAbuseReport.id;
};

beforeEach(async () => {
  commune1 = await unitId(COMMUNE1);
  await submit(commune1, ['VIOLENCE', 'NEGLECT']);
  await submit(commune1, ['VIOLENCE'], 'SCHOOL');
  await submit(await unitId(COMMUNE2), ['SEXUAL_ABUSE'], 'PHONE', 'commune2.officer');
});

describe('statistics over reports, cases and deadlines', () => {
  it('counts abuse reports by form and channel, a report once per form, exactly for the officer in scope', async () => {
    const byForm = await stats('commune1.officer', 'ABUSE_REPORTS', ['ABUSE_FORM']);
    expect(byForm.data!.stats.exact).toBe(true);
    expect(cells(byForm)).toEqual({ VIOLENCE: 2, NEGLECT: 1 });
    expect(byForm.data!.stats.total).toBe(2);
    const byChannel = await stats('commune1.officer', 'ABUSE_REPORTS', ['REPORT_CHANNEL', 'AGE_BAND']);
    expect(cells(byChannel)).toEqual({ 'HOTLINE_111|6-10': 1, 'SCHOOL|6-10': 1 });
    const filtered = await stats('commune1.officer', 'ABUSE_REPORTS', ['MONTH'], { abuseForm: 'NEGLECT' });
    expect(cells(filtered)).toEqual({ '2026-04': 1 });
  });

  it("never counts another commune's reports for an officer, and suppresses small counts for the analyst", async () => {
    const other = await stats('commune2.officer', 'ABUSE_REPORTS', ['ABUSE_FORM']);
    expect(cells(other)).toEqual({ SEXUAL_ABUSE: 1 });
    const analyst = await stats('analyst', 'ABUSE_REPORTS', ['ABUSE_FORM']);
    expect(analyst.data!.stats.exact).toBe(false);
    expect(Object.values(cells(analyst)).every((v) => v === 'suppressed' || v === 0 || (typeof v === 'number' && v >= 5))).toBe(true);
    expect(analyst.data!.stats.total).toBeNull();
    const lead = await stats('lead.officer', 'ABUSE_REPORTS', ['ABUSE_FORM']);
    expect(cells(lead)).toEqual({ VIOLENCE: 2, NEGLECT: 1, SEXUAL_ABUSE: 1 });
  });

  it('counts cases opened and closed, and deadlines met and missed', async () => {
    const child = await makeChild({ fullName: 'Lò Thị Mai', dateOfBirth: '2016-03-12', sex: 'FEMALE' });
    await makeCase({ childId: child.id, receivedAt: '2026-04-29T10:00:00+07:00' });
    const cases = await stats('commune1.officer', 'CASES_OPENED', ['PROTECTION_LEVEL', 'SEX']);
    expect(cells(cases)).toEqual({ 'SUPPORT|FEMALE': 1 });
    expect(cells(await stats('commune1.officer', 'CASES_CLOSED', ['CASE_STATUS']))).toEqual({});
    // The 12-hour assessment deadlines of the two reports of 29/4/2026 passed unmet.
    const missed = await stats('commune1.officer', 'DEADLINES_MISSED', ['DEADLINE_KIND']);
    expect(Object.values(cells(missed)).reduce((a, b) => Number(a) + Number(b), 0)).toBeGreaterThanOrEqual(2);
    expect(cells(await stats('commune1.officer', 'DEADLINES_MET', ['DEADLINE_KIND']))).toEqual({});
    expect(codeOf(await stats('commune1.officer', 'CASES_OPENED', ['ABUSE_FORM']))).toBe('BAD_USER_INPUT');
  });

  it('gives the analyst counts only: no named report or case, listed or fetched', async () => {
    for (const q of [
      '{ abuseReports { totalCount } }',
      '{ cases { totalCount } }',
      '{ children { totalCount } }',
      '{ myWorklist { title } }',
    ]) {
      expect(codeOf(await execute(q, { as: 'analyst' })), q).toBe('FORBIDDEN');
    }
  });
});
