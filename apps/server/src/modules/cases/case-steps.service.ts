import type { EntityManager } from 'typeorm';
import { AuditAction, CaseStatus, DeadlineKind, MeasureStatus } from '@cp/schema';
import { db } from '../../common/db';
import { AppError, AppErrorCode } from '../../common/app-error';
import { assertVersion } from '../../common/versioning';
import { AgencyEntity } from '../admin-units/agency.entity';
import { auditService } from '../audit/audit.service';
import { deadlineService } from '../deadlines/deadline.service';
import { abuseReportService } from '../reports/abuse-report.service';
import { CaseAction, checkTransition } from './case-status-machine';
import { addCaseEvent, caseService, invalidStep, scopedCaseQuery, type Who } from './case.service';
import { CaseAssessmentEntity, CasePlanEntity, PlanMeasureEntity } from './case-parts.entity';
import type {
  ApproveCasePlanArgs,
  CloseCaseInput,
  MeasureOutcomeArgs,
  RecordAssessmentInput,
  RecordEmergencyActionArgs,
  ReferCaseToPoliceArgs,
  ReopenCaseArgs,
  SubmitCasePlanInput,
} from './dto/case.inputs';
import { ProtectionCaseEntity } from './protection-case.entity';

type StepContext = { tx: EntityManager; c: ProtectionCaseEntity; to: CaseStatus };
type Step = { action: CaseAction; audit: AuditAction; event: string; note?: string | null; changes?: Partial<ProtectionCaseEntity> };

// One step on a case: in one transaction, lock the case in the actor's scope, check the version
// and the state machine, do the step's own work, move the status, add the timeline event, audit.
const runStep = async (
  who: Who,
  caseId: string,
  expectedVersion: number | null,
  step: Step,
  work: (s: StepContext) => Promise<Partial<ProtectionCaseEntity> | void>,
): Promise<ProtectionCaseEntity> => {
  await db().transaction(async (tx) => {
    const c = await scopedCaseQuery(tx, who.actor).andWhere('c.id = :id', { id: caseId }).setLock('pessimistic_write').getOne();
    if (!c) throw AppError.notFound();
    if (expectedVersion !== null) assertVersion(c.version, expectedVersion);
    const check = checkTransition(step.action, c.status, who.actor.permissions);
    if (!check.ok) throw check.reason === 'FORBIDDEN' ? new AppError(AppErrorCode.FORBIDDEN) : invalidStep(check.messageKey);
    const extra = (await work({ tx, c, to: check.to })) ?? {};
    await tx.update(
      ProtectionCaseEntity,
      { id: c.id },
      { ...step.changes, ...extra, status: check.to, version: c.version + 1, updatedAt: new Date() },
    );
    await addCaseEvent(tx, c.id, who.actor, step.event, { fromStatus: c.status, toStatus: check.to, note: step.note ?? null });
    await auditService.record(tx, who, { action: step.audit, entityType: 'ProtectionCase', entityId: c.id, data: { event: step.event } });
  });
  return caseService.get(who.actor, caseId);
};

const ASSESSMENT_ACTIONS: Record<string, CaseAction> = {
  INITIAL: CaseAction.RECORD_INITIAL_ASSESSMENT,
  SPECIFIC: CaseAction.RECORD_SPECIFIC_ASSESSMENT,
  REVIEW: CaseAction.RECORD_REVIEW,
};

