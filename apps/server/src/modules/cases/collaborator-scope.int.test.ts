import { describe, expect, it } from 'vitest';
import { codeOf, execute } from '../../../test/execute';
import { COMMUNE1, COMMUNE1_VILLAGE1, unitId } from '../../../test/fixtures';

// Who: commune1.collab (village collaborator of Bản Nà Đon, Xã Bình Lư): registers children and
// submits reports in the village, "no case files". commune1.officer opens a case for the child.
describe('a village collaborator and case files', () => {
  it('sees a child of the village but never its cases or other people’s reports, nested or not', async () => {
    const commune1 = await unitId(COMMUNE1);
    const village = await unitId(COMMUNE1_VILLAGE1, 'VILLAGE');
    const child = await execute<{ registerChild: { id: string } }>(`mutation($input: RegisterChildInput!) { registerChild(input: $input) { id } }`, {
      as: 'commune1.collab', variables: { input: { fullName: 'Lù Văn Sáng', dateOfBirth: '2015-01-02', sex: 'MALE', communeId: commune1, villageId: village } },
    });
    const childId = child.data!.registerChild.id;
    const officerReport = await execute<{ submitAbuseReport: { id: string } }>(`mutation($input: SubmitAbuseReportInput!) { submitAbuseReport(input: $input) { id } }`, {
      as: 'commune1.officer', variables: { input: { channel: 'PHONE', category: 'ABUSED', abuseForms: ['VIOLENCE'], communeId: commune1, description: 'x', childId, reporter: { anonymous: true } } },
    });
    expect(officerReport.errors).toBeUndefined();
    const opened = await execute(`mutation($input: OpenCaseInput!) { openCase(input: $input) { id } }`, {
      as: 'commune1.officer', variables: { input: { childId, level: 'SUPPORT' } },
    });
    expect(opened.errors).toBeUndefined();
    const own = await execute<{ submitAbuseReport: { id: string } }>(`mutation($input: SubmitAbuseReportInput!) { submitAbuseReport(input: $input) { id } }`, {
      as: 'commune1.collab', variables: { input: { channel: 'COLLABORATOR', category: 'AT_RISK', abuseForms: ['NEGLECT'], communeId: commune1, description: 'y', childId, reporter: { anonymous: true } } },
    });
    expect(own.errors).toBeUndefined();
    const seen = await execute<{ child: { cases: unknown[]; abuseReports: { id: string }[] } }>(`query($id: ID!) { child(id: $id) { cases { id } abuseReports { id } } }`, {
      as: 'commune1.collab', variables: { id: childId },
    });
    expect(seen.data!.child.cases).toEqual([]);
    expect(seen.data!.child.abuseReports).toEqual([{ id: own.data!.submitAbuseReport.id }]);
    expect(codeOf(await execute(`{ cases { totalCount } }`, { as: 'commune1.collab' }))).toBe('FORBIDDEN');
    const officerSees = await execute<{ child: { cases: unknown[]; abuseReports: unknown[] } }>(`query($id: ID!) { child(id: $id) { cases { id } abuseReports { id } } }`, {
      as: 'commune1.officer', variables: { id: childId },
    });
    expect(officerSees.data!.child.cases).toHaveLength(1);
    expect(officerSees.data!.child.abuseReports).toHaveLength(2);
  });
});
