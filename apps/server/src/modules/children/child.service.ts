import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { AdminLevel, AuditAction, ChildOrder } from '@cp/schema';
import { db } from '../../common/db';
import { AppError, AppErrorCode, type FieldErrorRef } from '../../common/app-error';
import { decodeKeysetCursor, encodeCursor, pageSize, toConnection, type ConnectionShape, type ListQuery } from '../../common/connection';
import { todayInVietnam } from '../../common/dates';
import { createOnce, isUniqueViolation } from '../../common/idempotency';
import { assertVersion } from '../../common/versioning';
import { AdminUnitEntity } from '../admin-units/admin-unit.entity';
import { auditService, type AuditWho } from '../audit/audit.service';
import { applyChildScope, pathInScope } from '../auth/access-scope';
import type { Actor } from '../../common/actor';
import { CaregiverEntity } from './caregiver.entity';
import { ChildCircumstanceEntity } from './child-circumstance.entity';
import { ChildEntity } from './child.entity';
import { applyChildFilter } from './child-filter';
import { findDuplicates, type DuplicateProbe } from './child-duplicates';
import { checkChildFacts, childCode, cleanName, searchTextOf, usesTrigramIndex } from './child-rules';
import type { ChildFilter } from './dto/children.args';
import type { CaregiverInput } from './dto/caregiver.input';
import type { RegisterChildInput } from './dto/register-child.input';
import type { UpdateChildInput } from './dto/update-child.input';

const badInput = (errors: FieldErrorRef[]) => new AppError(AppErrorCode.BAD_USER_INPUT, undefined, errors);

// Every read of children starts here: the jurisdiction is part of the query.
// A record merged into another is no longer a child of its own: it leaves every list and fetch.
export const scopedChildren = (manager: EntityManager, actor: Actor): SelectQueryBuilder<ChildEntity> =>
  applyChildScope(manager.getRepository(ChildEntity).createQueryBuilder('c'), actor, 'c').andWhere('c.merged_into_id IS NULL');

// Where a child may be placed by this actor: a commune (and optionally one of its villages)
// inside the actor's jurisdiction. Units outside it are reported as not found.
const resolvePlacement = async (
  tx: EntityManager,
  actor: Actor,
  communeId: string,
  villageId: string | null | undefined,
): Promise<{ commune: AdminUnitEntity; village: AdminUnitEntity | null }> => {
  const units = tx.getRepository(AdminUnitEntity);
  const commune = await units.findOneBy({ id: communeId });
  if (!commune) throw badInput([{ field: 'communeId', key: 'validation.unitNotFound' }]);
  if (commune.level !== AdminLevel.COMMUNE) throw badInput([{ field: 'communeId', key: 'validation.notACommune' }]);
  const village = villageId ? await units.findOneBy({ id: villageId }) : null;
  if (villageId && (!village || village.level !== AdminLevel.VILLAGE || village.parentId !== commune.id)) {
    throw badInput([{ field: 'villageId', key: 'validation.villageNotInCommune' }]);
  }
  if (!pathInScope(actor, (village ?? commune).path)) {
    const scopeInsideCommune = actor.scopePaths.some((p) => p.startsWith(commune.path) && p !== commune.path);
    throw badInput([
      scopeInsideCommune && !village
        ? { field: 'villageId', key: 'validation.villageRequired' }
        : { field: village ? 'villageId' : 'communeId', key: 'validation.unitNotFound' },
    ]);
  }
  return { commune, village };
};

const assertPersonalIdFree = async (tx: EntityManager, personalId: string | null | undefined, exceptId?: string) => {
  if (!personalId) return;
  const rows: unknown[] = await tx.query('SELECT 1 FROM child WHERE personal_id = $1 AND id IS DISTINCT FROM $2', [
    personalId,
    exceptId ?? null,
  ]);
  if (rows.length) throw badInput([{ field: 'personalId', key: 'validation.personalIdTaken' }]);
};