export const caseSteps = {
  recordAssessment: (who: Who, input: RecordAssessmentInput) => {
    const action = ASSESSMENT_ACTIONS[input.kind];
    if (!action) throw AppError.field('kind', 'case.assessmentKind');
    const serious = input.kind === 'INITIAL' && input.seriousDanger === true;
    return runStep(
      who,
      input.caseId,
      input.expectedVersion,
      { action, audit: AuditAction.CASE_ASSESSMENT_RECORDED, event: `ASSESSMENT_${input.kind}` },
      async ({ tx, c }) => {
        await tx.insert(CaseAssessmentEntity, {
          caseId: c.id,
          kind: input.kind,
          riskLevel: input.riskLevel,
          seriousDanger: serious,
          findings: input.findings.trim(),
          recordedBy: who.actor.userId,
          recordedAt: new Date(),
        });
        if (input.kind === 'INITIAL') {
          const reportIds = await abuseReportService.idsOfCase(tx, c.id);
          await deadlineService.meet(tx, { caseId: c.id, abuseReportIds: reportIds }, [DeadlineKind.INITIAL_ASSESSMENT]);
          await abuseReportService.markAssessed(tx, c.id);
          // Art. 26(3): serious danger means emergency measures within 12 hours of receipt.
          if (serious)
            await deadlineService.open(tx, {
              kind: DeadlineKind.EMERGENCY_ACTION,
              start: c.receivedAt,
              unitPath: c.unitPath,
              caseId: c.id,
            });
        }
        if (input.kind === 'REVIEW') await deadlineService.meet(tx, { caseId: c.id }, [DeadlineKind.REVIEW]);
        return { riskLevel: input.riskLevel, ...(serious ? { emergency: true } : {}) };
      },
    );
  },

  recordEmergencyAction: (who: Who, { caseId, expectedVersion, separation, note }: RecordEmergencyActionArgs) =>
    runStep(
      who,
      caseId,
      expectedVersion,
      {
        action: CaseAction.RECORD_EMERGENCY_ACTION,
        audit: AuditAction.CASE_EMERGENCY_ACTION_RECORDED,
        event: separation ? 'TEMPORARY_SEPARATION' : 'EMERGENCY_ACTION',
        note: note ?? null,
      },
      async ({ tx, c }) => {
        await deadlineService.meet(tx, { caseId: c.id }, [DeadlineKind.EMERGENCY_ACTION]);
        if (separation)
          await deadlineService.open(tx, { kind: DeadlineKind.SEPARATION_END, start: new Date(), unitPath: c.unitPath, caseId: c.id });
        return { emergency: true };
      },
    ),

  // Form 04. Each submission is a new version; earlier versions stay (a new plan after a review
  // keeps the old one, which stays current for the agencies until the new one is approved).
  submitPlan: (who: Who, input: SubmitCasePlanInput) =>
    runStep(
      who,
      input.caseId,
      input.expectedVersion,
      { action: CaseAction.SUBMIT_PLAN, audit: AuditAction.CASE_PLAN_SUBMITTED, event: 'PLAN_SUBMITTED' },
      async ({ tx, c }) => {
        const agencyIds = [...new Set(input.measures.flatMap((m) => (m.assignedAgencyId ? [m.assignedAgencyId] : [])))];
        if (agencyIds.length && (await tx.getRepository(AgencyEntity).countBy(agencyIds.map((id) => ({ id })))) !== agencyIds.length) {
          throw AppError.field('measures', 'validation.agencyNotFound');
        }
        const [{ v }] = await tx.query<[{ v: number }]>(`SELECT coalesce(max(version), 0) + 1 AS v FROM case_plan WHERE case_id = $1`, [
          c.id,
        ]);
        // A plan still waiting for approval is replaced by the new version.
        await tx.query(`UPDATE case_plan SET superseded_at = now() WHERE case_id = $1 AND approved_at IS NULL AND superseded_at IS NULL`, [
          c.id,
        ]);
        const plan = await tx
          .getRepository(CasePlanEntity)
          .save({ caseId: c.id, version: v, submittedAt: new Date(), submittedBy: who.actor.userId });
        await tx.insert(
          PlanMeasureEntity,
          input.measures.map((m, position) => ({
            planId: plan.id,
            caseId: c.id,
            position,
            level: m.level,
            description: m.description.trim(),
            assignedAgencyId: m.assignedAgencyId ?? null,
            dueOn: m.dueOn ?? null,
            status: MeasureStatus.PLANNED,
            updatedBy: who.actor.userId,
          })),
        );
        await deadlineService.meet(tx, { caseId: c.id }, [DeadlineKind.PLAN_SUBMISSION]);
        await deadlineService.cancel(tx, c.id, [DeadlineKind.PLAN_APPROVAL]);
        await deadlineService.open(tx, { kind: DeadlineKind.PLAN_APPROVAL, start: new Date(), unitPath: c.unitPath, caseId: c.id });
      },
    ),

  // Form 05, by the commune chair: the latest submitted version becomes the current plan.
  approvePlan: (who: Who, { caseId, expectedVersion }: ApproveCasePlanArgs) =>
    runStep(
      who,
      caseId,
      expectedVersion,
      { action: CaseAction.APPROVE_PLAN, audit: AuditAction.CASE_PLAN_APPROVED, event: 'PLAN_APPROVED' },
      async ({ tx, c }) => {
        const plans: { id: string }[] = await tx.query(
          `SELECT id FROM case_plan WHERE case_id = $1 AND submitted_at IS NOT NULL AND approved_at IS NULL AND superseded_at IS NULL ORDER BY version DESC LIMIT 1`,
          [c.id],
        );
        if (!plans[0]) throw invalidStep('case.requires.submittedPlan');
        await tx.query(`UPDATE case_plan SET approved_at = now(), approved_by = $2 WHERE id = $1`, [plans[0].id, who.actor.userId]);
        await tx.query(`UPDATE case_plan SET superseded_at = now() WHERE case_id = $1 AND id <> $2 AND superseded_at IS NULL`, [
          c.id,
          plans[0].id,
        ]);
        await deadlineService.meet(tx, { caseId: c.id }, [DeadlineKind.PLAN_APPROVAL]);
        await deadlineService.open(tx, {
          kind: DeadlineKind.REVIEW,
          start: new Date(),
          unitPath: c.unitPath,
          caseId: c.id,
          responsibleUserId: c.assignedTo,
        });
      },
    ),

  referToPolice: (who: Who, { caseId, expectedVersion, note }: ReferCaseToPoliceArgs) =>
    runStep(
      who,
      caseId,
      expectedVersion,
      { action: CaseAction.REFER_TO_POLICE, audit: AuditAction.CASE_REFERRED_TO_POLICE, event: 'REFERRED_TO_POLICE', note: note ?? null },
      async ({ c }) => {
        if (c.referredToPolice) throw invalidStep('case.alreadyReferred');
        return { referredToPolice: true, referredAt: new Date() };
      },
    ),

  close: (who: Who, input: CloseCaseInput) =>
    runStep(
      who,
      input.caseId,
      input.expectedVersion,
      { action: CaseAction.CLOSE, audit: AuditAction.CASE_CLOSED, event: 'CLOSED', note: input.reason.trim() },
      async ({ tx, c }) => {
        await deadlineService.cancelOpen(tx, c.id);
        return { closedAt: new Date(), closedBy: who.actor.userId, closureReason: input.reason.trim() };
      },
    ),

  // A new cycle: back to the needs assessment, with a new plan clock from today.
  reopen: (who: Who, { caseId, expectedVersion, reason }: ReopenCaseArgs) => {
    if (!reason.trim()) throw AppError.field('reason', 'validation.required');
    return runStep(
      who,
      caseId,
      expectedVersion,
      { action: CaseAction.REOPEN, audit: AuditAction.CASE_REOPENED, event: 'REOPENED', note: reason.trim() },
      async ({ tx, c }) => {
        await deadlineService.open(tx, {
          kind: DeadlineKind.PLAN_SUBMISSION,
          start: new Date(),
          unitPath: c.unitPath,
          caseId: c.id,
          responsibleUserId: c.assignedTo,
        });
        return { closedAt: null, closedBy: null, closureReason: null };
      },
    );
  },

  recordMeasureOutcome: async (who: Who, { measureId, status, outcome }: MeasureOutcomeArgs): Promise<ProtectionCaseEntity> => {
    const measure = await db().getRepository(PlanMeasureEntity).findOneBy({ id: measureId });
    if (!measure) throw AppError.notFound();
    return runStep(
      who,
      measure.caseId,
      null,
      {
        action: CaseAction.RECORD_MEASURE_OUTCOME,
        audit: AuditAction.CASE_MEASURE_UPDATED,
        event: 'MEASURE_UPDATED',
        note: measure.description.slice(0, 200),
      },
      async ({ tx }) => {
        await tx.update(
          PlanMeasureEntity,
          { id: measureId },
          { status, outcome: outcome?.trim() || null, updatedBy: who.actor.userId, updatedAt: new Date() },
        );
      },
    );
  },
};
