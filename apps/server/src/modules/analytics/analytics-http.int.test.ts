import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { env } from '../../config/env';
import { db } from '../../common/db';
import { startHttpServer, type RunningServer } from '../../app/http';
import { COMMUNE1, unitId } from '../../../test/fixtures';

// Over HTTP, as scripts use it: analyst's API token as a Bearer token, per-token rate limits,
// query limits (depth, aliases, cost), introspection, and the CSV download.
let server: RunningServer;

type Body = { data?: Record<string, unknown> | null; errors?: { message: string; extensions: { code: string } }[] };
const post = async (body: unknown, headers: Record<string, string> = {}) => {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Body };
};
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

const login = async (username: string): Promise<string> =>
  (
    (await post({ query: `mutation { login(username: "${username}", password: "demo-2021") { token } }` })).body.data!.login as {
      token: string;
    }
  ).token;

const createToken = async (session: string): Promise<{ id: string; token: string }> =>
  (await post({ query: 'mutation { createApiToken(name: "script") { id token } }' }, bearer(session))).body.data!.createApiToken as {
    id: string;
    token: string;
  };

beforeAll(async () => {
  server = await startHttpServer({ ...env, cookieSecure: false }, db(), 0);
});

beforeEach(async () => {
  const commune1 = await unitId(COMMUNE1);
  await db().query(
    `INSERT INTO child (code, full_name, search_text, date_of_birth, sex, commune_id)
     SELECT 'H-' || g, 'Trẻ ' || g, 'tre ' || g, '2016-03-01', CASE WHEN g % 2 = 0 THEN 'MALE' ELSE 'FEMALE' END, $1
     FROM generate_series(1, 20) g`,
    [commune1],
  );
});

afterAll(async () => {
  await server.stop();
  await new Promise((resolve) => server.httpServer.close(resolve));
});

describe('analytics over HTTP', () => {
  it('accepts a token from createApiToken as a Bearer token for stats, and records its last use', async () => {
    const { id, token } = await createToken(await login('analyst'));
    const { body } = await post(
      { query: '{ stats(measure: CHILDREN, groupBy: [SEX]) { total rows { keys { code } value } } }' },
      bearer(token),
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.stats).toEqual({
      total: 20,
      rows: [
        { keys: [{ code: 'FEMALE' }], value: 10 },
        { keys: [{ code: 'MALE' }], value: 10 },
      ],
    });
    const [row] = await db().query('SELECT last_used_at FROM auth_session WHERE id = $1', [id]);
    expect(row.last_used_at).not.toBeNull();
  });

  it('limits each API token to its requests per minute, counted in PostgreSQL', async () => {
    const previous = env.apiTokenRequestsPerMinute;
    env.apiTokenRequestsPerMinute = 3;
    try {
      const { token } = await createToken(await login('analyst'));
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await post({ query: '{ me { role } }' }, bearer(token))).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const limited = await post({ query: '{ me { role } }' }, { ...bearer(token), 'accept-language': 'en' });
      expect(limited.body.errors![0]!.extensions.code).toBe('RATE_LIMITED');
      expect(limited.body.errors![0]!.message).toContain('API_TOKEN_REQUESTS_PER_MINUTE');
    } finally {
      env.apiTokenRequestsPerMinute = previous;
    }
  });

  it('refuses a 16-level deep query, naming the depth limit', async () => {
    const session = await login('analyst');
    // me → jurisdiction → 13 × parent → id: 16 levels
    const deep = `{ me { jurisdiction { ${'parent { '.repeat(13)}id${' }'.repeat(13)} } } }`;
    const { status, body } = await post({ query: deep }, { ...bearer(session) });
    expect(status).toBe(400);
    expect(body.errors![0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors![0]!.message).toMatch(/16 cấp.*10 cấp.*QUERY_MAX_DEPTH/);
  });

  it('refuses a query with 300 aliases, naming the alias limit', async () => {
    const session = await login('analyst');
    const query = `{ ${Array.from({ length: 300 }, (_, i) => `a${i}: me { username }`).join(' ')} }`;
    const { status, body } = await post({ query }, { ...bearer(session), 'accept-language': 'en' });
    expect(status).toBe(400);
    expect(body.errors![0]!.message).toContain('300 bí danh');
    expect(body.errors![0]!.message).toContain('QUERY_MAX_ALIASES');
  });

  it('refuses a query over the cost budget (list sizes count)', async () => {
    const session = await login('lead.officer');
    const query = `{ children(first: 1000) { nodes { id commune { name agencies: id } village { name } caregivers { fullName } } } a: children(first: 1000) { nodes { id } } }`;
    const { body } = await post({ query }, bearer(session));
    expect(body.errors![0]!.message).toContain('QUERY_MAX_COST');
  });

  it('answers introspection to signed-in users only', async () => {
    const anonymous = await post({ query: '{ __schema { queryType { name } } }' });
    expect(anonymous.body.errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
    const signedIn = await post({ query: '{ __schema { queryType { name } } }' }, bearer(await login('analyst')));
    expect(signedIn.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('downloads any stats answer as CSV, suppressed cells as "<5"', async () => {
    const session = await login('analyst');
    await db().query(`UPDATE child SET sex = 'UNKNOWN' WHERE code = 'H-1'`);
    const res = await fetch(`${server.url}/api/stats.csv?measure=CHILDREN&groupBy=COMMUNE&groupBy=SEX`, { headers: bearer(session) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toContain('children-commune-sex.csv');
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Xã/phường (mã),Xã/phường,Giới tính (mã),Giới tính,Số trẻ em');
    // 1 child of unknown sex (primary) and the next smallest cell, 9 girls (secondary), are hidden.
    expect(lines.slice(1)).toEqual([
      `${COMMUNE1},Xã Bình Lư (đến 30/06/2025),FEMALE,Nữ,<5`,
      `${COMMUNE1},Xã Bình Lư (đến 30/06/2025),MALE,Nam,10`,
      `${COMMUNE1},Xã Bình Lư (đến 30/06/2025),UNKNOWN,Chưa rõ,<5`,
      'Tổng,,,,20',
    ]);
    const anonymous = await fetch(`${server.url}/api/stats.csv?measure=CHILDREN&groupBy=SEX`);
    expect(anonymous.status).toBe(401);
    const auditor = await fetch(`${server.url}/api/stats.csv?measure=CHILDREN&groupBy=SEX`, { headers: bearer(await login('auditor')) });
    expect(auditor.status).toBe(403);
  });
});