const saveCaregivers = async (tx: EntityManager, childId: string, caregivers: CaregiverInput[]) => {
  await tx.delete(CaregiverEntity, { childId });
  if (!caregivers.length) return;
  await tx.insert(
    CaregiverEntity,
    caregivers.map((c, position) => ({
      childId,
      position,
      fullName: cleanName(c.fullName),
      relationship: c.relationship.trim(),
      birthYear: c.birthYear ?? null,
      occupation: c.occupation?.trim() || null,
      phone: c.phone?.trim() || null,
    })),
  );
};

// A unique violation that slipped past the pre-check (two concurrent saves) is still the user's input.
const translateUniqueViolation = (error: unknown): never => {
  if (isUniqueViolation(error, 'child_personal_id_uq')) throw badInput([{ field: 'personalId', key: 'validation.personalIdTaken' }]);
  throw error;
};

const ORDER: Record<ChildOrder, { key: string; dir: 'ASC' | 'DESC'; cast: string }> = {
  [ChildOrder.NAME_ASC]: { key: 'c.search_text', dir: 'ASC', cast: 'text' },
  [ChildOrder.UPDATED_DESC]: { key: 'c.updated_at', dir: 'DESC', cast: 'timestamptz' },
  [ChildOrder.BIRTH_DATE_ASC]: { key: 'c.date_of_birth', dir: 'ASC', cast: 'date' },
};

