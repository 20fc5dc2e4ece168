import { Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '@cp/schema';
import type { Context } from '../../common/context';
import { CurrentActor } from '../../common/current-actor';
import type { Actor } from '../../common/actor';
import { RequirePermission } from '../auth/permission.decorators';
import { DeadlineRuleEntity, PublicHolidayEntity } from './deadline-rule.entity';
import { DeletePublicHolidayArgs, PublicHolidaysArgs, SavePublicHolidayArgs, UpdateDeadlineRuleArgs } from './deadline-rules.inputs';
import { deadlineRulesService } from './deadline-rules.service';

// The rule table and the holiday calendar, kept by an administrator (page "Ngày nghỉ lễ, thời hạn").
@Resolver()
export class DeadlineRulesResolver {
  @RequirePermission(Permission.DEADLINE_RULE_MANAGE)
  @Query(() => [DeadlineRuleEntity])
  deadlineRules(): Promise<DeadlineRuleEntity[]> {
    return deadlineRulesService.rules();
  }

  @RequirePermission(Permission.DEADLINE_RULE_MANAGE)
  @Query(() => [PublicHolidayEntity])
  publicHolidays(@Args(() => PublicHolidaysArgs) { year }: PublicHolidaysArgs): Promise<PublicHolidayEntity[]> {
    return deadlineRulesService.holidays(year);
  }

  @RequirePermission(Permission.DEADLINE_RULE_MANAGE)
  @Mutation(() => DeadlineRuleEntity, { description: 'Applies to deadlines opened from now on' })
  updateDeadlineRule(@Args(() => UpdateDeadlineRuleArgs) args: UpdateDeadlineRuleArgs, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return deadlineRulesService.updateRule({ ...ctx, actor }, args);
  }

  @RequirePermission(Permission.DEADLINE_RULE_MANAGE)
  @Mutation(() => PublicHolidayEntity, { description: 'Adds or changes a day off (or a swapped working day)' })
  savePublicHoliday(@Args(() => SavePublicHolidayArgs) args: SavePublicHolidayArgs, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return deadlineRulesService.saveHoliday({ ...ctx, actor }, args);
  }

  @RequirePermission(Permission.DEADLINE_RULE_MANAGE)
  @Mutation(() => Boolean)
  deletePublicHoliday(
    @Args(() => DeletePublicHolidayArgs) { day }: DeletePublicHolidayArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return deadlineRulesService.deleteHoliday({ ...ctx, actor }, day);
  }
}
