import { Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Permission } from '@cp/schema';
import type { Context } from '../../common/context';
import { Connection, PageArgs, type ConnectionShape } from '../../common/connection';
import { DateTimeScalar } from '../../common/scalars';
import { selects } from '../../common/selection';
import { RequirePermission } from '../auth/permission.decorators';
import { UserEntity } from '../auth/user.entity';
import { AuditEventEntity } from './audit-event.entity';
import { auditQueryService } from './audit-query.service';

@InputType('AuditFilter')
export class AuditFilter {
  @Field(() => ID, { nullable: true }) actorId?: string;
  @Field(() => String, { nullable: true }) action?: string;
  @Field(() => String, { nullable: true }) entityType?: string;
  @Field(() => ID, { nullable: true }) entityId?: string;
  @Field(() => DateTimeScalar, { nullable: true }) from?: Date;
  @Field(() => DateTimeScalar, { nullable: true }) to?: Date;
}

@ArgsType()
class AuditEventsArgs extends PageArgs {
  @Field(() => AuditFilter, { nullable: true })
  filter?: AuditFilter;
}

const AuditEventConnection = Connection(AuditEventEntity, 'AuditEvent');

@Resolver(() => AuditEventEntity)
export class AuditEventResolver {
  @RequirePermission(Permission.AUDIT_READ)
  @Query(() => AuditEventConnection, { description: 'Newest first' })
  auditEvents(
    @Args(() => AuditEventsArgs) args: AuditEventsArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<AuditEventEntity>> {
    return auditQueryService.list({
      filter: args.filter ?? {},
      first: args.first,
      after: args.after,
      withCount: selects(info, 'totalCount'),
    });
  }

  @FieldResolver(() => UserEntity, { nullable: true })
  actor(@Root() event: AuditEventEntity, @Ctx() ctx: Context) {
    return event.actorId ? ctx.loaders.user.load(event.actorId) : null;
  }
}
