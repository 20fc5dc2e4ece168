import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningServer } from '../../app/http';
import { env } from '../../config/env';
import { db } from '../../common/db';
import { execute } from '../../../test/execute';
import { COMMUNE1, unitId } from '../../../test/fixtures';

// Form 01 over HTTP, as the report's commune (HTML and PDF with embedded Vietnamese fonts) and
// as another commune (refused). The PDF is checked with poppler: fonts embedded, text
// extractable with its diacritics, and rendered to a PNG.
let server: RunningServer;
const tokens: Record<string, string> = {};

const login = async (username: string) => {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(username: "${username}", password: "demo-2021") { token } }` }),
  });
  return ((await res.json()) as { data: { login: { token: string } } }).data.login.token;
};
const get = (url: string, as: string) => fetch(`${server.url}${url}`, { headers: { authorization: `Bearer ${tokens[as]}` } });

beforeAll(async () => {
  server = await startHttpServer({ ...env, cookieSecure: false }, db(), 0);
});
afterAll(async () => {
  await server.stop();
  await new Promise((resolve) => server.httpServer.close(resolve));
});

describe('printable Form 01', () => {
  it('prints as HTML and PDF for the report commune, audited; refuses another commune', async () => {
    for (const u of ['commune1.officer', 'commune2.officer', 'analyst']) tokens[u] = await login(u);
    const submitted = await execute<{ submitAbuseReport: { id: string } }>(
      `mutation($input: SubmitAbuseReportInput!) { submitAbuseReport(input: $input) { id } }`,
      {
        as: 'commune1.officer',
        variables: {
          input: {
            receivedAt: '2026-04-29T10:00:00+07:00',
            channel: 'HOTLINE_111',
            category: 'ABUSED',
            abuseForms: ['VIOLENCE'],
            communeId: await unitId(COMMUNE1),
            description: 'Trẻ bị đánh, cần hỗ trợ ngay',
            childName: 'Lò Văn Pâng',
            reporter: { anonymous: false, fullName: 'Nguyễn Thị Hường', phone: '0912345678' },
          },
        },
      },
    );
    const id = submitted.data!.submitAbuseReport.id;

    const html = await get(`/api/forms/01/${id}`, 'commune1.officer');
    expect(html.status).toBe(200);
    expect(html.headers.get('cache-control')).toBe('no-store');
    const text = await html.text();
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'UBND XÃ BÌNH LƯ',
      'BÁO CÁO TIẾP NHẬN THÔNG TIN TRẺ EM',
      'Bình Lư, ngày 29 tháng 04 năm 2026',
      'Lò Văn Pâng',
      'Nguyễn Thị Hường',
      'NGƯỜI TIẾP NHẬN',
    ])
      expect(text).toContain(s);

    const pdf = await get(`/api/forms/01/${id}?format=pdf`, 'commune1.officer');
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'form01-'));
    const file = path.join(dir, 'form01.pdf');
    fs.writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
    const fonts = execFileSync('pdffonts', [file]).toString();
    expect(fonts).toMatch(/Serif/);
    expect(
      fonts
        .split('\n')
        .slice(2)
        .filter(Boolean)
        .every((l) => /\byes\s+yes\b/.test(l)),
    ).toBe(true); // embedded, subset
    const extracted = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Lò Văn Pâng', 'Trẻ bị đánh, cần hỗ trợ ngay', 'Nguyễn Thị Hường'])
      expect(extracted).toContain(s);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', file, path.join(dir, 'page')]);
    expect(fs.statSync(path.join(dir, 'page.png')).size).toBeGreaterThan(5000);

    expect((await get(`/api/forms/01/${id}`, 'commune2.officer')).status).toBe(404);
    expect((await get(`/api/forms/01/${id}?format=pdf`, 'commune2.officer')).status).toBe(404);
    expect((await get(`/api/forms/01/${id}`, 'analyst')).status).toBe(403);
    expect((await fetch(`${server.url}/api/forms/01/${id}`)).status).toBe(401);

    const audit: { action: string }[] = await db().query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY at`, [id]);
    expect(audit.filter((a) => a.action === 'FORM_PRINTED')).toHaveLength(2);
    expect(audit.filter((a) => a.action === 'REPORTER_VIEWED')).toHaveLength(2);
  });
});
