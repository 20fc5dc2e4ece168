import { CaseStatus, Permission } from '@cp/schema';

// The Decree 56 steps (arts. 25-32; domain brief 10.3) as data: for each action on a case, the
// statuses it may start from, the status it leads to (null: unchanged), the permission it
// needs and, when it cannot happen yet, the message key that says what must happen first.
export enum CaseAction {
  RECORD_INITIAL_ASSESSMENT = 'RECORD_INITIAL_ASSESSMENT', // Form 02
  RECORD_EMERGENCY_ACTION = 'RECORD_EMERGENCY_ACTION', // art. 26(3), Form 07 if separation
  RECORD_SPECIFIC_ASSESSMENT = 'RECORD_SPECIFIC_ASSESSMENT', // Form 03 + needs meeting
  SUBMIT_PLAN = 'SUBMIT_PLAN', // Form 04
  APPROVE_PLAN = 'APPROVE_PLAN', // Form 05
  RECORD_MEASURE_OUTCOME = 'RECORD_MEASURE_OUTCOME',
  RECORD_REVIEW = 'RECORD_REVIEW', // Form 06
  REFER_TO_POLICE = 'REFER_TO_POLICE',
  CLOSE = 'CLOSE',
  REOPEN = 'REOPEN',
}

type Rule = { from: readonly CaseStatus[]; to: CaseStatus | null; permission: Permission; requires: string };

const S = CaseStatus;
const OPEN: readonly CaseStatus[] = Object.values(S).filter((s) => s !== S.CLOSED);

export const CASE_TRANSITIONS: Readonly<Record<CaseAction, Rule>> = {
  RECORD_INITIAL_ASSESSMENT: {
    from: [S.RECEIVED],
    to: S.INITIAL_ASSESSMENT,
    permission: Permission.CASE_WRITE,
    requires: 'case.requires.received',
  },
  RECORD_EMERGENCY_ACTION: {
    from: [S.INITIAL_ASSESSMENT, S.NEEDS_ASSESSMENT, S.PLAN_DRAFTING],
    to: null,
    permission: Permission.CASE_APPROVE,
    requires: 'case.requires.initialAssessment',
  },
  RECORD_SPECIFIC_ASSESSMENT: {
    from: [S.INITIAL_ASSESSMENT],
    to: S.NEEDS_ASSESSMENT,
    permission: Permission.CASE_WRITE,
    requires: 'case.requires.initialAssessment',
  },
  SUBMIT_PLAN: {
    from: [S.NEEDS_ASSESSMENT, S.PLAN_DRAFTING, S.PENDING_APPROVAL, S.UNDER_REVIEW],
    to: S.PENDING_APPROVAL,
    permission: Permission.CASE_WRITE,
    requires: 'case.requires.needsAssessment',
  },
  APPROVE_PLAN: {
    from: [S.PENDING_APPROVAL],
    to: S.IN_PROGRESS,
    permission: Permission.CASE_APPROVE,
    requires: 'case.requires.submittedPlan',
  },
  RECORD_MEASURE_OUTCOME: {
    from: [S.IN_PROGRESS, S.UNDER_REVIEW],
    to: null,
    permission: Permission.CASE_WRITE,
    requires: 'case.requires.approvedPlan',
  },
  RECORD_REVIEW: { from: [S.IN_PROGRESS], to: S.UNDER_REVIEW, permission: Permission.CASE_WRITE, requires: 'case.requires.approvedPlan' },
  REFER_TO_POLICE: { from: OPEN, to: null, permission: Permission.CASE_REFER, requires: 'case.requires.open' },
  CLOSE: {
    from: [S.RECEIVED, S.INITIAL_ASSESSMENT, S.NEEDS_ASSESSMENT, S.PLAN_DRAFTING, S.UNDER_REVIEW],
    to: S.CLOSED,
    permission: Permission.CASE_CLOSE,
    requires: 'case.requires.review',
  },
  REOPEN: { from: [S.CLOSED], to: S.NEEDS_ASSESSMENT, permission: Permission.CASE_WRITE, requires: 'case.requires.closed' },
};

export type TransitionCheck =
  { ok: true; to: CaseStatus } | { ok: false; reason: 'FORBIDDEN' } | { ok: false; reason: 'INVALID'; messageKey: string };

// Permission first (a role that may never do this learns nothing about the case's state), then state.
export const checkTransition = (action: CaseAction, status: CaseStatus, permissions: ReadonlySet<string>): TransitionCheck => {
  const rule = CASE_TRANSITIONS[action];
  if (!permissions.has(rule.permission)) return { ok: false, reason: 'FORBIDDEN' };
  if (!rule.from.includes(status)) return { ok: false, reason: 'INVALID', messageKey: rule.requires };
  return { ok: true, to: rule.to ?? status };
};

// The main line of steps, for the web's step indicator.
export const CASE_STEPS: readonly CaseStatus[] = [
  S.RECEIVED,
  S.INITIAL_ASSESSMENT,
  S.NEEDS_ASSESSMENT,
  S.PENDING_APPROVAL,
  S.IN_PROGRESS,
  S.UNDER_REVIEW,
  S.CLOSED,
];
