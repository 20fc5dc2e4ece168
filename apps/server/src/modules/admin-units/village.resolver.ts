import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { Permission } from '@cp/schema';
import type { Context } from '../../common/context';
import { CurrentActor } from '../../common/current-actor';
import { DateScalar } from '../../common/scalars';
import type { Actor } from '../../common/actor';
import { RequirePermission } from '../auth/permission.decorators';
import { AdminUnitEntity } from './admin-unit.entity';
import { villageService } from './village.service';

@Resolver(() => AdminUnitEntity)
export class VillageResolver {
  @RequirePermission(Permission.ADMIN_UNIT_MANAGE)
  @Mutation(() => AdminUnitEntity, { description: 'Add a village (thôn/bản) to a commune in your jurisdiction' })
  addVillage(
    @Arg('communeId', () => ID) communeId: string,
    @Arg('name', () => String) name: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<AdminUnitEntity> {
    return villageService.add({ ...ctx, actor }, communeId, name.slice(0, 200));
  }

  @RequirePermission(Permission.ADMIN_UNIT_MANAGE)
  @Mutation(() => AdminUnitEntity)
  renameVillage(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('name', () => String) name: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<AdminUnitEntity> {
    return villageService.rename({ ...ctx, actor }, id, expectedVersion, name.slice(0, 200));
  }

  @RequirePermission(Permission.ADMIN_UNIT_MANAGE)
  @Mutation(() => AdminUnitEntity, { description: 'The village stops being offered from validTo; its records stay' })
  retireVillage(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('validTo', () => DateScalar) validTo: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<AdminUnitEntity> {
    return villageService.retire({ ...ctx, actor }, id, expectedVersion, validTo);
  }
}
