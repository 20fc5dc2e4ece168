import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Permission, StatDimension, StatMeasure } from '@cp/schema';
import type { Context } from '../../common/context';
import { CurrentActor } from '../../common/current-actor';
import type { Actor } from '../../common/actor';
import { RequirePermission } from '../auth/permission.decorators';
import { StatFilter, StatResult } from './stat.types';
import { statsService } from './stats.service';

@Resolver(() => StatResult)
export class StatsResolver {
  @RequirePermission(Permission.STATS_READ)
  @Query(() => StatResult, { description: 'Counts grouped by up to three dimensions, within your jurisdiction; small counts suppressed' })
  stats(
    @Arg('measure', () => StatMeasure) measure: StatMeasure,
    @Arg('groupBy', () => [StatDimension]) groupBy: StatDimension[],
    @Arg('filter', () => StatFilter, { nullable: true }) filter: StatFilter | undefined,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<StatResult> {
    return statsService.stats({ actor, locale: ctx.locale, measure, groupBy, filter: filter ?? {} });
  }
}
