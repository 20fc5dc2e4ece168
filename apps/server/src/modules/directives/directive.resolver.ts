import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@cp/schema';
import type { Context } from '../../common/context';
import { CurrentActor } from '../../common/current-actor';
import { AgencyEntity } from '../admin-units/agency.entity';
import type { Actor } from '../../common/actor';
import { RequirePermission } from '../auth/permission.decorators';
import { AgencyDutyEntity } from './agency-duty.entity';
import { DirectiveEntity } from './directive.entity';
import { directiveService, periodsOfDirective } from './directive.service';
import { CreateDirectiveInput } from './dto/create-directive.input';
import { dutyBoardService } from './duty-board.service';
import { AgencyProgress } from './duty-board.types';
import { periodLabel, type Period } from './reporting-period';
import { ReportingPeriodType } from './reporting-period.type';

export const toPeriodType = (p: Period, ctx: Context): ReportingPeriodType =>
  Object.assign(new ReportingPeriodType(), {
    code: p.code,
    label: periodLabel(p, ctx.locale),
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    dueOn: p.dueOn,
  });

@Resolver(() => DirectiveEntity)
export class DirectiveResolver {
  @RequirePermission(Permission.DIRECTIVE_READ)
  @Query(() => [DirectiveEntity], { description: 'Directives issued in, above or below your jurisdiction, newest first' })
  directives(@CurrentActor() actor: Actor): Promise<DirectiveEntity[]> {
    return directiveService.list(actor);
  }

  @RequirePermission(Permission.DIRECTIVE_READ)
  @Query(() => DirectiveEntity, { nullable: true, description: 'NOT_FOUND outside your hierarchy' })
  directive(@Arg('id', () => ID) id: string, @CurrentActor() actor: Actor): Promise<DirectiveEntity> {
    return directiveService.get(actor, id);
  }

  @RequirePermission(Permission.DIRECTIVE_READ)
  @Query(() => [AgencyProgress], { description: "Each agency's progress on the directive's duties for one period" })
  dutyBoard(
    @Arg('directiveId', () => ID) directiveId: string,
    @Arg('period', () => String) period: string,
    @CurrentActor() actor: Actor,
  ): Promise<AgencyProgress[]> {
    return dutyBoardService.board(actor, directiveId, period);
  }

  @RequirePermission(Permission.DIRECTIVE_MANAGE)
  @Mutation(() => DirectiveEntity)
  createDirective(
    @Arg('input', () => CreateDirectiveInput) input: CreateDirectiveInput,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<DirectiveEntity> {
    return directiveService.create({ ...ctx, actor }, input);
  }

  @FieldResolver(() => AgencyEntity)
  async issuedBy(@Root() d: DirectiveEntity, @Ctx() ctx: Context): Promise<AgencyEntity> {
    const agency = await ctx.loaders.agency.load(d.issuedById);
    if (!agency) throw new Error(`directive ${d.id} points to a missing agency`);
    return agency;
  }

  @FieldResolver(() => [ReportingPeriodType])
  periods(@Root() d: DirectiveEntity, @Ctx() ctx: Context): ReportingPeriodType[] {
    return periodsOfDirective(d).map((p) => toPeriodType(p, ctx));
  }

  @FieldResolver(() => [AgencyDutyEntity])
  async duties(
    @Root() d: DirectiveEntity,
    @Ctx() ctx: Context,
    @Arg('agencyId', () => ID, { nullable: true }) agencyId?: string,
  ): Promise<AgencyDutyEntity[]> {
    const all = await ctx.loaders.dutiesByDirective.load(d.id);
    return agencyId ? all.filter((duty) => duty.agencyId === agencyId) : all;
  }
}

@Resolver(() => AgencyProgress)
export class AgencyProgressResolver {
  @FieldResolver(() => AgencyEntity)
  async agency(@Root() p: AgencyProgress, @Ctx() ctx: Context): Promise<AgencyEntity> {
    const agency = await ctx.loaders.agency.load(p.agencyId);
    if (!agency) throw new Error(`missing agency ${p.agencyId}`);
    return agency;
  }
}
