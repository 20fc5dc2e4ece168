import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@cp/schema';
import type { Context } from '../../common/context';
import { CurrentActor } from '../../common/current-actor';
import { AgencyEntity } from '../admin-units/agency.entity';
import type { Actor } from '../../common/actor';
import { RequirePermission } from '../auth/permission.decorators';
import { UserEntity } from '../auth/user.entity';
import { AgencyDutyEntity } from './agency-duty.entity';
import { DirectiveEntity } from './directive.entity';
import { periodOfDirective } from './directive.service';
import { toPeriodType } from './directive.resolver';
import { SubmitDutyUpdateInput } from './dto/submit-duty-update.input';
import { DutyAttachmentEntity, DutyUpdateEntity, DutyUpdateRevisionEntity } from './duty-update.entity';
import { dutyUpdateService, visibleDuty } from './duty-update.service';
import { ReportingPeriodType } from './reporting-period.type';

const visibleUpdates = async (duty: AgencyDutyEntity, ctx: Context): Promise<DutyUpdateEntity[]> =>
  (await ctx.loaders.updatesByDuty.load(duty.id)).filter((u) => ctx.actor && dutyUpdateService.visibleTo(ctx.actor, duty, u));

const load = async <T>(value: Promise<T | null>, what: string): Promise<T> => {
  const found = await value;
  if (!found) throw new Error(`missing ${what}`);
  return found;
};

@Resolver(() => AgencyDutyEntity)
export class AgencyDutyResolver {
  @RequirePermission(Permission.DIRECTIVE_READ)
  @Query(() => AgencyDutyEntity, { nullable: true, description: 'NOT_FOUND outside your hierarchy' })
  async agencyDuty(@Arg('id', () => ID) id: string, @CurrentActor() actor: Actor): Promise<AgencyDutyEntity> {
    return (await visibleDuty(actor, id)).duty;
  }

  @RequirePermission(Permission.DUTY_UPDATE_DRAFT)
  @Mutation(() => DutyUpdateEntity, {
    description: "Drafts (officers) or submits (agency head, commune chair) the agency's update for a period",
  })
  submitDutyUpdate(
    @Arg('input', () => SubmitDutyUpdateInput) input: SubmitDutyUpdateInput,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<DutyUpdateEntity> {
    return dutyUpdateService.submit({ ...ctx, actor }, input);
  }

  @FieldResolver(() => DirectiveEntity)
  directive(@Root() duty: AgencyDutyEntity, @Ctx() ctx: Context): Promise<DirectiveEntity> {
    return load(ctx.loaders.directiveById.load(duty.directiveId), 'directive');
  }

  @FieldResolver(() => AgencyEntity)
  agency(@Root() duty: AgencyDutyEntity, @Ctx() ctx: Context): Promise<AgencyEntity> {
    return load(ctx.loaders.agency.load(duty.agencyId), 'agency');
  }

  @FieldResolver(() => Boolean, { description: "Whether you belong to the duty's agency (and may write its updates)" })
  mine(@Root() duty: AgencyDutyEntity, @Ctx() ctx: Context): boolean {
    return ctx.actor?.agencyId === duty.agencyId;
  }

  @FieldResolver(() => [DutyUpdateEntity], { description: "Submitted updates; drafts too for the agency's own people" })
  updates(@Root() duty: AgencyDutyEntity, @Ctx() ctx: Context): Promise<DutyUpdateEntity[]> {
    return visibleUpdates(duty, ctx);
  }

  @FieldResolver(() => DutyUpdateEntity, { nullable: true })
  async update(@Root() duty: AgencyDutyEntity, @Ctx() ctx: Context, @Arg('period', () => String) period: string) {
    return (await visibleUpdates(duty, ctx)).find((u) => u.periodCode === period) ?? null;
  }
}

@Resolver(() => DutyUpdateEntity)
export class DutyUpdateResolver {
  @FieldResolver(() => AgencyDutyEntity)
  duty(@Root() u: DutyUpdateEntity, @Ctx() ctx: Context): Promise<AgencyDutyEntity> {
    return load(ctx.loaders.dutyById.load(u.dutyId), 'duty');
  }

  @FieldResolver(() => ReportingPeriodType)
  async period(@Root() u: DutyUpdateEntity, @Ctx() ctx: Context): Promise<ReportingPeriodType> {
    const duty = await load(ctx.loaders.dutyById.load(u.dutyId), 'duty');
    const directive = await load(ctx.loaders.directiveById.load(duty.directiveId), 'directive');
    return toPeriodType(periodOfDirective(directive, u.periodCode), ctx);
  }

  @FieldResolver(() => UserEntity, { nullable: true, description: 'Null while a draft' })
  submittedBy(@Root() u: DutyUpdateEntity, @Ctx() ctx: Context) {
    return u.submittedById ? ctx.loaders.user.load(u.submittedById) : null;
  }

  @FieldResolver(() => UserEntity)
  updatedBy(@Root() u: DutyUpdateEntity, @Ctx() ctx: Context): Promise<UserEntity> {
    return load(ctx.loaders.user.load(u.updatedBy), 'user');
  }

  @FieldResolver(() => [DutyUpdateRevisionEntity], { description: 'Every saved version, newest first' })
  history(@Root() u: DutyUpdateEntity, @Ctx() ctx: Context) {
    return ctx.loaders.revisionsByUpdate.load(u.id);
  }

  @FieldResolver(() => [DutyAttachmentEntity])
  attachments(@Root() u: DutyUpdateEntity, @Ctx() ctx: Context) {
    return ctx.loaders.attachmentsByUpdate.load(u.id);
  }
}

@Resolver(() => DutyUpdateRevisionEntity)
export class DutyUpdateRevisionResolver {
  @FieldResolver(() => UserEntity)
  by(@Root() r: DutyUpdateRevisionEntity, @Ctx() ctx: Context): Promise<UserEntity> {
    return load(ctx.loaders.user.load(r.byUserId), 'user');
  }
}
