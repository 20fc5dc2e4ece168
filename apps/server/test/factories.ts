import { expect } from 'vitest';
import {
  CreateDirectiveDocument,
  OpenCaseDocument,
  RegisterChildDocument,
  SubmitAbuseReportDocument,
  type CreateDirectiveInput,
  type OpenCaseInput,
  type RegisterChildInput,
  type SubmitAbuseReportInput,
} from './__generated__/operations';
import { db } from '../src/common/db';
import { execute, type DemoUser, type Result } from './execute';
import { COMMUNE1, unitId } from './fixtures';

// Records made the way users make them, through the public API (so codes, deadlines, timelines
// and audit rows are real). Defaults: commune 1 (Xã Bình Lư), its officer; override any field.

const created = <T>(result: Result<T>): T => {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
};

export const makeChild = async (input: Partial<RegisterChildInput> = {}, as: DemoUser = 'commune1.officer') =>
  created(
    await execute(RegisterChildDocument, {
      as,
      variables: {
        input: { fullName: 'Lò Thị Mai', dateOfBirth: '2015-05-01', sex: 'FEMALE', communeId: await unitId(COMMUNE1), ...input },
      },
    }),
  ).registerChild;

export const makeReport = async (input: Partial<SubmitAbuseReportInput> = {}, as: DemoUser = 'commune1.officer') =>
  created(
    await execute(SubmitAbuseReportDocument, {
      as,
      variables: {
        input: {
          channel: 'PHONE',
          category: 'ABUSED',
          abuseForms: ['VIOLENCE'],
          communeId: await unitId(COMMUNE1),
          description: 'Trẻ bị đánh',
          reporter: { anonymous: true },
          ...input,
        },
      },
    }),
  ).submitAbuseReport;

// A case for `childId`, or for a new child of commune 1 when none is given.
export const makeCase = async (input: Partial<OpenCaseInput> = {}, as: DemoUser = 'commune1.officer') => {
  const childId = input.childId ?? (await makeChild({}, as)).id;
  return created(await execute(OpenCaseDocument, { as, variables: { input: { level: 'SUPPORT', ...input, childId } } })).openCase;
};

// A directive of the demo district's People's Committee with one duty for its education office.
export const makeDirective = async (input: Partial<CreateDirectiveInput> = {}, as: DemoUser = 'lead.officer') => {
  const agencies: { id: string; code: string }[] = await db().query(`SELECT id, code FROM agency WHERE code IN ('UBND-106', 'GDDT-106')`);
  const agency = (code: string) => agencies.find((a) => a.code === code)!.id;
  return created(
    await execute(CreateDirectiveDocument, {
      as,
      variables: {
        input: {
          title: 'Công tác trẻ em năm 2022',
          issuedById: agency('UBND-106'),
          issuedOn: '2022-03-01',
          reportingDeadlines: ['04-30', '10-31'],
          duties: [{ section: '3', agencyId: agency('GDDT-106'), title: 'Hè an toàn', description: 'Tổ chức hè an toàn.' }],
          ...input,
        },
      },
    }),
  ).createDirective;
};
