import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '@cp/schema';
import { db } from '../common/db';
import type { HttpErrorBody } from '../common/http-route';
import { env } from '../config/env';
import { startHttpServer, type RunningServer } from './http';

// The plain HTTP routes' one pipeline, over HTTP as browsers and scripts call it.
// Who: commune1.officer (cookie as the web app, bearer token as a script), anonymous callers.
let server: RunningServer;
let cookie = '';
let token = '';

const csv = (name: string) => `fullName,dateOfBirth,sex,communeCode\n${name},2015-06-30,MALE,03412\n`;
const form = (name: string) => {
  const body = new FormData();
  body.append('file', new Blob([csv(name)]), 'c.csv');
  return body;
};
const children = async (name: string): Promise<number> =>
  Number((await db().query('SELECT count(*) AS n FROM child WHERE full_name = $1', [name]))[0].n);
const importAs = (headers: Record<string, string>, name: string) =>
  fetch(`${server.url}/api/imports/children`, { method: 'POST', headers, body: form(name) });

beforeAll(async () => {
  server = await startHttpServer({ ...env, cookieSecure: false }, db(), 0);
});

// Sessions are records: emptied before each test with the others.
beforeEach(async () => {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { login(username: "commune1.officer", password: "demo-2021") { token } }' }),
  });
  cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  token = ((await res.json()) as { data: { login: { token: string } } }).data.login.token;
});

afterAll(async () => {
  await server.stop();
  await new Promise((resolve) => server.httpServer.close(resolve));
});

describe('cross-site request forgery on state-changing routes', () => {
  it('refuses a same-site page on another port that posts a form with the victim’s cookie', async () => {
    // What the security review did: a page on http://127.0.0.1:4199 auto-submitting a multipart form.
    const forged = await importAs({ cookie, origin: 'http://127.0.0.1:4199', 'sec-fetch-site': 'same-site' }, 'CSRF Child');
    expect(forged.status).toBe(403);
    expect(((await forged.json()) as HttpErrorBody).error).toMatchObject({ code: 'FORBIDDEN', fields: [] });
    // a browser that does not send Sec-Fetch-Site: Origin is another host
    expect((await importAs({ cookie, origin: 'http://127.0.0.1:4199' }, 'CSRF Child')).status).toBe(403);
    // an HTML form from a page that sends neither: a simple request, never preflighted
    expect((await importAs({ cookie }, 'CSRF Child')).status).toBe(403);
    // a sandboxed page
    expect((await importAs({ cookie, origin: 'null', [CSRF_HEADER]: 'x' }, 'CSRF Child')).status).toBe(403);
    expect(await children('CSRF Child')).toBe(0);
  });

  it('accepts the web app’s own upload (custom header, same origin) and a script’s bearer token', async () => {
    const own = await importAs(
      { cookie, [CSRF_HEADER]: 'fetch', 'sec-fetch-site': 'same-origin', origin: server.url.replace('localhost', '127.0.0.1') },
      'Own Upload',
    );
    // Origin is only read when the browser does not say Sec-Fetch-Site
    expect(own.status).toBe(200);
    expect(await own.json()).toMatchObject({ written: 1 });
    const script = await importAs({ authorization: `Bearer ${token}` }, 'Script Upload');
    expect(script.status).toBe(200);
    expect(await children('Own Upload')).toBe(1);
    expect(await children('Script Upload')).toBe(1);
  });

  it('asks an anonymous caller to sign in (no session, nothing to forge)', async () => {
    const res = await importAs({ 'accept-language': 'en' }, 'Anonymous');
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'You need to sign in.', fields: [] } });
  });
});

describe('one error shape', () => {
  it('answers every route error as { error: { code, message, fields } } in the caller’s language', async () => {
    const bad = await fetch(`${server.url}/api/stats.csv?measure=CHILDREN&sex=BOGUS`, { headers: { authorization: `Bearer ${token}` } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as HttpErrorBody).error).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Dữ liệu nhập chưa hợp lệ.',
      fields: [],
    });
    // a NUL is refused before any route runs, in the same shape
    const nul = await fetch(`${server.url}/api/stats.csv?measure=CHILDREN&sex=%00`, { headers: { authorization: `Bearer ${token}` } });
    expect(nul.status).toBe(400);
    expect(((await nul.json()) as HttpErrorBody).error).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Yêu cầu chứa ký tự không hợp lệ (ký tự NUL).',
      fields: [],
    });
    const unknown = await fetch(`${server.url}/api/nothing-here`, { headers: { 'accept-language': 'en' } });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Record not found.', fields: [] } });
    // the same request, well formed, is answered
    const good = await fetch(`${server.url}/api/stats.csv?measure=CHILDREN&sex=FEMALE`, { headers: { authorization: `Bearer ${token}` } });
    expect(good.status).toBe(200);
  });

  it('shows the same message as a page to a browser that navigated to a download', async () => {
    const res = await fetch(`${server.url}/api/forms/01/00000000-0000-0000-0000-000000000000`, {
      headers: { cookie, accept: 'text/html,application/xhtml+xml' },
    });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await res.text();
    expect(page).toContain('Không tìm thấy bản ghi.');
    expect(page).toContain('<a href="/">Quay lại ứng dụng</a>');
  });
});
