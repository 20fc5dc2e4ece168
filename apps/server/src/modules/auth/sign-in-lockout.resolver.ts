import { Arg, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { AuditAction, Permission, SignInLockoutKind } from '@cp/schema';
import type { Context } from '../../common/context';
import { AppError } from '../../common/app-error';
import { DateTimeScalar } from '../../common/scalars';
import { db } from '../../common/db';
import { auditService } from '../audit/audit.service';
import { RequirePermission } from './permission.decorators';
import { signInThrottle } from './sign-in-throttle';

@ObjectType('SignInLockout', { description: 'A limit that refuses sign-ins right now (see docs/operations.md, "Sign-in limits")' })
export class SignInLockout {
  @Field(() => SignInLockoutKind)
  kind: SignInLockoutKind;

  @Field(() => String, { nullable: true, description: 'The username as typed (lower-cased); it may name no account' })
  username: string | null;

  @Field(() => String, { nullable: true, description: 'The network address the attempts came from' })
  address: string | null;

  @Field(() => Int, { description: 'Failed attempts counted in the window' })
  failures: number;

  @Field(() => DateTimeScalar)
  lastFailureAt: Date;

  @Field(() => DateTimeScalar, { description: 'When sign-ins are accepted again, if nothing else fails' })
  until: Date;
}

@Resolver()
export class SignInLockoutResolver {
  @RequirePermission(Permission.SIGN_IN_LOCKOUT_MANAGE)
  @Query(() => [SignInLockout], { description: 'Sign-in limits in force now, newest first. Audited.' })
  async signInLockouts(@Ctx() ctx: Context): Promise<SignInLockout[]> {
    const lockouts = await signInThrottle.lockouts();
    await auditService.recordNow(ctx, { action: AuditAction.SIGN_IN_LOCKOUTS_VIEWED, data: { count: lockouts.length } });
    return lockouts;
  }

  @RequirePermission(Permission.SIGN_IN_LOCKOUT_MANAGE)
  @Mutation(() => Int, {
    description:
      'Lifts a lockout: the failures of this username (at this address, when given) or of this address stop counting. Returns how many. Audited.',
  })
  clearSignInLockout(
    @Arg('username', () => String, { nullable: true }) usernameInput: string | null,
    @Arg('address', () => String, { nullable: true }) addressInput: string | null,
    @Ctx() ctx: Context,
  ): Promise<number> {
    const username = usernameInput?.trim().toLowerCase().slice(0, 100) || null;
    const address = addressInput?.trim().slice(0, 100) || null;
    if (!username && !address) throw AppError.field('username', 'validation.required');
    return db().transaction(async (tx) => {
      const cleared = await signInThrottle.clear(tx, username, address);
      await auditService.record(tx, ctx, {
        action: AuditAction.SIGN_IN_LOCKOUT_CLEARED,
        entityType: 'User',
        data: { username, address, cleared },
      });
      return cleared;
    });
  }
}
