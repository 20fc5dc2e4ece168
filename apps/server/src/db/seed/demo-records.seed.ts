import { graphql } from 'graphql';
import type { Logger } from 'pino';
import { buildContext } from '../../app/context';
import { buildAppSchema } from '../../app/schema';
import { toActor } from '../../modules/auth/session.service';
import { UserEntity } from '../../modules/auth/user.entity';
import { db } from '../data-source';

// Demo abuse reports and cases, made through the public API as the demo users would make them
// (so deadlines, timelines and audit rows are real): an overdue report on commune 1's worklist,
// a case with an approved plan and a measure for the education office, a report in commune 2.
// Runs once, right after the demo accounts are created; never in production.
const run = async <T>(username: string, source: string, variables: Record<string, unknown>): Promise<T> => {
  const user = await db().getRepository(UserEntity).findOneByOrFail({ username });
  const contextValue = buildContext({
    actor: await toActor(user, '00000000-0000-0000-0000-000000000000'),
    sessionExpired: false,
    sessionId: null,
    locale: 'vi',
    request: { requestId: 'demo-seed', ip: '127.0.0.1', userAgent: 'demo seed' },
    cookies: { set: () => undefined, clear: () => undefined },
  });
  const result = await graphql({ schema: await buildAppSchema(), source, variableValues: variables, contextValue });
  if (result.errors?.length) throw new Error(`demo seed: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.data as T;
};

const hoursAgo = (h: number): string => new Date(Date.now() - h * 3600_000).toISOString();
const SUBMIT = `mutation($input: SubmitAbuseReportInput!) { submitAbuseReport(input: $input) { id } }`;
const CASE = `{ id version }`;

export const seedDemoRecords = async (logger: Logger): Promise<void> => {
  const units: { id: string; code: string }[] = await db().query(
    `SELECT id, code FROM admin_unit WHERE level = 'COMMUNE' AND code IN ('03412', '03424') AND valid_to IS NOT NULL`,
  );
  const commune = (code: string) => units.find((u) => u.code === code)!.id;
  const [child] = await db().query<{ id: string }[]>(`SELECT id FROM child WHERE full_name = 'Lò Văn Pâng'`);
  const [education] = await db().query<{ id: string }[]>(`SELECT id FROM agency WHERE code = 'GDDT-106'`);
  if (!child || !education || units.length < 2) return;

  await run('commune1.officer', SUBMIT, {
    input: {
      receivedAt: hoursAgo(20),
      channel: 'HOTLINE_111',
      category: 'AT_RISK',
      abuseForms: ['NEGLECT'],
      communeId: commune('03412'),
      incidentPlace: 'Bản Thẳm',
      description: 'Tổng đài 111 chuyển tin: hai trẻ nhỏ thường bị để ở nhà một mình nhiều ngày.',
      childName: 'Tẩn Thị Sử',
      childSex: 'FEMALE',
      childAgeEstimate: 9,
      reporter: { anonymous: true },
    },
  });
  const { submitAbuseReport: report } = await run<{ submitAbuseReport: { id: string } }>('commune1.officer', SUBMIT, {
    input: {
      receivedAt: hoursAgo(50),
      channel: 'SCHOOL',
      category: 'ABUSED',
      abuseForms: ['VIOLENCE'],
      communeId: commune('03412'),
      incidentPlace: 'Bản Nà Đon',
      description: 'Giáo viên chủ nhiệm báo trẻ có nhiều vết bầm tím, nghỉ học nhiều buổi.',
      childId: child.id,
      reporter: { anonymous: false, fullName: 'Nguyễn Thị Thu', phone: '0912000111', relationship: 'Giáo viên' },
    },
  });
  let kase = (
    await run<{ openCase: { id: string; version: number } }>(
      'commune1.officer',
      `mutation($input: OpenCaseInput!) { openCase(input: $input) ${CASE} }`,
      { input: { childId: child.id, abuseReportId: report.id, level: 'INTERVENTION' } },
    )
  ).openCase;
  for (const kind of ['INITIAL', 'SPECIFIC']) {
    kase = (
      await run<{ recordAssessment: { id: string; version: number } }>(
        'commune1.officer',
        `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) ${CASE} }`,
        {
          input: {
            caseId: kase.id,
            expectedVersion: kase.version,
            kind,
            riskLevel: 'MEDIUM',
            seriousDanger: false,
            findings:
              kind === 'INITIAL'
                ? 'Trẻ không trong tình trạng nguy hiểm ngay; cần theo dõi.'
                : 'Họp đánh giá nhu cầu với gia đình và nhà trường.',
          },
        },
      )
    ).recordAssessment;
  }
  kase = (
    await run<{ submitCasePlan: { id: string; version: number } }>(
      'commune1.officer',
      `mutation($input: SubmitCasePlanInput!) { submitCasePlan(input: $input) ${CASE} }`,
      {
        input: {
          caseId: kase.id,
          expectedVersion: kase.version,
          measures: [
            { level: 'SUPPORT', description: 'Tư vấn tâm lý cho trẻ tại trường', assignedAgencyId: education.id },
            { level: 'INTERVENTION', description: 'Làm việc với gia đình về biện pháp giáo dục không bạo lực' },
          ],
        },
      },
    )
  ).submitCasePlan;
  await run('commune1.chair', `mutation($id: ID!, $v: Int!) { approveCasePlan(caseId: $id, expectedVersion: $v) { id } }`, {
    id: kase.id,
    v: kase.version,
  });

  await run('commune2.officer', SUBMIT, {
    input: {
      receivedAt: hoursAgo(3),
      channel: 'PHONE',
      category: 'ABUSED',
      abuseForms: ['EXPLOITATION'],
      communeId: commune('03424'),
      description: 'Người dân báo trẻ phải đi làm thuê ở nương, không đến trường.',
      childName: 'Sùng A Tú',
      childSex: 'MALE',
      childAgeEstimate: 11,
      reporter: { anonymous: true },
    },
  });
  logger.info('created demo abuse reports and a case');
};
