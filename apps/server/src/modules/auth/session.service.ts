import { IsNull } from 'typeorm';
import { AuditAction, ROLE_SCOPE, permissionsOf, type Locale } from '@cp/schema';
import { env } from '../../config/env';
import { db } from '../../common/db';
import type { Context } from '../../common/context';
import { AppError, AppErrorCode } from '../../common/app-error';
import { auditService } from '../audit/audit.service';
import type { Actor } from '../../common/actor';
import { countTokenRequest } from './api-token-rate';
import { passwords } from './passwords';
import { scopePathsFor } from './jurisdiction';
import { SessionEntity, type SessionKind } from './session.entity';
import { addressKey, signInThrottle, type Refusal } from './sign-in-throttle';
import { SESSION_COOKIE, hashToken, newToken } from './tokens';
import { UserEntity } from './user.entity';

const MINUTE = 60_000;
// last_used_at is refreshed at most once a minute per session, not on every request.
const TOUCH_EVERY_MS = MINUTE;

let dummyHash: Promise<string> | null = null;
// Verifying against a throwaway hash when the user does not exist keeps the timing equal,
// so response times do not reveal which usernames exist.
const timingSafeMiss = async (password: string): Promise<void> => {
  dummyHash ??= passwords.hash('not-a-real-password-0f4c');
  await passwords.verify(await dummyHash, password);
};

export const hashPassword = (password: string): Promise<string> => passwords.hash(password);

const rateLimited = (refusal: Refusal): AppError =>
  refusal.retryAfterSeconds >= 60
    ? new AppError(AppErrorCode.RATE_LIMITED, { key: 'error.RATE_LIMITED', values: { minutes: Math.ceil(refusal.retryAfterSeconds / 60) } })
    : new AppError(AppErrorCode.RATE_LIMITED, { key: 'error.rateLimitedSeconds', values: { seconds: refusal.retryAfterSeconds } });

export const toActor = async (user: UserEntity, sessionId: string): Promise<Actor> => ({
  userId: user.id,
  username: user.username,
  role: user.role,
  permissions: permissionsOf(user.role),
  agencyId: user.agencyId,
  jurisdictionId: user.jurisdictionId,
  // The police need their area too: a referred case is theirs only inside it.
  scopePaths: ['JURISDICTION', 'REFERRED'].includes(ROLE_SCOPE[user.role]) ? await scopePathsFor(user.jurisdictionId) : [],
  recordScope: ROLE_SCOPE[user.role],
  sessionId,
  locale: user.locale,
});

const createSession = async (userId: string, kind: SessionKind, name: string | null) => {
  const token = newToken(kind === 'SESSION' ? 'cps' : 'cpt');
  const ttlMs = kind === 'SESSION' ? env.sessionAbsoluteHours * 60 * MINUTE : env.apiTokenDays * 24 * 60 * MINUTE;
  const session = await db()
    .getRepository(SessionEntity)
    .save({
      tokenHash: hashToken(token),
      userId,
      kind,
      name,
      lastUsedAt: new Date(),
      expiresAt: new Date(Date.now() + ttlMs),
    });
  return { token, session };
};

