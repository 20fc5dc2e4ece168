import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byId, groupByKey } from '../common/loader-utils';
import { db } from '../db/data-source';
import { AdminUnitEntity } from '../modules/admin-units/admin-unit.entity';
import { AgencyEntity } from '../modules/admin-units/agency.entity';
import type { Actor } from '../modules/auth/actor';
import { UserEntity } from '../modules/auth/user.entity';
import { CaregiverEntity } from '../modules/children/caregiver.entity';
import { ChildCircumstanceEntity } from '../modules/children/child-circumstance.entity';
import { createCaseLoaders } from '../modules/cases/case.loaders';
import { createChildLoaders } from '../modules/children/child.loaders';
import { createDirectiveLoaders } from '../modules/directives/directive.loaders';

// Per-request loaders, one batched query per relation. Loaders over records that belong to a
// place are keyed by parents that were themselves fetched through the access scope; a loader
// that fetches such records by their own id must apply access-scope (see children/child.loader.ts).
export const createLoaders = (actor: () => Actor | null) => {
  const cases = createCaseLoaders(actor);
  const adminUnit = new DataLoader<string, AdminUnitEntity | null>(async (ids) =>
    byId(await db().getRepository(AdminUnitEntity).findBy({ id: In([...ids]) }), ids),
  );
  return {
    cases,
    ...createChildLoaders(actor),
    adminUnit,
    adminUnitChildren: new DataLoader<string, AdminUnitEntity[]>(async (ids) =>
      groupByKey(
        await db().getRepository(AdminUnitEntity).find({ where: { parentId: In([...ids]) }, order: { code: 'ASC' } }),
        ids,
        (u) => u.parentId ?? '',
      ),
    ),
    agency: new DataLoader<string, AgencyEntity | null>(async (ids) =>
      byId(await db().getRepository(AgencyEntity).findBy({ id: In([...ids]) }), ids),
    ),
    user: new DataLoader<string, UserEntity | null>(async (ids) =>
      byId(await db().getRepository(UserEntity).findBy({ id: In([...ids]) }), ids),
    ),
    caregiversByChild: new DataLoader<string, CaregiverEntity[]>(async (ids) =>
      groupByKey(
        await db().getRepository(CaregiverEntity).find({ where: { childId: In([...ids]) }, order: { position: 'ASC' } }),
        ids,
        (c) => c.childId,
      ),
    ),
    circumstancesByChild: new DataLoader<string, ChildCircumstanceEntity[]>(async (ids) =>
      groupByKey(
        await db().getRepository(ChildCircumstanceEntity).find({ where: { childId: In([...ids]) }, order: { since: 'ASC' } }),
        ids,
        (c) => c.childId,
      ),
    ),
    adminUnitSuccessors: new DataLoader<string, AdminUnitEntity[]>(async (ids) => {
      const links: { predecessor_id: string; successor_id: string }[] = await db().query(
        'SELECT predecessor_id, successor_id FROM admin_unit_successor WHERE predecessor_id = ANY($1)',
        [[...ids]],
      );
      const units = await adminUnit.loadMany(links.map((l) => l.successor_id));
      const unitById = new Map(units.filter((u): u is AdminUnitEntity => u instanceof AdminUnitEntity).map((u) => [u.id, u]));
      return ids.map((id) =>
        links.filter((l) => l.predecessor_id === id).flatMap((l) => unitById.get(l.successor_id) ?? []),
      );
    }),
    ...createDirectiveLoaders(),
  };
};

export type Loaders = ReturnType<typeof createLoaders>;
