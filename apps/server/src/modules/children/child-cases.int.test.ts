import { describe, expect, it } from 'vitest';
import { execute } from '../../../test/execute';
import { makeCase, makeChild } from '../../../test/factories';

// The registry meets the cases module: the open-case filter, and merging a duplicate that has a
// report and a case. Who: commune1.officer records, lead.officer merges, commune2.officer looks.
const register = (fullName: string) => makeChild({ fullName, dateOfBirth: '2014-03-12', sex: 'MALE' });
const openCaseFor = async (childId: string) => (await makeCase({ childId })).id;
const withOpenCase = (as: 'commune1.officer' | 'commune2.officer', hasOpenCase: boolean) =>
  execute<{ children: { nodes: { fullName: string }[] } }>(`query($f: ChildFilter) { children(filter: $f) { nodes { fullName } } }`, {
    as,
    variables: { f: { hasOpenCase } },
  });

describe('children and their cases', () => {
  it('filters children with an open case, within the jurisdiction only', async () => {
    const a = await register('Lò Văn An');
    await register('Lò Văn Bình');
    await openCaseFor(a.id);
    expect((await withOpenCase('commune1.officer', true)).data!.children.nodes).toEqual([{ fullName: 'Lò Văn An' }]);
    expect((await withOpenCase('commune1.officer', false)).data!.children.nodes).toEqual([{ fullName: 'Lò Văn Bình' }]);
    expect((await withOpenCase('commune2.officer', true)).data!.children.nodes).toEqual([]);
  });

  it('moves the merged record’s cases to the kept child', async () => {
    const keep = await register('Lò Văn Đức');
    const dup = await register('Lo Van Duc');
    const caseId = await openCaseFor(dup.id);
    const merged = await execute(`mutation($input: MergeChildrenInput!) { mergeChildren(input: $input) { id } }`, {
      as: 'lead.officer',
      variables: { input: { keepId: keep.id, mergeId: dup.id, keepVersion: keep.version, mergeVersion: dup.version } },
    });
    expect(merged.errors).toBeUndefined();
    const kase = await execute<{ case: { child: { id: string } } }>(`query($id: ID!) { case(id: $id) { child { id } } }`, {
      as: 'commune1.officer',
      variables: { id: caseId },
    });
    expect(kase.data!.case.child.id).toBe(keep.id);
  });
});
