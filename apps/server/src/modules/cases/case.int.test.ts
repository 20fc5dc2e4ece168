import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../common/db';
import { codeOf, execute, userId, type DemoUser } from '../../../test/execute';
import { makeChild } from '../../../test/factories';
import { COMMUNE1, COMMUNE2, unitId } from '../../../test/fixtures';
import { auditService } from '../audit/audit.service';
import { markMissedDeadlines } from '../deadlines/mark-missed.job';

const SUBMIT = `mutation($input: SubmitAbuseReportInput!) { submitAbuseReport(input: $input) {
  id code version status initialAssessmentDueAt reporter { anonymous fullName phone } } }`;
const REPORT = `query($id: ID!) { abuseReport(id: $id) { id code reporter { anonymous fullName phone } } }`;
const REPORTS = `{ abuseReports(first: 50) { totalCount nodes { id reporter { fullName } } } }`;
const OPEN = `mutation($input: OpenCaseInput!) { openCase(input: $input) { id code status version deadlines { kind dueAt state } } }`;
const ASSESS = `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id status version emergency deadlines { kind dueAt state } } }`;
const PLAN = `mutation($input: SubmitCasePlanInput!) { submitCasePlan(input: $input) { id status version plan { version measures { id } } } }`;
const APPROVE = `mutation($caseId: ID!, $v: Int!) { approveCasePlan(caseId: $caseId, expectedVersion: $v) {
  id status version plan { version approvedAt approvedBy { username } } plans { version } events { kind actor { username } } } }`;
const REFER = `mutation($caseId: ID!, $v: Int!) { referCaseToPolice(caseId: $caseId, expectedVersion: $v) { id version referredToPolice } }`;
const CASE = `query($id: ID!) { case(id: $id) { id code child { fullName } } }`;

let commune1: string;
let commune2: string;
let childId: string;

const run = <T = Record<string, unknown>>(q: string, as: DemoUser, variables?: Record<string, unknown>) => execute<T>(q, { as, variables });

const submit = async (over: Record<string, unknown> = {}, as: DemoUser = 'commune1.officer') => {
  const r = await run<{
    submitAbuseReport: { id: string; code: string; version: number; initialAssessmentDueAt: string; reporter: unknown };
  }>(SUBMIT, as, {
    input: {
      receivedAt: '2026-04-29T10:00:00+07:00',
      channel: 'HOTLINE_111',
      category: 'ABUSED',
      abuseForms: ['VIOLENCE'],
      communeId: commune1,
      description: 'Trẻ bị đánh nhiều lần',
      childName: 'Lò Văn Pâng',
      childSex: 'MALE',
      childAgeEstimate: 12,
      reporter: { anonymous: false, fullName: 'Người Báo Tin', phone: '0912345678', relationship: 'Hàng xóm' },
      ...over,
    },
  });
  expect(r.errors).toBeUndefined();
  return r.data!.submitAbuseReport;
};

type Case = {
  id: string;
  status: string;
  version: number;
  emergency?: boolean;
  deadlines: { kind: string; dueAt: string; state: string }[];
};
const openCase = async (reportId: string) => {
  const r = await run<{ openCase: Case }>(OPEN, 'commune1.officer', { input: { childId, abuseReportId: reportId, level: 'INTERVENTION' } });
  expect(r.errors).toBeUndefined();
  return r.data!.openCase;
};
const assess = async (c: { id: string; version: number }, kind: string, seriousDanger = false) => {
  const r = await run<{ recordAssessment: Case }>(ASSESS, 'commune1.officer', {
    input: { caseId: c.id, expectedVersion: c.version, kind, riskLevel: 'HIGH', seriousDanger, findings: 'Nhận định' },
  });
  expect(r.errors).toBeUndefined();
  return r.data!.recordAssessment;
};

beforeEach(async () => {
  commune1 = await unitId(COMMUNE1);
  commune2 = await unitId(COMMUNE2);
  childId = (await makeChild({ fullName: 'Lò Văn Pâng', dateOfBirth: '2014-03-12', sex: 'MALE' })).id;
});

describe('deadlines computed from the law', () => {
  it('a report of Wednesday 29/4/2026 10:00: assessment 12 h later, plan due 8/5/2026, emergency 12 h after receipt', async () => {
    const report = await submit();
    expect(report.initialAssessmentDueAt).toBe('2026-04-29T15:00:00.000Z');
    const opened = await openCase(report.id);
    const plan = opened.deadlines.find((d) => d.kind === 'PLAN_SUBMISSION')!;
    expect(plan.dueAt).toBe('2026-05-08T16:59:59.999Z'); // end of Friday 8/5/2026 in Hà Nội
    const assessed = await assess(opened, 'INITIAL', true);
    expect(assessed.emergency).toBe(true);
    expect(assessed.deadlines.find((d) => d.kind === 'EMERGENCY_ACTION')).toMatchObject({
      dueAt: '2026-04-29T15:00:00.000Z',
      state: 'MISSED',
    });
  });
});

