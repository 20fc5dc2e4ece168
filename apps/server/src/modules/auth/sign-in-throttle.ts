// SECURITY-CRITICAL. Sign-in limits that hold under parallel attack and across processes
// (issue 9, findings 2 and 3). An attempt is RESERVED in PostgreSQL before argon2 runs: under
// advisory locks on its username and its address, the limits are checked and a PENDING row is
// written in one transaction, so N parallel tries see each other and at most the limit of them
// ever reach the password check. Three limits, all counted over LOGIN_WINDOW_MINUTES:
// - per username at one address (LOGIN_MAX_FAILURES_PER_USER_IP): the guessing itself stops;
// - per address, whatever the username (LOGIN_MAX_FAILURES_PER_IP): one source cannot spray;
// - per username from anywhere, a growing delay instead of a lock: after LOGIN_USER_FREE_FAILURES
//   failures each further attempt waits 1, 2, 4 … seconds (at most LOGIN_USER_MAX_DELAY_SECONDS)
//   after the previous one. Addresses the user signed in from in the last
//   LOGIN_KNOWN_ADDRESS_DAYS are exempt, so strangers' failures never keep the user out of
//   their own office.
// A success clears the failures of that username at that address (not the address's failures
// for other usernames, nor other addresses'). The administrator sees and can lift lockouts.
import { isIPv6 } from 'node:net';
import type { EntityManager } from 'typeorm';
import { SignInLockoutKind } from '@cp/schema';
import { env } from '../../config/env';
import { db } from '../../common/db';

export type ThrottleLimits = {
  perUserIp: number;
  perIp: number;
  windowMinutes: number;
  userFreeFailures: number;
  userMaxDelaySeconds: number;
  knownAddressDays: number;
};

export const throttleLimits = (): ThrottleLimits => ({
  perUserIp: env.loginMaxFailuresPerUserIp,
  perIp: env.loginMaxFailuresPerIp,
  windowMinutes: env.loginWindowMinutes,
  userFreeFailures: env.loginUserFreeFailures,
  userMaxDelaySeconds: env.loginUserMaxDelaySeconds,
  knownAddressDays: env.loginKnownAddressDays,
});

// Which "address" an attempt counts against. An IPv4 client seen through an IPv6 socket
// (::ffff:a.b.c.d) is that IPv4 address; an IPv6 client is its /64, since one subscriber or
// host commonly holds a whole /64 and could otherwise take a fresh address per try.
export const addressKey = (ip: string): string => {
  const bare = ip.split('%')[0]!.toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(bare);
  if (mapped) return mapped[1]!;
  if (!isIPv6(bare) || bare === '::1' || bare.includes('.')) return bare;
  const [head = '', tail] = bare.split('::');
  const first = head ? head.split(':') : [];
  const last = tail === undefined ? [] : tail ? tail.split(':') : [];
  const groups = tail === undefined ? first : [...first, ...Array<string>(8 - first.length - last.length).fill('0'), ...last];
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
};

export type Refusal = { kind: SignInLockoutKind; retryAfterSeconds: number };

// Seconds to wait after the last failure, once a username has `failures` of them in the window.
export const usernameDelaySeconds = (failures: number, limits: ThrottleLimits): number =>
  failures < limits.userFreeFailures ? 0 : Math.min(limits.userMaxDelaySeconds, 2 ** (failures - limits.userFreeFailures));

// The recent failures (PENDING or FAILED) that the limits look at, newest first.
export type RecentFailures = {
  now: Date;
  pair: Date[]; // this username at this address (up to perUserIp of them)
  address: Date[]; // this address, any username (up to perIp)
  usernameCount: number; // this username, any address
  usernameLast: Date | null;
  knownAddress: boolean; // this username signed in from this address lately
};

const secondsUntil = (at: Date, now: Date): number => Math.max(1, Math.ceil((at.getTime() - now.getTime()) / 1000));