export const childService = {
  // Registered children that may be the child about to be registered (same personal ID, or a
  // near name with the same birth date in the same commune), within the actor's jurisdiction.
  duplicateCandidates: (actor: Actor, probe: DuplicateProbe): Promise<ChildEntity[]> => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(probe.dateOfBirth) || !probe.fullName.trim()) return Promise.resolve([]);
    return findDuplicates(db().manager, actor, probe);
  },

  get: async (actor: Actor, id: string): Promise<ChildEntity> => {
    const child = await scopedChildren(db().manager, actor).andWhere('c.id = :id', { id }).getOne();
    if (!child) throw AppError.notFound();
    return child;
  },

  // The child page: a read of a named child's record, audited (who looked at whom).
  view: async (who: AuditWho & { actor: Actor }, id: string): Promise<ChildEntity> => {
    const child = await childService.get(who.actor, id);
    await auditService.recordRead(who, { action: AuditAction.CHILD_VIEWED, entityType: 'Child', entityId: id });
    return child;
  },

  register: (who: AuditWho & { actor: Actor }, input: RegisterChildInput): Promise<ChildEntity> => {
    const { actor } = who;
    return createOnce(
      actor,
      'registerChild',
      input.clientMutationId,
      async (tx) => {
        const errors = checkChildFacts(input);
        if (errors.length) throw badInput(errors);
        const { commune, village } = await resolvePlacement(tx, actor, input.communeId, input.villageId);
        await assertPersonalIdFree(tx, input.personalId);
        const [{ n }] = await tx.query<[{ n: string }]>(`SELECT nextval('child_code_seq') AS n`);
        const code = childCode(commune.code, Number(n));
        const fullName = cleanName(input.fullName);
        const result = await tx
          .insert(ChildEntity, {
            code,
            fullName,
            searchText: searchTextOf(fullName, code, input.personalId),
            dateOfBirth: input.dateOfBirth,
            dobEstimated: input.dobEstimated ?? false,
            sex: input.sex,
            ethnicity: input.ethnicity || null,
            personalId: input.personalId || null,
            communeId: commune.id,
            villageId: village?.id ?? null,
            address: input.address?.trim() || null,
            createdBy: actor.userId,
            updatedBy: actor.userId,
          })
          .catch(translateUniqueViolation);
        const id = (result.identifiers[0] as { id: string }).id;
        await saveCaregivers(tx, id, input.caregivers ?? []);
        const since = todayInVietnam();
        for (const group of new Set(input.circumstances ?? [])) {
          await tx.insert(ChildCircumstanceEntity, { childId: id, group, since, createdBy: actor.userId });
        }
        await auditService.record(tx, who, { action: AuditAction.CHILD_REGISTERED, entityType: 'Child', entityId: id });
        return id;
      },
      (id) => childService.get(actor, id),
    );
  },

  update: async (who: AuditWho & { actor: Actor }, input: UpdateChildInput): Promise<ChildEntity> => {
    const { actor } = who;
    await db().transaction(async (tx) => {
      const child = await scopedChildren(tx, actor).andWhere('c.id = :id', { id: input.id }).setLock('pessimistic_write').getOne();
      if (!child) throw AppError.notFound();
      assertVersion(child.version, input.expectedVersion);
      const errors = checkChildFacts({ dateOfBirth: input.dateOfBirth, ethnicity: input.ethnicity });
      if (errors.length) throw badInput(errors);
      const changes: Partial<ChildEntity> = {};
      if (input.fullName != null) changes.fullName = cleanName(input.fullName);
      if (input.dateOfBirth != null) changes.dateOfBirth = input.dateOfBirth;
      if (input.dobEstimated != null) changes.dobEstimated = input.dobEstimated;
      if (input.sex != null) changes.sex = input.sex;
      if (input.ethnicity !== undefined) changes.ethnicity = input.ethnicity || null;
      if (input.personalId !== undefined) changes.personalId = input.personalId || null;
      if (input.address !== undefined) changes.address = input.address?.trim() || null;
      if (input.atRisk != null) changes.atRisk = input.atRisk;
      if (input.villageId !== undefined) {
        const { village } = await resolvePlacement(tx, actor, child.communeId, input.villageId);
        changes.villageId = village?.id ?? null;
      }
      if (changes.personalId) await assertPersonalIdFree(tx, changes.personalId, child.id);
      const changed = Object.keys(changes).filter((k) => changes[k as keyof ChildEntity] !== child[k as keyof ChildEntity]);
      if (input.caregivers) {
        await saveCaregivers(tx, child.id, input.caregivers);
        changed.push('caregivers');
      }
      const fullName = changes.fullName ?? child.fullName;
      const personalId = changes.personalId !== undefined ? changes.personalId : child.personalId;
      await tx
        .update(
          ChildEntity,
          { id: child.id, version: input.expectedVersion },
          {
            ...changes,
            searchText: searchTextOf(fullName, child.code, personalId),
            version: child.version + 1,
            updatedBy: actor.userId,
            updatedAt: new Date(),
          },
        )
        .catch(translateUniqueViolation);
      await auditService.record(tx, who, {
        action: AuditAction.CHILD_UPDATED,
        entityType: 'Child',
        entityId: child.id,
        data: { fields: changed, version: child.version + 1 },
      });
    });
    return childService.get(actor, input.id);
  },

  list: async ({
    actor,
    filter,
    orderBy,
    first,
    after,
    withCount,
  }: ListQuery<ChildFilter> & { orderBy: ChildOrder }): Promise<ConnectionShape<ChildEntity>> => {
    const size = pageSize(first);
    const qb = applyChildFilter(scopedChildren(db().manager, actor), filter);
    const totalCount = withCount ? await qb.clone().getCount() : 0;
    const order = { ...ORDER[orderBy] };
    // With a selective filter (a search word of 3+ letters, a circumstance) the few matches are
    // found by their own index and sorted; walking the name index in order instead would filter
    // most of the table. The expression has the same value, so cursors stay valid (measured in
    // scripts/bench-search.ts).
    const selective = usesTrigramIndex(filter.search ?? '') || Boolean(filter.circumstance) || filter.inSpecialCircumstances === true;
    if (orderBy === ChildOrder.NAME_ASC && selective) order.key = `(c.search_text || '')`;
    if (after) {
      const { key, id } = decodeKeysetCursor(after, order.cast);
      const cmp = order.dir === 'ASC' ? '>' : '<';
      qb.andWhere(`(${order.key}, c.id) ${cmp} (CAST(:cursorKey AS ${order.cast}), CAST(:cursorId AS uuid))`, {
        cursorKey: key,
        cursorId: id,
      });
    }
    const { raw, entities } = await qb
      .addSelect(`${order.key}::text`, 'sort_key')
      .orderBy(order.key, order.dir)
      .addOrderBy('c.id', order.dir)
      .limit(size + 1)
      .getRawAndEntities();
    const keys = new Map(entities.map((e, i) => [e.id, (raw[i] as { sort_key: string }).sort_key]));
    return toConnection(entities, size, (c) => encodeCursor([keys.get(c.id) ?? '', c.id]), totalCount);
  },
};
