import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { db } from '../../common/db';
import { byId, groupByKey } from '../../common/loader-utils';
import { AdminUnitEntity } from './admin-unit.entity';
import { AgencyEntity } from './agency.entity';

// Units and agencies are public reference data (no scope): keyed by any id.
export const createAdminUnitLoaders = () => {
  const adminUnit = new DataLoader<string, AdminUnitEntity | null>(async (ids) =>
    byId(
      await db()
        .getRepository(AdminUnitEntity)
        .findBy({ id: In([...ids]) }),
      ids,
    ),
  );
  return {
    adminUnit,
    adminUnitChildren: new DataLoader<string, AdminUnitEntity[]>(async (ids) =>
      groupByKey(
        await db()
          .getRepository(AdminUnitEntity)
          .find({ where: { parentId: In([...ids]) }, order: { code: 'ASC' } }),
        ids,
        (u) => u.parentId ?? '',
      ),
    ),
    agency: new DataLoader<string, AgencyEntity | null>(async (ids) =>
      byId(
        await db()
          .getRepository(AgencyEntity)
          .findBy({ id: In([...ids]) }),
        ids,
      ),
    ),
    adminUnitSuccessors: new DataLoader<string, AdminUnitEntity[]>(async (ids) => {
      const links: { predecessor_id: string; successor_id: string }[] = await db().query(
        'SELECT predecessor_id, successor_id FROM admin_unit_successor WHERE predecessor_id = ANY($1)',
        [[...ids]],
      );
      const units = await adminUnit.loadMany(links.map((l) => l.successor_id));
      const unitById = new Map(units.filter((u): u is AdminUnitEntity => u instanceof AdminUnitEntity).map((u) => [u.id, u]));
      return ids.map((id) => links.filter((l) => l.predecessor_id === id).flatMap((l) => unitById.get(l.successor_id) ?? []));
    }),
  };
};

declare module '../../common/context' {
  interface Loaders extends ReturnType<typeof createAdminUnitLoaders> {}
}
