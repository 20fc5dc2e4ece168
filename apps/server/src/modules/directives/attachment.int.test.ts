import type { HttpErrorBody } from '../../common/http-route';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { env } from '../../config/env';
import { db } from '../../common/db';
import { startHttpServer, type RunningServer } from '../../app/http';
import { execute, type DemoUser } from '../../../test/execute';

// Who: education.head uploads evidence to her agency's update; police.officer (another agency)
// may neither add to it nor read a draft's files; commune1.officer drafts for Xã Bình Lư.
let server: RunningServer;

beforeAll(async () => {
  server = await startHttpServer({ ...env, cookieSecure: false }, db(), 0);
});

afterAll(async () => {
  await server.stop();
  await new Promise((resolve) => server.httpServer.close(resolve));
});

const tokenOf = async (username: DemoUser): Promise<string> => {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(username: "${username}", password: "demo-2021") { token } }` }),
  });
  return ((await res.json()) as { data: { login: { token: string } } }).data.login.token;
};

const updateFor = async (as: DemoUser, agencyCode: string, draft: boolean): Promise<string> => {
  const [duty] = await db().query(
    `SELECT d.id FROM agency_duty d JOIN agency a ON a.id = d.agency_id WHERE a.code = $1 ORDER BY d.position LIMIT 1`,
    [agencyCode],
  );
  const result = await execute<{ submitDutyUpdate: { id: string } }>(
    `mutation($input: SubmitDutyUpdateInput!) { submitDutyUpdate(input: $input) { id } }`,
    { as, variables: { input: { dutyId: duty.id, period: '2021-H2', status: 'DONE', progress: 100, summary: 'Xong.', draft } } },
  );
  return result.data!.submitDutyUpdate.id;
};

const upload = (token: string, updateId: string, name: string, type: string, body: Buffer) =>
  fetch(`${server.url}/api/duty-updates/${updateId}/attachments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': type, 'x-file-name': encodeURIComponent(name) },
    body: new Uint8Array(body),
  });

describe('evidence attachments', () => {
  it('stores a checked file for the own agency, audited, and serves it back', async () => {
    const updateId = await updateFor('education.head', 'GDDT-106', false);
    const token = await tokenOf('education.head');
    const pdf = Buffer.from('%PDF-1.4\nbiên bản kiểm tra\n%%EOF');
    const res = await upload(token, updateId, 'Biên bản kiểm tra.pdf', 'application/pdf', pdf);
    expect(res.status).toBe(201);
    const saved = (await res.json()) as { url: string; fileName: string };
    expect(saved.fileName).toBe('Biên bản kiểm tra.pdf');
    const back = await fetch(`${server.url}${saved.url}`, { headers: { authorization: `Bearer ${await tokenOf('police.officer')}` } });
    expect(back.status).toBe(200);
    expect(Buffer.from(await back.arrayBuffer())).toEqual(pdf);
    const audit = await db().query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'DUTY_ATTACHMENT_ADDED' AND entity_id = $1`, [
      updateId,
    ]);
    expect(audit[0].n).toBe(1);
  });

  it('refuses a disguised file, an oversized one and another agency', async () => {
    const updateId = await updateFor('education.head', 'GDDT-106', false);
    const token = await tokenOf('education.head');
    const exe = await upload(token, updateId, 'bao-cao.pdf', 'application/pdf', Buffer.from('MZ\x90\x00 not a pdf'));
    expect(exe.status).toBe(400);
    expect(((await exe.json()) as HttpErrorBody).error.fields[0]!.message).toContain('Chỉ nhận tệp PDF');
    const big = Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(5 * 1024 * 1024)]);
    expect((await upload(token, updateId, 'lon.pdf', 'application/pdf', big)).status).toBe(400);
    const html = await upload(token, updateId, 'a.html', 'text/html', Buffer.from('<script>'));
    expect(html.status).toBe(400);
    const police = await upload(await tokenOf('police.officer'), updateId, 'x.pdf', 'application/pdf', Buffer.from('%PDF-1.4'));
    expect(police.status).toBe(403);
    const files = await db().query(`SELECT count(*)::int AS n FROM duty_attachment`);
    expect(files[0].n).toBe(0);
  });

  it("hides a draft's files from other agencies", async () => {
    const updateId = await updateFor('commune1.officer', 'UBND-03412', true);
    const res = await upload(
      await tokenOf('commune1.officer'),
      updateId,
      'anh.png',
      'image/png',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2]),
    );
    expect(res.status).toBe(201);
    const { url } = (await res.json()) as { url: string };
    const other = await fetch(`${server.url}${url}`, { headers: { authorization: `Bearer ${await tokenOf('education.head')}` } });
    expect(other.status).toBe(404);
    const chair = await fetch(`${server.url}${url}`, { headers: { authorization: `Bearer ${await tokenOf('commune1.chair')}` } });
    expect(chair.status).toBe(200);
  });
});