// Pure: whether one more attempt may be evaluated, and if not, which limit and for how long.
export const decide = (recent: RecentFailures, limits: ThrottleLimits): Refusal | null => {
  const windowMs = limits.windowMinutes * 60_000;
  // A limit of n is reached when the n-th newest failure is still inside the window; it lifts
  // when that one leaves it.
  const reached = (list: Date[], limit: number): Date | null =>
    limit > 0 && list.length >= limit ? new Date(list[limit - 1]!.getTime() + windowMs) : null;
  const pairUntil = reached(recent.pair, limits.perUserIp);
  if (pairUntil) return { kind: SignInLockoutKind.USERNAME_AT_ADDRESS, retryAfterSeconds: secondsUntil(pairUntil, recent.now) };
  const addressUntil = reached(recent.address, limits.perIp);
  if (addressUntil) return { kind: SignInLockoutKind.ADDRESS, retryAfterSeconds: secondsUntil(addressUntil, recent.now) };
  const delay = usernameDelaySeconds(recent.usernameCount, limits);
  if (delay > 0 && !recent.knownAddress && recent.usernameLast) {
    const next = new Date(recent.usernameLast.getTime() + delay * 1000);
    if (next > recent.now) return { kind: SignInLockoutKind.USERNAME, retryAfterSeconds: secondsUntil(next, recent.now) };
  }
  return null;
};

export type Reservation = { attemptId: string; refusal: null } | { attemptId: null; refusal: Refusal };

const COUNTED = `outcome IN ('PENDING', 'FAILED') AND at > clock_timestamp() - make_interval(mins => $3)`;

export type SignInLockout = {
  kind: SignInLockoutKind;
  username: string | null;
  address: string | null;
  failures: number;
  lastFailureAt: Date;
  until: Date;
};

