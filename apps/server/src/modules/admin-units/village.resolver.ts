import { Args, Ctx, Mutation, Resolver } from 'type-graphql';
import { Permission } from '@cp/schema';
import type { Context } from '../../common/context';
import { CurrentActor } from '../../common/current-actor';
import type { Actor } from '../../common/actor';
import { RequirePermission } from '../auth/permission.decorators';
import { AdminUnitEntity } from './admin-unit.entity';
import { AddVillageArgs, RenameVillageArgs, RetireVillageArgs } from './village.args';
import { villageService } from './village.service';

@Resolver(() => AdminUnitEntity)
export class VillageResolver {
  @RequirePermission(Permission.ADMIN_UNIT_MANAGE)
  @Mutation(() => AdminUnitEntity, { description: 'Add a village (thôn/bản) to a commune in your jurisdiction' })
  addVillage(
    @Args(() => AddVillageArgs) args: AddVillageArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<AdminUnitEntity> {
    return villageService.add({ ...ctx, actor }, { ...args, name: args.name.slice(0, 200) });
  }

  @RequirePermission(Permission.ADMIN_UNIT_MANAGE)
  @Mutation(() => AdminUnitEntity)
  renameVillage(
    @Args(() => RenameVillageArgs) args: RenameVillageArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<AdminUnitEntity> {
    return villageService.rename({ ...ctx, actor }, { ...args, name: args.name.slice(0, 200) });
  }

  @RequirePermission(Permission.ADMIN_UNIT_MANAGE)
  @Mutation(() => AdminUnitEntity, { description: 'The village stops being offered from validTo; its records stay' })
  retireVillage(
    @Args(() => RetireVillageArgs) args: RetireVillageArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<AdminUnitEntity> {
    return villageService.retire({ ...ctx, actor }, args);
  }
}
