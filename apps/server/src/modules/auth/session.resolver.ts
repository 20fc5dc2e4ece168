import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { IsIn } from 'class-validator';
import { Permission, permissionsOf, type Locale } from '@cp/schema';
import type { Context } from '../../common/context';
import { CurrentActor } from '../../common/current-actor';
import { MaxLen, Required } from '../../common/validators';
import { AdminUnitEntity } from '../admin-units/admin-unit.entity';
import { AgencyEntity } from '../admin-units/agency.entity';
import type { Actor } from '../../common/actor';
import { ApiToken, LoginResult } from './api-token.type';
import { Public, RequirePermission, SignedIn } from './permission.decorators';
import { sessionService } from './session.service';
import { UserEntity } from './user.entity';

@ArgsType()
class LoginArgs {
  @Field(() => String)
  @Required()
  @MaxLen(100)
  username: string;

  @Field(() => String)
  @Required()
  @MaxLen(200)
  password: string;
}

@ArgsType()
class LocaleArgs {
  @Field(() => String)
  @IsIn(['vi', 'en'], { message: JSON.stringify({ key: 'validation.locale' }) })
  locale: Locale;
}

@ArgsType()
class CreateApiTokenArgs {
  @Field(() => String)
  name: string;
}

@ArgsType()
class RevokeApiTokenArgs {
  @Field(() => ID)
  id: string;
}

@Resolver(() => UserEntity)
export class SessionResolver {
  @Public()
  @Query(() => UserEntity, { nullable: true, description: 'Null when not signed in' })
  async me(@Ctx() ctx: Context): Promise<UserEntity | null> {
    return ctx.actor ? ctx.loaders.user.load(ctx.actor.userId) : null;
  }

  @Public()
  @Mutation(() => LoginResult)
  login(@Args(() => LoginArgs) { username, password }: LoginArgs, @Ctx() ctx: Context): Promise<LoginResult> {
    return sessionService.login(ctx, username, password);
  }

  @Public()
  @Mutation(() => Boolean)
  logout(@Ctx() ctx: Context): Promise<boolean> {
    return sessionService.logout(ctx);
  }

  @RequirePermission(Permission.API_TOKEN_MANAGE)
  @Mutation(() => ApiToken, { description: 'The token is in the answer once and never again' })
  createApiToken(
    @Args(() => CreateApiTokenArgs) { name }: CreateApiTokenArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<ApiToken> {
    return sessionService.createApiToken(ctx, actor, name.trim().slice(0, 100) || 'token');
  }

  @RequirePermission(Permission.API_TOKEN_MANAGE)
  @Query(() => [ApiToken], { description: 'My API tokens that are not revoked' })
  apiTokens(@CurrentActor() actor: Actor): Promise<ApiToken[]> {
    return sessionService.listApiTokens(actor);
  }

  @RequirePermission(Permission.API_TOKEN_MANAGE)
  @Mutation(() => Boolean)
  revokeApiToken(
    @Args(() => RevokeApiTokenArgs) { id }: RevokeApiTokenArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return sessionService.revokeApiToken(ctx, actor, id);
  }

  @SignedIn()
  @Mutation(() => UserEntity, { description: 'Remember the language of the interface for me' })
  setMyLocale(@Args(() => LocaleArgs) { locale }: LocaleArgs, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return sessionService.setLocale(ctx, actor, locale);
  }

  @FieldResolver(() => AgencyEntity, { nullable: true })
  agency(@Root() user: UserEntity, @Ctx() ctx: Context) {
    return user.agencyId ? ctx.loaders.agency.load(user.agencyId) : null;
  }

  @FieldResolver(() => AdminUnitEntity, { nullable: true, description: 'The subtree the user may see' })
  jurisdiction(@Root() user: UserEntity, @Ctx() ctx: Context) {
    return user.jurisdictionId ? ctx.loaders.adminUnit.load(user.jurisdictionId) : null;
  }

  @FieldResolver(() => [String], { description: "The role's permissions (for showing and hiding actions; the server checks)" })
  permissions(@Root() user: UserEntity): string[] {
    // The matrix is public (packages/schema); this saves the client from re-deriving it.
    return [...permissionsOf(user.role)];
  }
}