export const signInThrottle = {
  reserve: async (username: string, ip: string, limits = throttleLimits()): Promise<Reservation> =>
    db().transaction(async (tx) => {
      // Always the username's lock first, then the address's: no two reservations can wait for
      // each other. Two lock spaces, so a username and an address never share a key.
      await tx.query('SELECT pg_advisory_xact_lock(727100, hashtext($1))', [username]);
      await tx.query('SELECT pg_advisory_xact_lock(727101, hashtext($1))', [ip]);
      const [row] = await tx.query<
        { now: Date; pair: Date[]; address: Date[]; username_count: number; username_last: Date | null; known: boolean }[]
      >(
        `SELECT clock_timestamp() AS now,
           ARRAY(SELECT at FROM login_attempt WHERE username = $1 AND ip = $2 AND ${COUNTED} ORDER BY at DESC LIMIT $4) AS pair,
           ARRAY(SELECT at FROM login_attempt WHERE ip = $2 AND ${COUNTED} ORDER BY at DESC LIMIT $5) AS address,
           (SELECT count(*)::int FROM login_attempt WHERE username = $1 AND ${COUNTED}) AS username_count,
           (SELECT max(at) FROM login_attempt WHERE username = $1 AND ${COUNTED}) AS username_last,
           EXISTS (SELECT 1 FROM login_attempt WHERE username = $1 AND ip = $2 AND outcome = 'SUCCEEDED'
                   AND at > clock_timestamp() - make_interval(days => $6)) AS known`,
        [username, ip, limits.windowMinutes, Math.max(limits.perUserIp, 1), Math.max(limits.perIp, 1), limits.knownAddressDays],
      );
      const refusal = decide(
        {
          now: row!.now,
          pair: row!.pair.map((d) => new Date(d)),
          address: row!.address.map((d) => new Date(d)),
          usernameCount: row!.username_count,
          usernameLast: row!.username_last ? new Date(row!.username_last) : null,
          knownAddress: row!.known,
        },
        limits,
      );
      if (refusal) return { attemptId: null, refusal };
      const [inserted] = await tx.query<{ id: string }[]>(
        `INSERT INTO login_attempt (username, ip, at) VALUES ($1, $2, clock_timestamp()) RETURNING id::text AS id`,
        [username, ip],
      );
      return { attemptId: inserted!.id, refusal: null };
    }),

  failed: async (attemptId: string): Promise<void> => {
    await db().query(`UPDATE login_attempt SET outcome = 'FAILED' WHERE id = $1`, [attemptId]);
  },

  succeeded: async (attemptId: string, userId: string): Promise<void> => {
    await db().transaction(async (tx) => {
      const [[row]] = await tx.query<[{ username: string; ip: string }[], number]>(
        `UPDATE login_attempt SET outcome = 'SUCCEEDED', user_id = $2 WHERE id = $1 RETURNING username, ip`,
        [attemptId, userId],
      );
      if (row) {
        await tx.query(`UPDATE login_attempt SET outcome = 'CLEARED' WHERE username = $1 AND ip = $2 AND outcome = 'FAILED'`, [
          row.username,
          row.ip,
        ]);
      }
    });
  },

  // Every limit that refuses sign-ins right now, newest first.
  lockouts: async (limits = throttleLimits()): Promise<SignInLockout[]> => {
    const since = `outcome IN ('PENDING', 'FAILED') AND at > clock_timestamp() - make_interval(mins => $1)`;
    type Row = { username: string | null; ip: string | null; failures: number; last_at: Date; nth: Date | null; now: Date };
    const group = (keys: string, limit: number): Promise<Row[]> =>
      db().query(
        `SELECT ${keys}, count(*)::int AS failures, max(at) AS last_at, (array_agg(at ORDER BY at DESC))[$2] AS nth, clock_timestamp() AS now
         FROM login_attempt WHERE ${since} GROUP BY ${keys} HAVING count(*) >= $2`,
        [limits.windowMinutes, Math.max(limit, 1)],
      );
    const windowMs = limits.windowMinutes * 60_000;
    const out: SignInLockout[] = [];
    for (const r of await group('username, ip', limits.perUserIp)) {
      out.push({
        kind: SignInLockoutKind.USERNAME_AT_ADDRESS,
        username: r.username,
        address: r.ip,
        failures: r.failures,
        lastFailureAt: r.last_at,
        until: new Date(new Date(r.nth!).getTime() + windowMs),
      });
    }
    for (const r of await group('ip', limits.perIp)) {
      out.push({
        kind: SignInLockoutKind.ADDRESS,
        username: null,
        address: r.ip,
        failures: r.failures,
        lastFailureAt: r.last_at,
        until: new Date(new Date(r.nth!).getTime() + windowMs),
      });
    }
    for (const r of await group('username', limits.userFreeFailures)) {
      const until = new Date(new Date(r.last_at).getTime() + usernameDelaySeconds(r.failures, limits) * 1000);
      if (until > new Date(r.now))
        out.push({
          kind: SignInLockoutKind.USERNAME,
          username: r.username,
          address: null,
          failures: r.failures,
          lastFailureAt: r.last_at,
          until,
        });
    }
    return out.sort((a, b) => b.lastFailureAt.getTime() - a.lastFailureAt.getTime());
  },

  // Lifts a lockout: the failures of that username (at that address, when given), or of that
  // address, stop counting. They stay in the table (and in the audit log) as CLEARED.
  clear: async (tx: EntityManager, username: string | null, address: string | null): Promise<number> => {
    const result = await tx.query<[unknown[], number]>(
      `UPDATE login_attempt SET outcome = 'CLEARED'
       WHERE outcome = 'FAILED' AND ($1::text IS NULL OR username = $1) AND ($2::text IS NULL OR ip = $2)`,
      [username, address],
    );
    return result[1];
  },

  // Rows older than both the window and the known-address memory serve no limit any more.
  purge: async (limits = throttleLimits()): Promise<number> => {
    const result = await db().query<[unknown[], number]>(
      `DELETE FROM login_attempt WHERE at < clock_timestamp() - greatest(make_interval(mins => $1), make_interval(days => $2))`,
      [limits.windowMinutes, limits.knownAddressDays],
    );
    return result[1];
  },
};
