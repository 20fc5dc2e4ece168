import { AuditAction } from '@cp/schema';
import { db } from '../../common/db';
import { AppError } from '../../common/app-error';
import { assertVersion } from '../../common/versioning';
import { auditService, type AuditWho } from '../audit/audit.service';
import type { Actor } from '../../common/actor';
import { ChildEntity } from './child.entity';
import { caseService } from '../cases/case.service';
import { abuseReportService } from '../reports/abuse-report.service';
import { childService, scopedChildren } from './child.service';
import type { MergeChildrenInput } from './dto/merge-children.input';

const FILLABLE = ['personalId', 'ethnicity', 'address', 'villageId'] as const;

// A lead officer merges a duplicate into the record to keep. Nothing is deleted: the merged
// record's caregivers and circumstances move to the kept one, its empty facts fill the kept
// one's gaps, and the merged record stays (pointing at the survivor) so that its audit trail
// remains readable as part of the survivor's change history.
export const childMergeService = {
  merge: async (who: AuditWho & { actor: Actor }, input: MergeChildrenInput): Promise<ChildEntity> => {
    const { actor } = who;
    if (input.keepId === input.mergeId) throw AppError.field('mergeId', 'validation.mergeSame');
    await db().transaction(async (tx) => {
      const rows = await scopedChildren(tx, actor)
        .andWhere('c.id IN (:...ids)', { ids: [input.keepId, input.mergeId] })
        .orderBy('c.id')
        .setLock('pessimistic_write')
        .getMany();
      const keep = rows.find((r) => r.id === input.keepId);
      const merged = rows.find((r) => r.id === input.mergeId);
      if (!keep || !merged) throw AppError.notFound();
      assertVersion(keep.version, input.keepVersion);
      assertVersion(merged.version, input.mergeVersion);

      const filled: Partial<ChildEntity> = {};
      for (const field of FILLABLE) {
        if (keep[field] == null && merged[field] != null) (filled as Record<string, unknown>)[field] = merged[field];
      }
      if (filled.villageId && merged.communeId !== keep.communeId) delete filled.villageId;
      // The personal ID is unique: release it from the merged record before the kept one takes it.
      await tx.update(
        ChildEntity,
        { id: merged.id },
        { mergedIntoId: keep.id, personalId: null, version: merged.version + 1, updatedBy: actor.userId, updatedAt: new Date() },
      );
      await tx.query(
        `UPDATE caregiver SET child_id = $1, position = position + (SELECT coalesce(max(position) + 1, 0) FROM caregiver WHERE child_id = $1) WHERE child_id = $2`,
        [keep.id, merged.id],
      );
      await tx.query(`UPDATE child_circumstance SET child_id = $1 WHERE child_id = $2`, [keep.id, merged.id]);
      // The reports and cases of the merged record are the kept child's from now on.
      const reports = await abuseReportService.moveChild(tx, merged.id, keep.id);
      const cases = await caseService.moveChild(tx, merged.id, keep.id);
      const searchText = filled.personalId ? `${keep.searchText} ${filled.personalId}` : keep.searchText;
      await tx.update(
        ChildEntity,
        { id: keep.id },
        { ...filled, searchText, version: keep.version + 1, updatedBy: actor.userId, updatedAt: new Date() },
      );
      const data = {
        keptId: keep.id,
        mergedId: merged.id,
        fields: Object.keys(filled),
        reports,
        cases,
      };
      await auditService.record(tx, who, { action: AuditAction.CHILD_MERGED, entityType: 'Child', entityId: keep.id, data });
      await auditService.record(tx, who, { action: AuditAction.CHILD_MERGED, entityType: 'Child', entityId: merged.id, data });
    });
    return childService.get(actor, input.keepId);
  },
};
