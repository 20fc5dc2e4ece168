import type { EntityManager } from 'typeorm';
import { AuditAction, Permission } from '@cp/schema';
import { db } from '../../common/db';
import { AppError, AppErrorCode, type FieldErrorRef } from '../../common/app-error';
import { todayInVietnam } from '../../common/dates';
import { createOnce } from '../../common/idempotency';
import { auditService, type AuditWho } from '../audit/audit.service';
import type { Actor } from '../../common/actor';
import { AgencyDutyEntity } from './agency-duty.entity';
import { directiveService, periodOfDirective } from './directive.service';
import type { SubmitDutyUpdateInput } from './dto/submit-duty-update.input';
import { DutyUpdateEntity } from './duty-update.entity';
import { isLate } from './reporting-period';

// A duty the actor can see (through its directive), or NOT_FOUND.
export const visibleDuty = async (actor: Actor, dutyId: string, manager: EntityManager = db().manager) => {
  const duty = await manager
    .getRepository(AgencyDutyEntity)
    .findOneBy({ id: dutyId })
    .catch(() => null);
  if (!duty) throw AppError.notFound();
  const directive = await directiveService.get(actor, duty.directiveId, manager);
  return { duty, directive };
};

// Only the agency's own people write its updates; the board shows every agency's duties to
// all heads, so a duty of another agency is not hidden: writing it is FORBIDDEN.
export const assertOwnAgency = (actor: Actor, duty: AgencyDutyEntity): void => {
  if (actor.agencyId !== duty.agencyId) throw new AppError(AppErrorCode.FORBIDDEN, 'error.notYourAgency');
};

const checkIndicators = (duty: AgencyDutyEntity, input: SubmitDutyUpdateInput): FieldErrorRef[] =>
  (input.indicators ?? []).flatMap((ind, i) =>
    duty.indicators.includes(ind.name) ? [] : [{ field: `indicators.${i}.name`, key: 'validation.indicatorUnknown' }],
  );

const save = async (who: AuditWho & { actor: Actor }, input: SubmitDutyUpdateInput, tx: EntityManager): Promise<string> => {
  const { actor } = who;
  const { duty, directive } = await visibleDuty(actor, input.dutyId, tx);
  const period = periodOfDirective(directive, input.period);
  assertOwnAgency(actor, duty);
  const canSubmit = actor.permissions.has(Permission.DUTY_UPDATE_SUBMIT);
  const errors = checkIndicators(duty, input);
  if (errors.length) throw new AppError(AppErrorCode.BAD_USER_INPUT, undefined, errors);

  const repo = tx.getRepository(DutyUpdateEntity);
  const existing = await repo
    .createQueryBuilder('u')
    .where('u.duty_id = :dutyId AND u.period_code = :period', { dutyId: duty.id, period: period.code })
    .setLock('pessimistic_write')
    .getOne();
  if (existing && existing.version !== input.expectedVersion) throw AppError.conflict();
  // Submitting, or changing what was submitted, is for the head (or the commune chair).
  const submit = !input.draft || existing?.state === 'SUBMITTED';
  if (submit && !canSubmit) throw new AppError(AppErrorCode.FORBIDDEN, 'error.submitNeedsHead');

  const now = new Date();
  const firstSubmission = submit && existing?.state !== 'SUBMITTED';
  // Lateness is fixed by the first submission; corrections afterwards keep it.
  const late = firstSubmission ? isLate(todayInVietnam(now), period) : (existing?.late ?? false);
  const values = {
    state: submit ? ('SUBMITTED' as const) : ('DRAFT' as const),
    status: input.status,
    progress: input.progress,
    summary: input.summary.trim(),
    indicators: (input.indicators ?? []).map((i) => ({ name: i.name, value: i.value })),
    late,
    updatedBy: actor.userId,
    updatedAt: now,
    submittedById: firstSubmission ? actor.userId : (existing?.submittedById ?? null),
    submittedAt: firstSubmission ? now : (existing?.submittedAt ?? null),
  };
  let id: string;
  let version: number;
  if (existing) {
    id = existing.id;
    version = existing.version + 1;
    await repo.update({ id, version: existing.version }, { ...values, version });
  } else {
    const result = await repo.insert({ dutyId: duty.id, periodCode: period.code, ...values, version: 1 });
    id = (result.identifiers[0] as { id: string }).id;
    version = 1;
  }
  await tx.query(
    `INSERT INTO duty_update_revision (update_id, version, state, status, progress, summary, indicators, late, by_user, at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [id, version, values.state, values.status, values.progress, values.summary, JSON.stringify(values.indicators), late, actor.userId, now],
  );
  await auditService.record(tx, who, {
    action: submit ? AuditAction.DUTY_UPDATE_SUBMITTED : AuditAction.DUTY_UPDATE_DRAFTED,
    entityType: 'DutyUpdate',
    entityId: id,
    data: { dutyId: duty.id, period: period.code, version, late },
  });
  return id;
};

export const dutyUpdateService = {
  get: (id: string): Promise<DutyUpdateEntity> => db().getRepository(DutyUpdateEntity).findOneByOrFail({ id }),

  // Creates the period's update (idempotent with clientMutationId) or, with expectedVersion, edits it.
  submit: (who: AuditWho & { actor: Actor }, input: SubmitDutyUpdateInput): Promise<DutyUpdateEntity> =>
    input.expectedVersion == null
      ? createOnce(who.actor, 'submitDutyUpdate', input.clientMutationId, (tx) => save(who, input, tx), dutyUpdateService.get)
      : db()
          .transaction((tx) => save(who, input, tx))
          .then(dutyUpdateService.get),

  // Drafts are the agency's own work in progress: other agencies see submitted updates only.
  visibleTo: (actor: Actor, duty: AgencyDutyEntity, update: DutyUpdateEntity): boolean =>
    update.state === 'SUBMITTED' || actor.agencyId === duty.agencyId,
};
