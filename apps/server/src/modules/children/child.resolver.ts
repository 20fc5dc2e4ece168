import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { AuditAction, ChildOrder, Permission, SpecialCircumstance } from '@cp/schema';
import type { Context } from '../../common/context';
import { Connection, type ConnectionShape } from '../../common/connection';
import { CurrentActor } from '../../common/current-actor';
import { ageInYears, todayInVietnam } from '../../common/dates';
import { selects } from '../../common/selection';
import { AdminUnitEntity } from '../admin-units/admin-unit.entity';
import { Restricted, type RestrictedPolicy } from '../audit/restricted';
import type { Actor } from '../../common/actor';
import { RequirePermission } from '../auth/permission.decorators';
import { UserEntity } from '../auth/user.entity';
import { CaregiverEntity } from './caregiver.entity';
import { ChildCircumstanceEntity } from './child-circumstance.entity';
import { ChildEntity } from './child.entity';
import { childService } from './child.service';
import { ChildrenArgs } from './dto/children.args';
import { RegisterChildInput } from './dto/register-child.input';
import { UpdateChildInput } from './dto/update-child.input';

const ChildConnection = Connection(ChildEntity, 'Child');

// Sexual-abuse and medical details: only for roles that hold case files, and every read is
// audited; the audit row is written before the value is returned (fails closed).
const RESTRICTED_GROUPS: ReadonlySet<SpecialCircumstance> = new Set([SpecialCircumstance.SEXUALLY_ABUSED, SpecialCircumstance.HIV_AIDS]);
export const CIRCUMSTANCE_DETAIL_POLICY: RestrictedPolicy<ChildCircumstanceEntity> = {
  permission: Permission.CASE_READ,
  audit: AuditAction.RESTRICTED_FIELD_VIEWED,
  entityType: 'Child',
  entityId: (c) => c.childId,
  appliesTo: (c) => RESTRICTED_GROUPS.has(c.group),
};

@Resolver(() => ChildEntity)
export class ChildResolver {
  @RequirePermission(Permission.CHILD_READ)
  @Query(() => ChildConnection)
  children(
    @Args(() => ChildrenArgs) args: ChildrenArgs,
    @CurrentActor() actor: Actor,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<ChildEntity>> {
    return childService.list({
      actor,
      filter: args.filter ?? {},
      orderBy: args.orderBy ?? ChildOrder.NAME_ASC,
      first: args.first,
      after: args.after,
      withCount: selects(info, 'totalCount'),
    });
  }

  @RequirePermission(Permission.CHILD_READ)
  @Query(() => ChildEntity, { nullable: true, description: 'NOT_FOUND outside your jurisdiction' })
  child(@Arg('id', () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context): Promise<ChildEntity> {
    return childService.view({ ...ctx, actor }, id);
  }

  @RequirePermission(Permission.CHILD_WRITE)
  @Mutation(() => ChildEntity)
  registerChild(
    @Arg('input', () => RegisterChildInput) input: RegisterChildInput,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<ChildEntity> {
    return childService.register({ ...ctx, actor }, input);
  }

  @RequirePermission(Permission.CHILD_WRITE)
  @Mutation(() => ChildEntity)
  updateChild(
    @Arg('input', () => UpdateChildInput) input: UpdateChildInput,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<ChildEntity> {
    return childService.update({ ...ctx, actor }, input);
  }

  @FieldResolver(() => Int)
  ageYears(@Root() child: ChildEntity): number {
    return ageInYears(child.dateOfBirth);
  }

  @FieldResolver(() => AdminUnitEntity)
  async commune(@Root() child: ChildEntity, @Ctx() ctx: Context): Promise<AdminUnitEntity> {
    const unit = await ctx.loaders.adminUnit.load(child.communeId);
    if (!unit) throw new Error(`child ${child.id} points to a missing commune`);
    return unit;
  }

  @FieldResolver(() => AdminUnitEntity, { nullable: true })
  village(@Root() child: ChildEntity, @Ctx() ctx: Context) {
    return child.villageId ? ctx.loaders.adminUnit.load(child.villageId) : null;
  }

  @FieldResolver(() => [CaregiverEntity])
  caregivers(@Root() child: ChildEntity, @Ctx() ctx: Context) {
    return ctx.loaders.caregiversByChild.load(child.id);
  }

  @FieldResolver(() => [ChildCircumstanceEntity])
  async circumstances(
    @Root() child: ChildEntity,
    @Ctx() ctx: Context,
    @Arg('current', () => Boolean, { nullable: true }) current?: boolean,
  ): Promise<ChildCircumstanceEntity[]> {
    const all = await ctx.loaders.circumstancesByChild.load(child.id);
    if (current == null) return all;
    const today = todayInVietnam();
    return all.filter((c) => (c.until === null || c.until > today) === current);
  }
}

@Resolver(() => ChildCircumstanceEntity)
export class ChildCircumstanceResolver {
  @FieldResolver(() => UserEntity, { nullable: true })
  verifiedBy(@Root() circumstance: ChildCircumstanceEntity, @Ctx() ctx: Context) {
    return circumstance.verifiedBy ? ctx.loaders.user.load(circumstance.verifiedBy) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Decree 56 sub-group code; restricted for sexual abuse and HIV' })
  @Restricted(CIRCUMSTANCE_DETAIL_POLICY)
  subgroup(@Root() circumstance: ChildCircumstanceEntity): string | null {
    return circumstance.subgroup;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Restricted for sexual abuse and HIV' })
  @Restricted(CIRCUMSTANCE_DETAIL_POLICY)
  note(@Root() circumstance: ChildCircumstanceEntity): string | null {
    return circumstance.note;
  }
}
