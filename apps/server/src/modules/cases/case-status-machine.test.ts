import { describe, expect, it } from 'vitest';
import { CaseStatus, Permission, Role, permissionsOf } from '@cp/schema';
import { CASE_TRANSITIONS, CaseAction, checkTransition } from './case-status-machine';

const officer = permissionsOf(Role.COMMUNE_OFFICER);
const chair = permissionsOf(Role.COMMUNE_CHAIR);

describe('the case status machine (Decree 56)', () => {
  it('walks the main line: received, initial and specific assessment, plan, approval, review, closure', () => {
    const steps: [CaseAction, CaseStatus, ReadonlySet<string>, CaseStatus][] = [
      [CaseAction.RECORD_INITIAL_ASSESSMENT, CaseStatus.RECEIVED, officer, CaseStatus.INITIAL_ASSESSMENT],
      [CaseAction.RECORD_SPECIFIC_ASSESSMENT, CaseStatus.INITIAL_ASSESSMENT, officer, CaseStatus.NEEDS_ASSESSMENT],
      [CaseAction.SUBMIT_PLAN, CaseStatus.NEEDS_ASSESSMENT, officer, CaseStatus.PENDING_APPROVAL],
      [CaseAction.APPROVE_PLAN, CaseStatus.PENDING_APPROVAL, chair, CaseStatus.IN_PROGRESS],
      [CaseAction.RECORD_REVIEW, CaseStatus.IN_PROGRESS, officer, CaseStatus.UNDER_REVIEW],
      [CaseAction.SUBMIT_PLAN, CaseStatus.UNDER_REVIEW, officer, CaseStatus.PENDING_APPROVAL],
      [CaseAction.CLOSE, CaseStatus.UNDER_REVIEW, chair, CaseStatus.CLOSED],
      [CaseAction.REOPEN, CaseStatus.CLOSED, officer, CaseStatus.NEEDS_ASSESSMENT],
    ];
    for (const [action, from, perms, to] of steps) expect(checkTransition(action, from, perms)).toEqual({ ok: true, to });
  });

  it('lets only the chair approve plans and close cases, and only officers draft', () => {
    expect(checkTransition(CaseAction.APPROVE_PLAN, CaseStatus.PENDING_APPROVAL, officer)).toEqual({ ok: false, reason: 'FORBIDDEN' });
    expect(checkTransition(CaseAction.CLOSE, CaseStatus.UNDER_REVIEW, officer)).toEqual({ ok: false, reason: 'FORBIDDEN' });
    expect(checkTransition(CaseAction.SUBMIT_PLAN, CaseStatus.NEEDS_ASSESSMENT, chair)).toEqual({ ok: false, reason: 'FORBIDDEN' });
    expect(CASE_TRANSITIONS.REFER_TO_POLICE.permission).toBe(Permission.CASE_REFER);
  });

  it('says what must happen first when a step comes too early', () => {
    expect(checkTransition(CaseAction.APPROVE_PLAN, CaseStatus.NEEDS_ASSESSMENT, chair)).toEqual({
      ok: false,
      reason: 'INVALID',
      messageKey: 'case.requires.submittedPlan',
    });
    expect(checkTransition(CaseAction.CLOSE, CaseStatus.IN_PROGRESS, chair)).toMatchObject({ messageKey: 'case.requires.review' });
    expect(checkTransition(CaseAction.SUBMIT_PLAN, CaseStatus.RECEIVED, officer)).toMatchObject({
      messageKey: 'case.requires.needsAssessment',
    });
    expect(checkTransition(CaseAction.REFER_TO_POLICE, CaseStatus.CLOSED, officer)).toMatchObject({ messageKey: 'case.requires.open' });
  });

  it('never leaves CLOSED except by reopening', () => {
    for (const action of Object.values(CaseAction).filter((a) => a !== CaseAction.REOPEN)) {
      expect(CASE_TRANSITIONS[action].from).not.toContain(CaseStatus.CLOSED);
    }
  });
});
