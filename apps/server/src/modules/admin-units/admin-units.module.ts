import { AdminLevel, AgencyKind } from '@cp/schema';
import { defineModule } from '../../common/module';
import { AdminUnitEntity } from './admin-unit.entity';
import { createAdminUnitLoaders } from './admin-unit.loaders';
import { AdminUnitResolver, AgencyResolver } from './admin-unit.resolver';
import { AgencyEntity } from './agency.entity';
import { VillageResolver } from './village.resolver';

// Provinces, districts, communes and villages with their validity dates and successors; agencies.
export const adminUnitsModule = defineModule({
  name: 'admin-units',
  resolvers: [AdminUnitResolver, AgencyResolver, VillageResolver],
  entities: [AdminUnitEntity, AgencyEntity],
  tables: ['admin_unit_successor'],
  enums: { AdminLevel, AgencyKind },
  loaders: () => createAdminUnitLoaders(),
});
