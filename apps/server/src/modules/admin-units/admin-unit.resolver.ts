import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { AdminLevel, Permission } from '@cp/schema';
import type { Context } from '../../common/context';
import { RequirePermission } from '../auth/permission.decorators';
import { AdminUnitEntity } from './admin-unit.entity';
import { AgencyEntity } from './agency.entity';
import { adminUnitService } from './admin-unit.service';

@Resolver(() => AdminUnitEntity)
export class AdminUnitResolver {
  @RequirePermission(Permission.ADMIN_UNIT_READ)
  @Query(() => [AdminUnitEntity], { description: 'Units valid today unless includeHistorical; top-level units without arguments' })
  adminUnits(
    @Arg('parentId', () => ID, { nullable: true }) parentId?: string,
    @Arg('level', () => AdminLevel, { nullable: true }) level?: AdminLevel,
    @Arg('includeHistorical', () => Boolean, { nullable: true }) includeHistorical?: boolean,
  ): Promise<AdminUnitEntity[]> {
    return adminUnitService.list(parentId, level, includeHistorical ?? false);
  }

  @RequirePermission(Permission.AGENCY_READ)
  @Query(() => [AgencyEntity])
  agencies(@Arg('unitId', () => ID, { nullable: true }) unitId?: string): Promise<AgencyEntity[]> {
    return adminUnitService.agencies(unitId);
  }

  @FieldResolver(() => AdminUnitEntity, { nullable: true })
  parent(@Root() unit: AdminUnitEntity, @Ctx() ctx: Context) {
    return unit.parentId ? ctx.loaders.adminUnit.load(unit.parentId) : null;
  }

  @FieldResolver(() => [AdminUnitEntity])
  children(@Root() unit: AdminUnitEntity, @Ctx() ctx: Context) {
    return ctx.loaders.adminUnitChildren.load(unit.id);
  }

  @FieldResolver(() => [AdminUnitEntity], { description: 'Units that took over its area after a reform' })
  successors(@Root() unit: AdminUnitEntity, @Ctx() ctx: Context) {
    return ctx.loaders.adminUnitSuccessors.load(unit.id);
  }
}

@Resolver(() => AgencyEntity)
export class AgencyResolver {
  @FieldResolver(() => AdminUnitEntity)
  async unit(@Root() agency: AgencyEntity, @Ctx() ctx: Context) {
    return ctx.loaders.adminUnit.load(agency.unitId);
  }
}
