import { AdminLevel } from '@cp/schema';
import { db } from '../../common/db';
import { todayInVietnam } from '../../common/dates';
import { AdminUnitEntity } from './admin-unit.entity';
import { AgencyEntity } from './agency.entity';

const collator = new Intl.Collator('vi');
const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);

// Administrative units are public reference data (official codes and names): no jurisdiction
// filter applies to reading them. Records placed in them are what access-scope protects.
export const adminUnitService = {
  list: async (parentId?: string, level?: AdminLevel, includeHistorical = false): Promise<AdminUnitEntity[]> => {
    const qb = db().getRepository(AdminUnitEntity).createQueryBuilder('u');
    if (parentId) qb.andWhere('u.parent_id = :parentId', { parentId });
    else if (!level) qb.andWhere('u.parent_id IS NULL');
    if (level) qb.andWhere('u.level = :level', { level });
    if (!includeHistorical) {
      // Units still valid today; the children of a historical parent are as historical as it is,
      // so asking for them by parent returns them.
      const today = todayInVietnam();
      const parent = parentId ? await db().getRepository(AdminUnitEntity).findOneBy({ id: parentId }) : null;
      const parentIsHistorical = Boolean(parent?.validTo && parent.validTo < today);
      if (!parentIsHistorical) qb.andWhere('(u.valid_to IS NULL OR u.valid_to >= :today)', { today });
      // A retired village is retired whatever its commune: villages carry their own dates.
      else qb.andWhere(`(u.level <> 'VILLAGE' OR u.valid_to IS NULL OR u.valid_to >= :today)`, { today });
    }
    return (await qb.getMany()).sort(byName);
  },

  get: (id: string): Promise<AdminUnitEntity | null> => db().getRepository(AdminUnitEntity).findOneBy({ id }),

  agencies: async (unitId?: string): Promise<AgencyEntity[]> => {
    const qb = db().getRepository(AgencyEntity).createQueryBuilder('a').innerJoin(AdminUnitEntity, 'u', 'u.id = a.unit_id');
    if (unitId) {
      qb.andWhere(`u.path LIKE (SELECT path FROM admin_unit WHERE id = :unitId) || '%'`, { unitId });
    }
    return (await qb.getMany()).sort(byName);
  },
};
