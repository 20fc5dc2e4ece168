import { describe, expect, it } from 'vitest';
import { db } from '../../common/db';
import { execute } from '../../../test/execute';
import { makeCase, makeChild, makeReport } from '../../../test/factories';

// The report's sections over abuse reports, cases and deadlines, fed through the public API.
// Who: commune1.officer takes a report and opens a case in the first period of 2021; lead.officer
// compiles the district report for 2021-H1.
const REPORT = `query($unitId: ID!, $period: String!) { periodicReport(unitId: $unitId, period: $period) {
  sections { key available lines { label values } } } }`;
type Section = { key: string; available: boolean; lines: { label: string; values: (number | null)[] }[] };

const numbers = (section: Section | undefined): number[] =>
  (section?.lines ?? []).flatMap((l) => l.values).filter((v): v is number => typeof v === 'number');

describe('periodic report over reports, cases and deadlines', () => {
  it('counts what the commune recorded in the period', async () => {
    const report = await makeReport({
      receivedAt: '2021-03-01T09:00:00+07:00',
      channel: 'HOTLINE_111',
      description: 'Mô tả',
      childSex: 'MALE',
      childAgeEstimate: 10,
    });
    const child = await makeChild({ fullName: 'Lò Văn Tiến', dateOfBirth: '2011-03-12', sex: 'MALE' });
    await makeCase({ childId: child.id, abuseReportId: report.id, receivedAt: '2021-03-01T09:00:00+07:00' });
    // A case is opened "now"; date it back into the period, as if it had been opened then.
    await db().query(`UPDATE protection_case SET opened_at = '2021-03-02T09:00:00+07:00'`);
    const [{ id: district }] = await db().query(`SELECT id FROM admin_unit WHERE code = '106' AND level = 'DISTRICT'`);
    const result = await execute<{ periodicReport: { sections: Section[] } }>(REPORT, {
      as: 'lead.officer',
      variables: { unitId: district, period: '2021-H1' },
    });
    expect(result.errors).toBeUndefined();
    const byKey = new Map(result.data!.periodicReport.sections.map((s) => [s.key, s]));
    for (const key of ['abuseReports', 'cases', 'deadlines']) {
      const section = byKey.get(key);
      expect(section?.available, key).toBe(true);
      expect(
        numbers(section).some((n) => n > 0),
        key,
      ).toBe(true);
    }
    // opened in the period, none closed, still in progress at its end
    expect(numbers(byKey.get('cases'))).toEqual([1, 0, 1]);
    // the report's 12-hour assessment deadline passed unmet
    expect(numbers(byKey.get('deadlines'))).toEqual([expect.any(Number), 0, expect.any(Number)]);
  });
});
