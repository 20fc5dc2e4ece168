import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../common/db';
import { codeOf, execute } from '../../../test/execute';
import { passwords } from './passwords';

// Issue 9, findings 2 and 3. Who: anonymous callers signing in from the addresses given; the
// accounts are the demo ones (password demo-2021). Limits are the defaults: 5 failures per
// username at one address, 20 per address, a growing delay per username after 10, all in 15 min.
const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { username } } }`;
const login = (u: string, p: string, ip: string) => execute<{ login: { token: string } }>(LOGIN, { as: null, variables: { u, p }, ip });

const countVerifications = () => vi.spyOn(passwords, 'verify');

const outcomes = async (username: string): Promise<Record<string, number>> => {
  const rows: { outcome: string; n: number }[] = await db().query(
    `SELECT outcome, count(*)::int AS n FROM login_attempt WHERE username = $1 GROUP BY outcome`,
    [username],
  );
  return Object.fromEntries(rows.map((r) => [r.outcome, r.n]));
};

// Failures in the table as if they had just happened, from distinct addresses.
const recentFailures = async (username: string, n: number, ipPrefix: string): Promise<void> => {
  await db().query(
    `INSERT INTO login_attempt (username, ip, at, outcome)
     SELECT $1, $2 || g, clock_timestamp() - make_interval(secs => $3 - g), 'FAILED' FROM generate_series(1, $3) g`,
    [username, ipPrefix, n],
  );
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('sign-in limits under parallel attack', () => {
  it('evaluates at most 5 of 60 parallel wrong passwords for one user, who then signs in from another address', async () => {
    const verify = countVerifications();
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => login('police.officer', `wrong-${i}`, '10.60.0.1')));
    const codes = results.map(codeOf);
    expect(verify).toHaveBeenCalledTimes(5);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(55);
    expect(await outcomes('police.officer')).toEqual({ FAILED: 5 });
    // the right password from the attacked address is refused too: that pair is locked…
    expect(codeOf(await login('police.officer', 'demo-2021', '10.60.0.1'))).toBe('RATE_LIMITED');
    expect(verify).toHaveBeenCalledTimes(5);
    // …but the user, from their own address, is not locked out by someone else's failures
    const own = await login('police.officer', 'demo-2021', '10.60.0.2');
    expect(own.errors).toBeUndefined();
    expect(own.data!.login.token).toMatch(/^cps_/);
    const audit: { action: string; n: number }[] = await db().query(
      `SELECT action, count(*)::int AS n FROM audit_event GROUP BY action ORDER BY action`,
    );
    expect(audit).toEqual([
      { action: 'LOGIN_FAILED', n: 5 },
      { action: 'LOGIN_RATE_LIMITED', n: 56 },
      { action: 'LOGIN_SUCCEEDED', n: 1 },
    ]);
  });

  it('never lets the right password through once the limit is reached, whatever its place in a burst', async () => {
    const verify = countVerifications();
    const tries = Array.from({ length: 60 }, (_, i) => (i === 40 ? 'demo-2021' : `wrong-${i}`));
    const results = await Promise.all(tries.map((p) => login('commune2.officer', p, '10.61.0.1')));
    expect(verify.mock.calls.length).toBeLessThanOrEqual(5);
    // It can only have signed in if it was among the (at most 5) attempts evaluated.
    const signedIn = results.filter((r) => !r.errors).length;
    expect(signedIn).toBe(verify.mock.calls.some((call) => call[1] === 'demo-2021') ? 1 : 0);
  });

  it('evaluates at most 20 passwords from one address, across usernames, in parallel', async () => {
    const verify = countVerifications();
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => login(`user${i}`, 'x', '10.3.3.3')));
    expect(verify).toHaveBeenCalledTimes(20);
    expect(results.map(codeOf).filter((c) => c === 'RATE_LIMITED')).toHaveLength(30);
    expect(codeOf(await login('analyst', 'demo-2021', '10.3.3.3'))).toBe('RATE_LIMITED');
    expect(codeOf(await login('analyst', 'demo-2021', '10.3.3.4'))).toBeUndefined();
  });

  it('counts the addresses of one IPv6 /64 together', async () => {
    for (let i = 0; i < 5; i += 1)
      expect(codeOf(await login('lead.officer', `wrong-${i}`, `2001:db8:7:1::${i + 1}`))).toBe('UNAUTHENTICATED');
    expect(codeOf(await login('lead.officer', 'demo-2021', '2001:db8:7:1:ffff::9'))).toBe('RATE_LIMITED');
    expect(codeOf(await login('lead.officer', 'demo-2021', '2001:db8:7:2::1'))).toBeUndefined();
  });
});

describe('per username: a growing delay, not a lock', () => {
  it('makes strangers wait after 10 failures from anywhere, in parallel too, but not the user at a known address', async () => {
    // 14 failures from 14 addresses just now: the next attempt must wait 2^4 = 16 s.
    await recentFailures('education.head', 14, '10.70.0.');
    const verify = countVerifications();
    const strangers = await Promise.all(Array.from({ length: 20 }, (_, i) => login('education.head', `guess-${i}`, `10.71.0.${i}`)));
    expect(strangers.map(codeOf)).toEqual(Array(20).fill('RATE_LIMITED'));
    expect(strangers[0]!.errors![0]!.message).toMatch(/^Bạn đã thử quá nhiều lần\. Vui lòng thử lại sau 1\d giây\.$/);
    expect(verify).not.toHaveBeenCalled();
    // The user signed in from their office last week: that address is not held back.
    await db().query(
      `INSERT INTO login_attempt (username, ip, at, outcome) VALUES ('education.head', '10.72.0.1', now() - interval '7 days', 'SUCCEEDED')`,
    );
    expect(codeOf(await login('education.head', 'demo-2021', '10.72.0.1'))).toBeUndefined();
    expect(verify).toHaveBeenCalledTimes(1);
  });

  it('lets the first 10 failures from different addresses through, then the delay starts', async () => {
    await recentFailures('auditor', 9, '10.73.0.');
    expect(codeOf(await login('auditor', 'wrong', '10.74.0.1'))).toBe('UNAUTHENTICATED');
    // 10 failures now, the last one a moment ago: a stranger waits a second (or more).
    await db().query(`UPDATE login_attempt SET at = clock_timestamp() WHERE ip = '10.74.0.1'`);
    expect(codeOf(await login('auditor', 'demo-2021', '10.74.0.2'))).toBe('RATE_LIMITED');
    // once that second has passed (here: the failures are moved back in time), it may try again
    await db().query(`UPDATE login_attempt SET at = at - interval '5 seconds' WHERE username = 'auditor'`);
    expect(codeOf(await login('auditor', 'demo-2021', '10.74.0.2'))).toBeUndefined();
  });
});

describe('a successful sign-in', () => {
  it("clears that username's failures at that address, and nothing else", async () => {
    for (let i = 0; i < 4; i += 1) expect(codeOf(await login('analyst', `wrong-${i}`, '10.80.0.1'))).toBe('UNAUTHENTICATED');
    await recentFailures('analyst', 3, '10.81.0.');
    expect(codeOf(await login('other.user', 'x', '10.80.0.1'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await login('analyst', 'demo-2021', '10.80.0.1'))).toBeUndefined();
    expect(await outcomes('analyst')).toEqual({ CLEARED: 4, FAILED: 3, SUCCEEDED: 1 });
    expect(await outcomes('other.user')).toEqual({ FAILED: 1 });
    // the cleared pair has its 5 tries again
    for (let i = 0; i < 5; i += 1) expect(codeOf(await login('analyst', `again-${i}`, '10.80.0.1'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await login('analyst', 'demo-2021', '10.80.0.1'))).toBe('RATE_LIMITED');
  });
});

describe('signInLockouts and clearSignInLockout', () => {
  const LOCKOUTS = `{ signInLockouts { kind username address failures lastFailureAt until } }`;
  const CLEAR = `mutation($u: String, $a: String) { clearSignInLockout(username: $u, address: $a) }`;

  it('shows the admin every limit in force, audited; nobody else', async () => {
    for (let i = 0; i < 5; i += 1) await login('commune1.chair', `wrong-${i}`, '10.90.0.1');
    await recentFailures('lead.officer', 12, '10.91.0.');
    const result = await execute<{ signInLockouts: { kind: string; username: string | null; address: string | null; failures: number }[] }>(
      LOCKOUTS,
      { as: 'admin' },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.signInLockouts.map(({ kind, username, address, failures }) => ({ kind, username, address, failures }))).toEqual(
      expect.arrayContaining([
        { kind: 'USERNAME_AT_ADDRESS', username: 'commune1.chair', address: '10.90.0.1', failures: 5 },
        { kind: 'USERNAME', username: 'lead.officer', address: null, failures: 12 },
      ]),
    );
    expect(result.data!.signInLockouts).toHaveLength(2);
    const [{ n }] = await db().query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'SIGN_IN_LOCKOUTS_VIEWED'`);
    expect(n).toBe(1);
    for (const as of ['auditor', 'lead.officer', 'commune1.officer', 'analyst'] as const) {
      expect(codeOf(await execute(LOCKOUTS, { as })), as).toBe('FORBIDDEN');
      expect(codeOf(await execute(CLEAR, { as, variables: { u: 'commune1.chair' } })), as).toBe('FORBIDDEN');
    }
    expect(codeOf(await execute(LOCKOUTS, { as: null }))).toBe('UNAUTHENTICATED');
  });

  it('lets the admin lift a lockout, audited, and the user signs in again from that address', async () => {
    for (let i = 0; i < 5; i += 1) await login('commune1.chair', `wrong-${i}`, '10.92.0.1');
    expect(codeOf(await login('commune1.chair', 'demo-2021', '10.92.0.1'))).toBe('RATE_LIMITED');
    expect(codeOf(await execute(CLEAR, { as: 'admin', variables: {} }))).toBe('BAD_USER_INPUT');
    const cleared = await execute<{ clearSignInLockout: number }>(CLEAR, {
      as: 'admin',
      variables: { u: 'Commune1.Chair ', a: '10.92.0.1' },
    });
    expect(cleared.data).toEqual({ clearSignInLockout: 5 });
    const [event] = await db().query(`SELECT data FROM audit_event WHERE action = 'SIGN_IN_LOCKOUT_CLEARED'`);
    expect(event.data).toEqual({ username: 'commune1.chair', address: '10.92.0.1', cleared: 5 });
    expect(codeOf(await login('commune1.chair', 'demo-2021', '10.92.0.1'))).toBeUndefined();
    expect((await execute<{ signInLockouts: unknown[] }>(LOCKOUTS, { as: 'admin' })).data!.signInLockouts).toEqual([]);
  });
});
