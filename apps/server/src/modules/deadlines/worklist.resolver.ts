import { Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { DeadlineState, Permission, enumLabel } from '@cp/schema';
import type { Context } from '../../common/context';
import { CurrentActor } from '../../common/current-actor';
import type { Actor } from '../../common/actor';
import { RequirePermission } from '../auth/permission.decorators';
import { ProtectionCaseEntity } from '../cases/protection-case.entity';
import { AbuseReportEntity } from '../reports/abuse-report.entity';
import { deadlineState } from '../deadline-rules/working-days';
import { DeadlineEntity } from './deadline.entity';
import { deadlineService } from './deadline.service';

@ObjectType('WorkItem')
export class WorkItem {
  @Field(() => ProtectionCaseEntity, { nullable: true }) case: ProtectionCaseEntity | null;
  @Field(() => AbuseReportEntity, { nullable: true }) abuseReport: AbuseReportEntity | null;
  @Field(() => DeadlineEntity) deadline: DeadlineEntity;
  @Field(() => String) title: string;
}

@Resolver()
export class WorklistResolver {
  @RequirePermission(Permission.WORKLIST_READ)
  @Query(() => [WorkItem], { description: 'My open deadlines, most urgent first' })
  async myWorklist(@CurrentActor() actor: Actor, @Ctx() ctx: Context): Promise<WorkItem[]> {
    const deadlines = await deadlineService.worklist(actor);
    const items = await Promise.all(
      deadlines.map(async (deadline) => {
        const c = deadline.caseId ? await ctx.loaders.cases.caseById.load(deadline.caseId) : null;
        const r = deadline.abuseReportId ? await ctx.loaders.cases.reportById.load(deadline.abuseReportId) : null;
        const code = c?.code ?? r?.code;
        return code
          ? { case: c, abuseReport: r, deadline, title: `${enumLabel('DeadlineKind', deadline.kind, ctx.locale)}: ${code}` }
          : null;
      }),
    );
    return items.filter((i): i is WorkItem => i !== null);
  }
}

@Resolver(() => DeadlineEntity)
export class DeadlineResolver {
  @FieldResolver(() => DeadlineState)
  state(@Root() d: DeadlineEntity): DeadlineState {
    return deadlineState(d) as DeadlineState;
  }
}
