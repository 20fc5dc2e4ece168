import { AuditAction, isSubgroupOf } from '@cp/schema';
import { db } from '../../common/db';
import { AppError } from '../../common/app-error';
import { isFutureDate } from '../../common/dates';
import { assertVersion } from '../../common/versioning';
import { auditService, type AuditWho } from '../audit/audit.service';
import type { Actor } from '../../common/actor';
import { ChildCircumstanceEntity } from './child-circumstance.entity';
import { ChildEntity } from './child.entity';
import { childService, scopedChildren } from './child.service';
import type { AddCircumstanceInput, EndCircumstanceInput } from './dto/circumstance.input';

// Circumstances are history: a new one is a new row, an ended one keeps its row with `until`.
// Both bump the child's version, so an edit form open elsewhere learns the record changed.
export const childCircumstanceService = {
  add: async (who: AuditWho & { actor: Actor }, input: AddCircumstanceInput): Promise<ChildEntity> => {
    const { actor } = who;
    await db().transaction(async (tx) => {
      const child = await scopedChildren(tx, actor).andWhere('c.id = :id', { id: input.childId }).setLock('pessimistic_write').getOne();
      if (!child) throw AppError.notFound();
      assertVersion(child.version, input.expectedVersion);
      if (input.subgroup && !isSubgroupOf(input.group, input.subgroup)) throw AppError.field('subgroup', 'validation.subgroup');
      if (isFutureDate(input.since)) throw AppError.field('since', 'validation.dateInFuture');
      const open = await tx.query<unknown[]>(`SELECT 1 FROM child_circumstance WHERE child_id = $1 AND "group" = $2 AND until IS NULL`, [
        child.id,
        input.group,
      ]);
      if (open.length) throw AppError.field('group', 'validation.circumstanceOpen');
      const result = await tx.insert(ChildCircumstanceEntity, {
        childId: child.id,
        group: input.group,
        subgroup: input.subgroup || null,
        since: input.since,
        note: input.note?.trim() || null,
        verifiedBy: actor.userId,
        createdBy: actor.userId,
      });
      await tx.update(ChildEntity, { id: child.id }, { version: child.version + 1, updatedBy: actor.userId, updatedAt: new Date() });
      await auditService.record(tx, who, {
        action: AuditAction.CHILD_CIRCUMSTANCE_ADDED,
        entityType: 'Child',
        entityId: child.id,
        data: { circumstanceId: (result.identifiers[0] as { id: string }).id, version: child.version + 1 },
      });
    });
    return childService.get(actor, input.childId);
  },

  end: async (who: AuditWho & { actor: Actor }, input: EndCircumstanceInput): Promise<ChildEntity> => {
    const { actor } = who;
    const childId = await db().transaction(async (tx) => {
      const [row] = await tx.query<{ child_id: string }[]>(`SELECT child_id FROM child_circumstance WHERE id = $1`, [input.circumstanceId]);
      if (!row) throw AppError.notFound();
      // The circumstance exists for the actor only if its child does.
      const child = await scopedChildren(tx, actor).andWhere('c.id = :id', { id: row.child_id }).setLock('pessimistic_write').getOne();
      if (!child) throw AppError.notFound();
      const circumstance = await tx.findOneByOrFail(ChildCircumstanceEntity, { id: input.circumstanceId });
      if (circumstance.until) throw AppError.field('until', 'validation.circumstanceEnded');
      if (input.until < circumstance.since) throw AppError.field('until', 'validation.untilBeforeSince');
      const note = input.note?.trim() ? [circumstance.note, input.note.trim()].filter(Boolean).join('\n') : circumstance.note;
      await tx.update(ChildCircumstanceEntity, { id: circumstance.id }, { until: input.until, note });
      await tx.update(ChildEntity, { id: child.id }, { version: child.version + 1, updatedBy: actor.userId, updatedAt: new Date() });
      await auditService.record(tx, who, {
        action: AuditAction.CHILD_CIRCUMSTANCE_ENDED,
        entityType: 'Child',
        entityId: child.id,
        data: { circumstanceId: circumstance.id, version: child.version + 1 },
      });
      return child.id;
    });
    return childService.get(actor, childId);
  },
};