export const sessionService = {
  // Resolves the bearer token or cookie of a request into an actor; null when absent or expired.
  authenticate: async (token: string | undefined): Promise<{ actor: Actor | null; expired: boolean; rateLimited?: boolean }> => {
    if (!token) return { actor: null, expired: false };
    const session = await db()
      .getRepository(SessionEntity)
      .findOneBy({ tokenHash: hashToken(token), revokedAt: IsNull() });
    if (!session) return { actor: null, expired: true };
    const now = Date.now();
    const idleLimit = env.sessionIdleMinutes * MINUTE;
    const lastUsed = (session.lastUsedAt ?? session.createdAt).getTime();
    const expired = session.expiresAt.getTime() <= now || (session.kind === 'SESSION' && now - lastUsed > idleLimit);
    if (expired) return { actor: null, expired: true };
    const user = await db().getRepository(UserEntity).findOneBy({ id: session.userId, active: true });
    if (!user) return { actor: null, expired: true };
    // API tokens have a request budget per minute, shared by every API process.
    if (session.kind === 'API_TOKEN' && (await countTokenRequest(session.id)) > env.apiTokenRequestsPerMinute) {
      return { actor: null, expired: false, rateLimited: true };
    }
    if (now - lastUsed > TOUCH_EVERY_MS) {
      await db()
        .getRepository(SessionEntity)
        .update({ id: session.id }, { lastUsedAt: new Date(now) });
    }
    return { actor: await toActor(user, session.id), expired: false };
  },

  login: async (ctx: Context, usernameInput: string, password: string): Promise<{ token: string; user: UserEntity }> => {
    const username = usernameInput.trim().toLowerCase();
    // Reserved before argon2 runs (sign-in-throttle.ts): parallel attempts see each other.
    const reservation = await signInThrottle.reserve(username, addressKey(ctx.request.ip));
    if (reservation.refusal) {
      await auditService.recordNow(ctx, {
        action: AuditAction.LOGIN_RATE_LIMITED,
        entityType: 'User',
        data: { username, limit: reservation.refusal.kind },
      });
      throw rateLimited(reservation.refusal);
    }
    let user: UserEntity | null;
    let ok = false;
    try {
      user = await db()
        .getRepository(UserEntity)
        .createQueryBuilder('u')
        .where('lower(u.username) = :username AND u.active', { username })
        .getOne();
      ok = user ? await passwords.verify(user.passwordHash, password) : (await timingSafeMiss(password), false);
    } finally {
      if (!ok) await signInThrottle.failed(reservation.attemptId);
    }
    if (!user || !ok) {
      await auditService.recordNow(ctx, {
        action: AuditAction.LOGIN_FAILED,
        entityType: 'User',
        entityId: user?.id,
        data: { username },
      });
      throw new AppError(AppErrorCode.UNAUTHENTICATED, 'error.invalidCredentials');
    }
    const { token, session } = await createSession(user.id, 'SESSION', null);
    await signInThrottle.succeeded(reservation.attemptId, user.id);
    const actor = await toActor(user, session.id);
    await auditService.recordNow({ ...ctx, actor }, { action: AuditAction.LOGIN_SUCCEEDED, entityType: 'User', entityId: user.id });
    ctx.cookies.set(SESSION_COOKIE, token, { maxAgeSeconds: env.sessionAbsoluteHours * 3600 });
    return { token, user };
  },

  logout: async (ctx: Context): Promise<boolean> => {
    ctx.cookies.clear(SESSION_COOKIE);
    if (!ctx.actor) return true;
    await db().transaction(async (tx) => {
      await tx.update(SessionEntity, { id: ctx.actor!.sessionId, kind: 'SESSION' }, { revokedAt: new Date() });
      await auditService.record(tx, ctx, { action: AuditAction.LOGOUT, entityType: 'User', entityId: ctx.actor!.userId });
    });
    return true;
  },

  createApiToken: async (ctx: Context, actor: Actor, name: string) => {
    const { token, session } = await createSession(actor.userId, 'API_TOKEN', name);
    await auditService.recordNow(ctx, { action: AuditAction.API_TOKEN_CREATED, entityType: 'ApiToken', entityId: session.id });
    return { id: session.id, name, createdAt: session.createdAt, lastUsedAt: null, expiresAt: session.expiresAt, token };
  },

  listApiTokens: async (actor: Actor) => {
    const rows = await db()
      .getRepository(SessionEntity)
      .find({ where: { userId: actor.userId, kind: 'API_TOKEN', revokedAt: IsNull() }, order: { createdAt: 'DESC' } });
    return rows.map((s) => ({
      id: s.id,
      name: s.name ?? '',
      createdAt: s.createdAt,
      lastUsedAt: s.lastUsedAt,
      expiresAt: s.expiresAt,
      token: null,
    }));
  },

  revokeApiToken: async (ctx: Context, actor: Actor, id: string): Promise<boolean> =>
    db().transaction(async (tx) => {
      const result = await tx.update(
        SessionEntity,
        { id, userId: actor.userId, kind: 'API_TOKEN', revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      if (!result.affected) throw AppError.notFound();
      await auditService.record(tx, ctx, { action: AuditAction.API_TOKEN_REVOKED, entityType: 'ApiToken', entityId: id });
      return true;
    }),

  setLocale: async (ctx: Context, actor: Actor, locale: Locale): Promise<UserEntity> =>
    db().transaction(async (tx) => {
      await tx.query('UPDATE app_user SET locale = $2, version = version + 1, updated_at = now() WHERE id = $1', [actor.userId, locale]);
      await auditService.record(tx, ctx, {
        action: AuditAction.LOCALE_CHANGED,
        entityType: 'User',
        entityId: actor.userId,
        data: { locale },
      });
      return tx.getRepository(UserEntity).findOneByOrFail({ id: actor.userId });
    }),
};
