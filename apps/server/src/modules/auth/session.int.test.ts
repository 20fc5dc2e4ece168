import { describe, expect, it } from 'vitest';
import { db } from '../../common/db';
import { codeOf, execute, type DemoUser } from '../../../test/execute';
import { sessionService } from './session.service';

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { username role permissions jurisdiction { name } } } }`;
const DEMO_USERS: DemoUser[] = [
  'admin',
  'lead.officer',
  'commune1.officer',
  'commune2.officer',
  'commune1.chair',
  'commune1.collab',
  'police.officer',
  'education.head',
  'analyst',
  'auditor',
];

const login = (u: string, p: string, ip = '10.1.1.1') =>
  execute<{ login: { token: string; user: { username: string; role: string } } }>(LOGIN, { as: null, variables: { u, p }, ip });

describe('login', () => {
  it('signs in every demo account, and the token authenticates as that user', async () => {
    for (const username of DEMO_USERS) {
      const result = await login(username, 'demo-2021');
      expect(result.errors, username).toBeUndefined();
      expect(result.data!.login.user.username).toBe(username);
      const { actor } = await sessionService.authenticate(result.data!.login.token);
      expect(actor?.username).toBe(username);
    }
  });

  it('stores only a hash of the token', async () => {
    const { data } = await login('analyst', 'demo-2021');
    const rows: { token_hash: string }[] = await db().query('SELECT token_hash FROM auth_session');
    expect(rows.map((r) => r.token_hash)).not.toContain(data!.login.token);
    expect(rows[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('answers UNAUTHENTICATED to a wrong password or unknown user, and audits the failure', async () => {
    const wrong = await login('commune1.officer', 'nope');
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0]!.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(codeOf(await login('nobody', 'nope'))).toBe('UNAUTHENTICATED');
    const audit: { action: string; n: number }[] = await db().query(`SELECT action, count(*)::int AS n FROM audit_event GROUP BY action`);
    expect(audit).toEqual([{ action: 'LOGIN_FAILED', n: 2 }]);
  });
  // Sign-in limits: sign-in-throttle.int.test.ts.
});

describe('sessions', () => {
  it('ends a session on logout', async () => {
    const { data } = await login('auditor', 'demo-2021');
    const { actor } = await sessionService.authenticate(data!.login.token);
    await sessionService.logout({
      actor,
      sessionExpired: false,
      sessionId: actor!.sessionId,
      locale: 'vi',
      request: { requestId: 'r', ip: '1.1.1.1', userAgent: 't' },
      loaders: {} as never,
      cookies: { set: () => undefined, clear: () => undefined },
    });
    expect(await sessionService.authenticate(data!.login.token)).toEqual({ actor: null, expired: true });
  });

  it('expires an idle session and an old one', async () => {
    const idle = (await login('auditor', 'demo-2021')).data!.login.token;
    await db().query(`UPDATE auth_session SET last_used_at = now() - interval '31 minutes'`);
    expect(await sessionService.authenticate(idle)).toEqual({ actor: null, expired: true });
    const old = (await login('analyst', 'demo-2021')).data!.login.token;
    await db().query(`UPDATE auth_session SET expires_at = now() - interval '1 second' WHERE last_used_at > now() - interval '1 minute'`);
    expect((await sessionService.authenticate(old)).actor).toBeNull();
  });

  it('answers me with null when not signed in, and with the user when signed in', async () => {
    expect((await execute(`{ me { username } }`, { as: null })).data).toEqual({ me: null });
    const me = await execute(`{ me { username role locale jurisdiction { name } agency { kind } } }`, { as: 'commune1.officer' });
    expect(me.data).toEqual({
      me: {
        username: 'commune1.officer',
        role: 'COMMUNE_OFFICER',
        locale: 'vi',
        jurisdiction: { name: 'Xã Bình Lư' },
        agency: { kind: 'PEOPLES_COMMITTEE' },
      },
    });
  });

  it('remembers the language per user, and validates it', async () => {
    const set = await execute(`mutation { setMyLocale(locale: "en") { locale } }`, { as: 'commune1.chair' });
    expect(set.data).toEqual({ setMyLocale: { locale: 'en' } });
    const bad = await execute(`mutation { setMyLocale(locale: "fr") { locale } }`, { as: 'commune1.chair' });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(codeOf(await execute(`mutation { setMyLocale(locale: "en") { locale } }`, { as: null }))).toBe('UNAUTHENTICATED');
    await db().query(`UPDATE app_user SET locale = 'vi' WHERE username = 'commune1.chair'`);
  });
});

describe('API tokens', () => {
  it('creates a token shown once, lists it without the secret, and revokes it', async () => {
    const created = await execute<{ createApiToken: { id: string; token: string } }>(
      `mutation { createApiToken(name: "script") { id name token } }`,
      { as: 'analyst' },
    );
    const { id, token } = created.data!.createApiToken;
    expect(token).toMatch(/^cpt_/);
    expect((await sessionService.authenticate(token)).actor?.username).toBe('analyst');
    const listed = await execute(`{ apiTokens { id name token } }`, { as: 'analyst' });
    expect(listed.data).toEqual({ apiTokens: [{ id, name: 'script', token: null }] });
    expect(codeOf(await execute(`mutation($id: ID!) { revokeApiToken(id: $id) }`, { as: 'lead.officer', variables: { id } }))).toBe(
      'NOT_FOUND',
    );
    await execute(`mutation($id: ID!) { revokeApiToken(id: $id) }`, { as: 'analyst', variables: { id } });
    expect((await sessionService.authenticate(token)).actor).toBeNull();
  });

  it('is forbidden to roles without API access', async () => {
    expect(codeOf(await execute(`mutation { createApiToken(name: "x") { id } }`, { as: 'commune1.collab' }))).toBe('FORBIDDEN');
    expect(codeOf(await execute(`mutation { createApiToken(name: "x") { id } }`, { as: null }))).toBe('UNAUTHENTICATED');
  });
});