describe('reporter protection', () => {
  it('shows the reporter to the commune officer, audited; never in lists, to another commune or the analyst', async () => {
    const report = await submit();
    expect(report.reporter).toMatchObject({ anonymous: false, fullName: 'Người Báo Tin' });
    const read = await run<{ abuseReport: { reporter: { phone: string } } }>(REPORT, 'commune1.officer', { id: report.id });
    expect(read.data!.abuseReport.reporter.phone).toBe('0912345678');
    expect((await run(REPORT, 'commune1.chair', { id: report.id })).data).toMatchObject({
      abuseReport: { reporter: { fullName: 'Người Báo Tin' } },
    });

    const audit = await run<{ auditEvents: { nodes: { action: string; entityId: string; actor: { username: string } }[] } }>(
      `query($f: AuditFilter) { auditEvents(filter: $f) { nodes { action entityId actor { username } } } }`,
      'auditor',
      { f: { action: 'REPORTER_VIEWED', entityId: report.id } },
    );
    expect(audit.data!.auditEvents.nodes.map((n) => n.actor.username)).toEqual(
      expect.arrayContaining(['commune1.officer', 'commune1.chair']),
    );

    const list = await run<{ abuseReports: { nodes: { reporter: unknown }[] } }>(REPORTS, 'commune1.officer');
    expect(list.data!.abuseReports.nodes.map((n) => n.reporter)).toEqual([null]);
    expect(codeOf(await run(REPORT, 'commune2.officer', { id: report.id }))).toBe('NOT_FOUND');
    expect(codeOf(await run(REPORT, 'analyst', { id: report.id }))).toBe('FORBIDDEN');
    expect((await run<{ abuseReports: { totalCount: number } }>(REPORTS, 'commune2.officer')).data!.abuseReports.totalCount).toBe(0);
  });

  it('fails the read when the audit row cannot be written', async () => {
    const report = await submit();
    const spy = vi.spyOn(auditService, 'recordRead').mockRejectedValueOnce(new Error('audit store down'));
    const read = await run<{ abuseReport: { reporter: unknown } | null }>(REPORT, 'commune1.officer', { id: report.id });
    spy.mockRestore();
    expect(read.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(read.data)).not.toContain('0912345678');
  });

  it('stores no identity for an anonymous report, whatever the client sends', async () => {
    const report = await submit({ reporter: { anonymous: true, fullName: 'Không được lưu', phone: '0999' } });
    expect(report.reporter).toEqual({ anonymous: true, fullName: null, phone: null });
    expect(await db().query(`SELECT * FROM abuse_reporter WHERE report_id = $1`, [report.id])).toEqual([]);
    const raw = JSON.stringify(await db().query(`SELECT * FROM abuse_report WHERE id = $1`, [report.id]));
    expect(raw).not.toContain('Không được lưu');
  });

  it('shows the police the report and reporter only once the case is referred to them', async () => {
    const report = await submit();
    const opened = await openCase(report.id);
    expect(codeOf(await run(REPORT, 'police.officer', { id: report.id }))).toBe('NOT_FOUND');
    expect(codeOf(await run(CASE, 'police.officer', { id: opened.id }))).toBe('NOT_FOUND');
    expect((await run(REFER, 'commune1.officer', { caseId: opened.id, v: opened.version })).errors).toBeUndefined();
    expect((await run(REPORT, 'police.officer', { id: report.id })).data).toMatchObject({
      abuseReport: { reporter: { fullName: 'Người Báo Tin' } },
    });
    expect((await run(CASE, 'police.officer', { id: opened.id })).data).toMatchObject({ case: { child: { fullName: 'Lò Văn Pâng' } } });
  });
});

