import { Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '@cp/schema';
import type { Actor } from '../../common/actor';
import type { Context } from '../../common/context';
import { CurrentActor } from '../../common/current-actor';
import { RequirePermission } from '../auth/permission.decorators';
import { assignedMeasureService } from './assigned-measure.service';
import { AssignedMeasure } from './assigned-measure.type';
import { MeasureOutcomeArgs } from './dto/case.inputs';

@Resolver()
export class AssignedMeasureResolver {
  @RequirePermission(Permission.CASE_READ)
  @Query(() => [AssignedMeasure], { description: 'Plan measures assigned to my agency (approved plans of open cases)' })
  assignedMeasures(@CurrentActor() actor: Actor): Promise<AssignedMeasure[]> {
    return assignedMeasureService.list(actor);
  }

  @RequirePermission(Permission.CASE_READ)
  @Mutation(() => AssignedMeasure, { description: 'An agency records the outcome of a measure assigned to it' })
  recordAssignedMeasureOutcome(
    @Args(() => MeasureOutcomeArgs) args: MeasureOutcomeArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<AssignedMeasure> {
    return assignedMeasureService.recordOutcome({ ...ctx, actor }, args);
  }
}
