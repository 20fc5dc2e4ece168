import { describe, expect, it } from 'vitest';
import { codeOf, execute, type DemoUser } from '../../../test/execute';
import { makeChild } from '../../../test/factories';

const run = <T = Record<string, unknown>>(q: string, as: DemoUser, variables?: Record<string, unknown>) => execute<T>(q, { as, variables });
const SAVE = `mutation($day: Date!) { savePublicHoliday(day: $day, name: "Nghỉ bù (thử)", kind: "COMPENSATORY", source: "test") { day kind } }`;

const openCaseAt = async (receivedAt: string) => {
  const child = await makeChild({ fullName: 'Tẩn Văn Phìn', dateOfBirth: '2013-02-02', sex: 'MALE' });
  const opened = await run<{ openCase: { id: string; version: number; deadlines: { kind: string; dueAt: string }[] } }>(
    `mutation($input: OpenCaseInput!) { openCase(input: $input) { id version deadlines { kind dueAt } } }`,
    'commune1.officer',
    { input: { childId: child.id, level: 'SUPPORT', receivedAt, circumstances: ['ABANDONED'] } },
  );
  expect(opened.errors).toBeUndefined();
  return { ...opened.data!.openCase, childId: child.id };
};

describe('the holiday calendar and rule table, kept by an administrator', () => {
  it('lists the seeded holidays of a year, with Tết and the Hùng Kings day', async () => {
    const r = await run<{ publicHolidays: { day: string; name: string; kind: string }[] }>(
      `{ publicHolidays(year: 2026) { day name kind } }`,
      'admin',
    );
    const days = r.data!.publicHolidays.map((h) => h.day);
    expect(days).toEqual(
      expect.arrayContaining(['2026-01-01', '2026-02-17', '2026-04-26', '2026-04-27', '2026-04-30', '2026-05-01', '2026-09-02']),
    );
    expect(codeOf(await run(`{ publicHolidays(year: 2026) { day } }`, 'commune1.officer'))).toBe('FORBIDDEN');
  });

  it('an added day off moves the deadlines opened afterwards; only an admin may add one', async () => {
    expect(codeOf(await run(SAVE, 'commune1.officer', { day: '2026-05-04' }))).toBe('FORBIDDEN');
    expect((await run(SAVE, 'admin', { day: '2026-05-04' })).data).toEqual({
      savePublicHoliday: { day: '2026-05-04', kind: 'COMPENSATORY' },
    });
    const c = await openCaseAt('2026-04-29T10:00:00+07:00');
    expect(c.deadlines.find((d) => d.kind === 'PLAN_SUBMISSION')!.dueAt).toBe('2026-05-11T16:59:59.999Z');
    expect((await run(`mutation { deletePublicHoliday(day: "2026-05-04") }`, 'admin')).data).toEqual({ deletePublicHoliday: true });
  });

  it('a changed rule applies to new deadlines', async () => {
    const changed = await run(
      `mutation { updateDeadlineRule(kind: PLAN_SUBMISSION, clock: "WORKING_DAYS", amount: 3, dueSoonHours: 24) { kind amount } }`,
      'admin',
    );
    expect(changed.data).toEqual({ updateDeadlineRule: { kind: 'PLAN_SUBMISSION', amount: 3 } });
    const c = await openCaseAt('2026-04-29T10:00:00+07:00');
    expect(c.deadlines.find((d) => d.kind === 'PLAN_SUBMISSION')!.dueAt).toBe('2026-05-06T16:59:59.999Z');
    await run(
      `mutation { updateDeadlineRule(kind: PLAN_SUBMISSION, clock: "WORKING_DAYS", amount: 5, dueSoonHours: 24) { kind } }`,
      'admin',
    );
  });
});

describe('a case opened directly for a child in special circumstances', () => {
  it('has its own initial assessment deadline, shows on the child, says what must happen first, closes and reopens', async () => {
    const c = await openCaseAt('2026-04-29T10:00:00+07:00');
    expect(c.deadlines.map((d) => d.kind).sort()).toEqual(['INITIAL_ASSESSMENT', 'PLAN_SUBMISSION']);
    const child = await run<{ child: { cases: { id: string }[]; abuseReports: unknown[] } }>(
      `query($id: ID!) { child(id: $id) { cases { id } abuseReports { id } } }`,
      'commune1.officer',
      { id: c.childId },
    );
    expect(child.data!.child).toEqual({ cases: [{ id: c.id }], abuseReports: [] });

    const early = await run(`mutation($input: SubmitCasePlanInput!) { submitCasePlan(input: $input) { id } }`, 'commune1.officer', {
      input: { caseId: c.id, expectedVersion: c.version, measures: [{ level: 'SUPPORT', description: 'x' }] },
    });
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
    expect(early.errors![0]!.message).toBe('Cần thu thập thông tin, đánh giá nguy cơ cụ thể và nhu cầu (Mẫu 03) trước khi trình kế hoạch.');
    const en = await execute(
      `mutation($id: ID!, $v: Int!) { closeCase(input: { caseId: $id, expectedVersion: $v, reason: "x" }) { id } }`,
      { as: 'commune1.officer', locale: 'en', variables: { id: c.id, v: c.version } },
    );
    expect(codeOf(en)).toBe('FORBIDDEN');

    const closed = await run<{ closeCase: { status: string; version: number; closedAt: string; deadlines: unknown[] } }>(
      `mutation($id: ID!, $v: Int!) { closeCase(input: { caseId: $id, expectedVersion: $v, reason: "Không có căn cứ" }) { status version closedAt deadlines { kind } } }`,
      'commune1.chair',
      { id: c.id, v: c.version },
    );
    expect(closed.data!.closeCase).toMatchObject({ status: 'CLOSED', deadlines: [] });
    const reopened = await run<{ reopenCase: { status: string; events: { kind: string }[] } }>(
      `mutation($id: ID!, $v: Int!) { reopenCase(caseId: $id, expectedVersion: $v, reason: "Có thông tin mới") { status events { kind } } }`,
      'commune1.officer',
      { id: c.id, v: closed.data!.closeCase.version },
    );
    expect(reopened.data!.reopenCase.status).toBe('NEEDS_ASSESSMENT');
    expect(reopened.data!.reopenCase.events.map((e) => e.kind)).toEqual(['OPENED', 'CLOSED', 'REOPENED']);
  });
});
