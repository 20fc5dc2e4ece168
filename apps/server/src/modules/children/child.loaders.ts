import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { db } from '../../common/db';
import { groupByKey } from '../../common/loader-utils';
import { AuditEventEntity } from '../audit/audit-event.entity';
import type { Actor } from '../../common/actor';
import { CaregiverEntity } from './caregiver.entity';
import { ChildCircumstanceEntity } from './child-circumstance.entity';
import type { ChildEntity } from './child.entity';
import { findDuplicatesOfMany } from './child-duplicates';

// Reads actions: not part of a record's change history.
const READ_ACTIONS = ['CHILD_VIEWED', 'RESTRICTED_FIELD_VIEWED', 'REPORTER_VIEWED'];

// Loaders of the child registry, keyed by children that were fetched through the access scope.
export const createChildLoaders = (actor: () => Actor | null) => ({
  caregiversByChild: new DataLoader<string, CaregiverEntity[]>(async (ids) =>
    groupByKey(
      await db()
        .getRepository(CaregiverEntity)
        .find({ where: { childId: In([...ids]) }, order: { position: 'ASC' } }),
      ids,
      (c) => c.childId,
    ),
  ),
  circumstancesByChild: new DataLoader<string, ChildCircumstanceEntity[]>(async (ids) =>
    groupByKey(
      await db()
        .getRepository(ChildCircumstanceEntity)
        .find({ where: { childId: In([...ids]) }, order: { since: 'ASC' } }),
      ids,
      (c) => c.childId,
    ),
  ),
  possibleDuplicates: new DataLoader<string, ChildEntity[]>(async (ids) => {
    const who = actor();
    return who ? findDuplicatesOfMany(db().manager, who, ids) : ids.map(() => []);
  }),
  // A record's writes, its own and those of the records merged into it, newest first.
  changeHistory: new DataLoader<string, AuditEventEntity[]>(async (ids) => {
    const rows = await db()
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .addSelect(`coalesce(m.merged_into_id::text, e.entity_id)`, 'owner_id')
      .leftJoin('child', 'm', `m.id::text = e.entity_id AND m.merged_into_id IS NOT NULL`)
      .where(`e.entity_type = 'Child'`)
      .andWhere(`(e.entity_id = ANY(:ids) OR m.merged_into_id = ANY(CAST(:ids AS uuid[])))`, { ids: [...ids] })
      .andWhere('e.action <> ALL(:reads)', { reads: READ_ACTIONS })
      .orderBy('e.at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .getRawAndEntities();
    const byOwner = new Map<string, AuditEventEntity[]>();
    rows.entities.forEach((event, i) => {
      const owner = (rows.raw[i] as { owner_id: string }).owner_id;
      byOwner.set(owner, [...(byOwner.get(owner) ?? []), event]);
    });
    return ids.map((id) => byOwner.get(id) ?? []);
  }),
});

declare module '../../common/context' {
  interface Loaders extends ReturnType<typeof createChildLoaders> {}
}
