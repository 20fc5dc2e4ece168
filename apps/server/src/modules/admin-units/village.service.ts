import { AdminLevel, AuditAction } from '@cp/schema';
import type { EntityManager } from 'typeorm';
import { db } from '../../common/db';
import { AppError } from '../../common/app-error';
import { isFutureDate } from '../../common/dates';
import { assertVersion } from '../../common/versioning';
import { cleanName } from '../children/child-rules';
import { auditService, type AuditWho } from '../audit/audit.service';
import type { Actor } from '../../common/actor';
import type { AddVillageArgs, RenameVillageArgs, RetireVillageArgs } from './village.args';
import { AdminUnitEntity } from './admin-unit.entity';

// Villages (thôn/bản) have no official code: the commune's officers and admins keep the list.
// A unit outside the actor's jurisdiction does not exist for them.
const inJurisdiction = (actor: Actor, path: string) => actor.scopePaths.some((prefix) => path.startsWith(prefix));

const lockVillage = async (tx: EntityManager, actor: Actor, id: string, expectedVersion: number) => {
  const village = await tx
    .getRepository(AdminUnitEntity)
    .createQueryBuilder('u')
    .where('u.id = :id', { id })
    .setLock('pessimistic_write')
    .getOne();
  if (!village || village.level !== AdminLevel.VILLAGE || !inJurisdiction(actor, village.path)) throw AppError.notFound();
  assertVersion(village.version, expectedVersion);
  return village;
};

export const villageService = {
  add: async (who: AuditWho & { actor: Actor }, { communeId, name }: AddVillageArgs): Promise<AdminUnitEntity> => {
    const id = await db().transaction(async (tx) => {
      const commune = await tx.findOneBy(AdminUnitEntity, { id: communeId });
      if (!commune || commune.level !== AdminLevel.COMMUNE || !inJurisdiction(who.actor, commune.path)) {
        throw AppError.field('communeId', 'validation.unitNotFound');
      }
      if (!cleanName(name)) throw AppError.field('name', 'validation.required');
      // Serialises numbering within the commune.
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`village:${commune.id}`]);
      const [{ n }] = await tx.query<[{ n: number }]>(
        `SELECT coalesce(max(substring(code from '-([0-9]+)$')::int), 0) AS n FROM admin_unit WHERE parent_id = $1 AND level = 'VILLAGE'`,
        [commune.id],
      );
      const rows: { id: string }[] = await tx.query(
        `INSERT INTO admin_unit (code, name, level, parent_id, source) VALUES ($1, $2, 'VILLAGE', $3, 'local') RETURNING id`,
        [`${commune.code}-${String(n + 1).padStart(2, '0')}`, cleanName(name), commune.id],
      );
      await auditService.record(tx, who, { action: AuditAction.VILLAGE_ADDED, entityType: 'AdminUnit', entityId: rows[0]!.id });
      return rows[0]!.id;
    });
    return db().getRepository(AdminUnitEntity).findOneByOrFail({ id });
  },

  rename: async (who: AuditWho & { actor: Actor }, { id, expectedVersion, name }: RenameVillageArgs): Promise<AdminUnitEntity> => {
    await db().transaction(async (tx) => {
      const village = await lockVillage(tx, who.actor, id, expectedVersion);
      if (!cleanName(name)) throw AppError.field('name', 'validation.required');
      await tx.update(AdminUnitEntity, { id }, { name: cleanName(name), version: village.version + 1 });
      await auditService.record(tx, who, {
        action: AuditAction.VILLAGE_RENAMED,
        entityType: 'AdminUnit',
        entityId: id,
        data: { version: village.version + 1 },
      });
    });
    return db().getRepository(AdminUnitEntity).findOneByOrFail({ id });
  },

  // Retiring keeps the village (children recorded in it stay there); it leaves current lists.
  retire: async (who: AuditWho & { actor: Actor }, { id, expectedVersion, validTo }: RetireVillageArgs): Promise<AdminUnitEntity> => {
    await db().transaction(async (tx) => {
      const village = await lockVillage(tx, who.actor, id, expectedVersion);
      if (isFutureDate(validTo)) throw AppError.field('validTo', 'validation.dateInFuture');
      await tx.update(AdminUnitEntity, { id }, { validTo, version: village.version + 1 });
      await auditService.record(tx, who, {
        action: AuditAction.VILLAGE_RETIRED,
        entityType: 'AdminUnit',
        entityId: id,
        data: { version: village.version + 1 },
      });
    });
    return db().getRepository(AdminUnitEntity).findOneByOrFail({ id });
  },
};
