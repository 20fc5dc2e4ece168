import { describe, expect, it } from 'vitest';
import { codeOf, execute } from '../../../test/execute';
import { ChildCasesAndReportsDocument } from '../../../test/__generated__/operations';
import { makeCase, makeChild, makeReport } from '../../../test/factories';
import { COMMUNE1, COMMUNE1_VILLAGE1, unitId } from '../../../test/fixtures';

// Who: commune1.collab (village collaborator of Bản Nà Đon, Xã Bình Lư): registers children and
// submits reports in the village, "no case files". commune1.officer opens a case for the child.
describe('a village collaborator and case files', () => {
  it('sees a child of the village but never its cases or other people’s reports, nested or not', async () => {
    const commune1 = await unitId(COMMUNE1);
    const village = await unitId(COMMUNE1_VILLAGE1, 'VILLAGE');
    const childId = (
      await makeChild(
        { fullName: 'Lù Văn Sáng', dateOfBirth: '2015-01-02', sex: 'MALE', communeId: commune1, villageId: village },
        'commune1.collab',
      )
    ).id;
    await makeReport({ description: 'x', childId });
    await makeCase({ childId });
    const own = await makeReport(
      { channel: 'COLLABORATOR', category: 'AT_RISK', abuseForms: ['NEGLECT'], description: 'y', childId },
      'commune1.collab',
    );
    const seen = await execute(ChildCasesAndReportsDocument, { as: 'commune1.collab', variables: { id: childId } });
    expect(seen.data!.child!.cases).toEqual([]);
    expect(seen.data!.child!.abuseReports).toEqual([{ id: own.id }]);
    expect(codeOf(await execute(`{ cases { totalCount } }`, { as: 'commune1.collab' }))).toBe('FORBIDDEN');
    const officerSees = await execute(ChildCasesAndReportsDocument, { as: 'commune1.officer', variables: { id: childId } });
    expect(officerSees.data!.child!.cases).toHaveLength(1);
    expect(officerSees.data!.child!.abuseReports).toHaveLength(2);
  });
});