describe('plan approval by the commune chair', () => {
  it('refuses approval without a submitted plan, refuses the officer, records the chair', async () => {
    const report = await submit();
    let c = await assess(await openCase(report.id), 'INITIAL');
    const early = await run(APPROVE, 'commune1.chair', { caseId: c.id, v: c.version });
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
    expect(early.errors![0]!.message).toContain('trình kế hoạch');
    c = await assess(c, 'SPECIFIC');
    const agency: { id: string }[] = await db().query(`SELECT id FROM agency WHERE code = 'GDDT-106'`);
    const planned = await run<{ submitCasePlan: Case }>(PLAN, 'commune1.officer', {
      input: {
        caseId: c.id,
        expectedVersion: c.version,
        measures: [{ level: 'SUPPORT', description: 'Hỗ trợ học tập', assignedAgencyId: agency[0]!.id, dueOn: '2026-06-01' }],
      },
    });
    expect(planned.errors).toBeUndefined();
    const v = planned.data!.submitCasePlan.version;
    expect(codeOf(await run(APPROVE, 'commune1.officer', { caseId: c.id, v }))).toBe('FORBIDDEN');
    expect(codeOf(await run(APPROVE, 'commune1.chair', { caseId: c.id, v: v - 1 }))).toBe('CONFLICT');
    const approved = await run<{
      approveCasePlan: {
        status: string;
        plan: { approvedBy: { username: string } };
        events: { kind: string; actor: { username: string } }[];
      };
    }>(APPROVE, 'commune1.chair', { caseId: c.id, v });
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.approveCasePlan).toMatchObject({ status: 'IN_PROGRESS', plan: { approvedBy: { username: 'commune1.chair' } } });
    expect(approved.data!.approveCasePlan.events.at(-1)).toEqual({ kind: 'PLAN_APPROVED', actor: { username: 'commune1.chair' } });

    // The agency sees its measure with minimal child data, records the outcome, and sees no case file.
    const measures = await run<{ assignedMeasures: { id: string; childInitials: string; caseCode: string }[] }>(
      `{ assignedMeasures { id childInitials childAgeYears caseCode description } }`,
      'education.head',
    );
    expect(measures.data!.assignedMeasures).toHaveLength(1);
    expect(measures.data!.assignedMeasures[0]!.childInitials).toBe('L.V.P.');
    expect(JSON.stringify(measures.data)).not.toContain('Pâng');
    const outcome = await run(
      `mutation($id: ID!) { recordAssignedMeasureOutcome(measureId: $id, status: DONE, outcome: "Đã hỗ trợ") { status outcome } }`,
      'education.head',
      { id: measures.data!.assignedMeasures[0]!.id },
    );
    expect(outcome.data).toEqual({ recordAssignedMeasureOutcome: { status: 'DONE', outcome: 'Đã hỗ trợ' } });
    expect(codeOf(await run(CASE, 'education.head', { id: c.id }))).toBe('NOT_FOUND');
  });
});

describe('the worklist and missed deadlines', () => {
  it('lists my open deadlines most urgent first; the job marks missed ones and notifies the officer and the chair once', async () => {
    const report = await submit();
    await openCase(report.id);
    const list = await run<{ myWorklist: { title: string; deadline: { kind: string; state: string } }[] }>(
      `{ myWorklist { title deadline { kind state dueAt } case { code } abuseReport { code } } }`,
      'commune1.officer',
    );
    expect(list.data!.myWorklist.map((w) => w.deadline.kind)).toEqual(['INITIAL_ASSESSMENT', 'PLAN_SUBMISSION']);
    expect(list.data!.myWorklist[0]!.deadline.state).toBe('MISSED');
    expect((await run<{ myWorklist: unknown[] }>(`{ myWorklist { title } }`, 'commune2.officer')).data!.myWorklist).toEqual([]);

    expect(await markMissedDeadlines(new Date('2026-06-01T00:00:00Z'))).toBe(2);
    expect(await markMissedDeadlines(new Date('2026-06-01T00:00:00Z'))).toBe(0);
    const notified: { user_id: string }[] = await db().query(`SELECT user_id FROM notification WHERE kind = 'DEADLINE_MISSED'`);
    const users = new Set(notified.map((n) => n.user_id));
    expect(users).toEqual(new Set([await userId('commune1.officer'), await userId('commune1.chair')]));
    expect(users.has(await userId('commune2.officer'))).toBe(false);
    const bell = await run<{ unreadNotificationCount: number; myNotifications: { message: string }[] }>(
      `{ unreadNotificationCount myNotifications { message } }`,
      'commune1.chair',
    );
    expect(bell.data!.unreadNotificationCount).toBe(2);
    expect(bell.data!.myNotifications.map((n) => n.message)).toContain(`Quá hạn: Đánh giá ban đầu (12 giờ) của ${report.code}.`);
  });
});

describe('transfer to the commune where it happened', () => {
  it('moves the report and its deadline, audited; the sender no longer sees it', async () => {
    const report = await submit();
    const moved = await run(
      `mutation($id: ID!, $c: ID!, $v: Int!) { transferAbuseReport(id: $id, communeId: $c, expectedVersion: $v) { status reporter { fullName } } }`,
      'commune1.officer',
      { id: report.id, c: commune2, v: report.version },
    );
    expect(moved.data).toEqual({ transferAbuseReport: { status: 'TRANSFERRED', reporter: null } });
    expect(codeOf(await run(REPORT, 'commune1.officer', { id: report.id }))).toBe('NOT_FOUND');
    expect((await run(REPORT, 'commune2.officer', { id: report.id })).data).toMatchObject({
      abuseReport: { reporter: { fullName: 'Người Báo Tin' } },
    });
    const w = await run<{ myWorklist: unknown[] }>(`{ myWorklist { title } }`, 'commune2.officer');
    expect(w.data!.myWorklist).toHaveLength(1);
  });
});
