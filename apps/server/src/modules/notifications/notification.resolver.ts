import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { CurrentActor } from '../../common/current-actor';
import { translate } from '../../common/i18n';
import type { Actor } from '../../common/actor';
import { SignedIn } from '../auth/permission.decorators';
import { NotificationEntity } from './notification.entity';
import { notificationService } from './notification.service';

@ArgsType()
class MarkNotificationsReadArgs {
  @Field(() => [ID], { nullable: true })
  ids?: string[];
}

@Resolver(() => NotificationEntity)
export class NotificationResolver {
  @SignedIn()
  @Query(() => [NotificationEntity], { description: 'My in-app notifications, newest first' })
  myNotifications(
    @CurrentActor() actor: Actor,
    @Arg('unreadOnly', () => Boolean, { nullable: true }) unreadOnly?: boolean,
    @Arg('first', () => Int, { nullable: true }) first?: number,
  ): Promise<NotificationEntity[]> {
    return notificationService.mine(actor, unreadOnly ?? false, Math.min(Math.max(first ?? 50, 1), 200));
  }

  @SignedIn()
  @Query(() => Int)
  unreadNotificationCount(@CurrentActor() actor: Actor): Promise<number> {
    return notificationService.unreadCount(actor);
  }

  @SignedIn()
  @Mutation(() => Int, { description: 'Marks my notifications read (all when ids is omitted); returns how many' })
  markNotificationsRead(
    @Args(() => MarkNotificationsReadArgs) { ids }: MarkNotificationsReadArgs,
    @CurrentActor() actor: Actor,
  ): Promise<number> {
    return notificationService.markRead(actor, ids ?? null);
  }

  @FieldResolver(() => String, { description: "In the reader's language" })
  message(@Root() n: NotificationEntity, @Ctx() ctx: Context): string {
    return translate(ctx.locale, { key: n.messageKey, values: n.params });
  }
}
