import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { env } from '../config/env';
import { db } from '../common/db';
import { startHttpServer, type RunningServer } from './http';

// One smoke test over HTTP: headers, cookies, bearer tokens, CSRF prevention, health.
let server: RunningServer;

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  server = await startHttpServer({ ...env, cookieSecure: false }, db(), 0);
});

afterAll(async () => {
  await server.stop();
  await new Promise((resolve) => server.httpServer.close(resolve));
});

describe('HTTP', () => {
  it('reports the database state on /healthz', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('sets an HttpOnly SameSite cookie on login that signs the browser in', async () => {
    const res = await post({ query: 'mutation { login(username: "commune1.officer", password: "demo-2021") { user { username } } }' });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^cp_session=cps_[\w-]+;/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const me = await post({ query: '{ me { username } }' }, { cookie: cookie.split(';')[0]! });
    expect(await me.json()).toEqual({ data: { me: { username: 'commune1.officer' } } });
  });

  it('accepts a bearer token from login for scripts', async () => {
    const login = await post({ query: 'mutation { login(username: "analyst", password: "demo-2021") { token } }' });
    const { data } = (await login.json()) as { data: { login: { token: string } } };
    const me = await post({ query: '{ me { role } }' }, { authorization: `Bearer ${data.login.token}` });
    expect(await me.json()).toEqual({ data: { me: { role: 'ANALYST' } } });
  });

  it('refuses a fragment bomb from an anonymous caller, and keeps answering others meanwhile', async () => {
    const bomb = (levels: number) =>
      `query { ...F0 } ${Array.from({ length: levels - 1 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ')} ` +
      `fragment F${levels - 1} on Query { me { id } }`;
    const [b22, b30, health] = await Promise.all([post({ query: bomb(22) }), post({ query: bomb(30) }), fetch(`${server.url}/healthz`)]);
    for (const res of [b22, b30]) {
      expect(res.status).toBe(400);
      const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(body.errors[0]!.message).toContain('QUERY_MAX_COST');
    }
    expect(health.status).toBe(200);
  });

  it('refuses a document longer than QUERY_MAX_TOKENS before analysing it', async () => {
    const long = `{ ${Array.from({ length: env.queryMaxTokens }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const res = await post({ query: long });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses simple cross-site requests (CSRF prevention)', async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ me { username } }')}`);
    expect(res.status).toBe(400);
  });

  it('sends security headers and a request id', async () => {
    const res = await post({ query: '{ me { username } }' });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('answers in English to an anonymous English browser, without internals', async () => {
    const res = await post({ query: '{ children { totalCount } }' }, { 'accept-language': 'en-GB,en;q=0.9' });
    const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.message).toBe('You need to sign in.');
    expect(body.errors[0]!.extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });
});
