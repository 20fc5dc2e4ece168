import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { env } from '../../config/env';
import { db } from '../../common/db';
import { startHttpServer, type RunningServer } from '../../app/http';

// Over HTTP, as the browser and scripts call it: session cookie or bearer token.
let server: RunningServer;

const tokenOf = async (username: string): Promise<string> => {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(username: "${username}", password: "demo-2021") { token } }` }),
  });
  return ((await res.json()) as { data: { login: { token: string } } }).data.login.token;
};

const upload = async (token: string, content: string | Buffer, name: string, query = '') => {
  const form = new FormData();
  form.append('file', new Blob([typeof content === 'string' ? content : new Uint8Array(content)]), name);
  return fetch(`${server.url}/api/imports/children${query}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
};

const count = async (): Promise<number> => Number((await db().query('SELECT count(*) AS n FROM child'))[0].n);

// 200 rows in Xã Bình Lư (03412) with Vietnamese headers; rows 11, 51 and 151 (file rows) are bad.
const csv200 = (fixed = false) => {
  const lines = [
    'Họ và tên,Ngày sinh,Giới tính,Mã xã,Mã thôn/bản,Dân tộc,Số định danh cá nhân,Địa chỉ,Họ tên người chăm sóc,Quan hệ với trẻ',
  ];
  for (let i = 1; i <= 200; i++) {
    const fileRow = i + 1;
    let dob = `${String((i % 28) + 1).padStart(2, '0')}/0${(i % 9) + 1}/2015`;
    let sex = i % 2 ? 'Nam' : 'Nữ';
    let commune = '03412';
    if (!fixed && fileRow === 11) dob = '31/02/2015';
    if (!fixed && fileRow === 51) sex = 'X';
    if (!fixed && fileRow === 151) commune = '03424'; // another commune: outside the officer's jurisdiction
    lines.push(`Lò Văn Thử ${i},${dob},${sex},${commune},03412-01,Thái,,Bản Nà Đon,Lò Văn Bố ${i},Bố`);
  }
  return lines.join('\n');
};

beforeAll(async () => {
  server = await startHttpServer({ ...env, cookieSecure: false }, db(), 0);
});

afterAll(async () => {
  await server.stop();
  await new Promise((resolve) => server.httpServer.close(resolve));
});

describe('POST /api/imports/children', () => {
  it('names the three bad rows in a dry run and writes nothing; the real run imports 197', async () => {
    const token = await tokenOf('commune1.officer');
    const dry = await upload(token, csv200(), 'children.csv', '?dryRun=true');
    expect(dry.status).toBe(200);
    const result = (await dry.json()) as {
      total: number;
      valid: number;
      written: number;
      errors: { row: number; field: string; message: string }[];
    };
    expect(result).toMatchObject({ total: 200, valid: 197, written: 0 });
    expect(result.errors).toEqual([
      { row: 11, field: 'dateOfBirth', message: 'Ngày không hợp lệ (định dạng YYYY-MM-DD).' },
      { row: 51, field: 'sex', message: 'Giới tính phải là Nam, Nữ, MALE, FEMALE hoặc UNKNOWN.' },
      { row: 151, field: 'communeCode', message: 'Không có xã/phường mã này trong phạm vi quản lý của bạn.' },
    ]);
    expect(await count()).toBe(0);

    const real = await upload(token, csv200(), 'children.csv');
    expect(await real.json()).toMatchObject({ total: 200, valid: 197, written: 197 });
    expect(await count()).toBe(197);
    const [{ n }] = await db().query(`SELECT count(*)::int AS n FROM caregiver`);
    expect(n).toBe(197);
    const [{ paths }] = await db().query(`SELECT count(DISTINCT unit_path)::int AS paths FROM child`);
    expect(paths).toBe(1);
  });

  it('accepts English headers and XLSX, and answers errors in English for an English user', async () => {
    const token = await tokenOf('lead.officer');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('x');
    sheet.addRow(['fullName', 'dateOfBirth', 'sex', 'communeCode', 'ethnicity', 'personalId']);
    sheet.addRow(['Giàng A Dế', '2014-07-02', 'MALE', '3424', 'Hmong', '012345678903']);
    sheet.addRow(['Giàng Thị Chò', '2099-01-01', 'FEMALE', '03424', 'Martian', '12']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    await db().query(`UPDATE app_user SET locale = 'en' WHERE username = 'lead.officer'`);
    const res = await upload(token, buffer, 'children.xlsx');
    const body = (await res.json()) as { written: number; errors: { row: number; field: string; message: string }[] };
    expect(body.written).toBe(1);
    expect(body.errors).toEqual([
      { row: 3, field: 'ethnicity', message: 'Not one of the 54 official ethnic groups.' },
      { row: 3, field: 'dateOfBirth', message: 'The date cannot be in the future.' },
      { row: 3, field: 'personalId', message: 'A personal identification number has exactly 12 digits.' },
    ]);
    const [child] = await db().query(`SELECT ethnicity, search_text FROM child`);
    expect(child).toMatchObject({ ethnicity: 'Mông' });
    expect(child.search_text).toMatch(/^giang a de te-03424-\d{6} 012345678903$/);
    await db().query(`UPDATE app_user SET locale = 'vi' WHERE username = 'lead.officer'`);
  });

  it('refuses roles without the import permission and anonymous callers', async () => {
    expect((await upload(await tokenOf('commune1.collab'), csv200(), 'c.csv')).status).toBe(403);
    const anonymous = await fetch(`${server.url}/api/imports/children`, { method: 'POST' });
    expect(anonymous.status).toBe(401);
    expect(await count()).toBe(0);
  });

  it('streams progress lines when asked for NDJSON, and serves the template', async () => {
    const token = await tokenOf('commune1.officer');
    const form = new FormData();
    form.append('file', new Blob([csv200(true)]), 'c.csv');
    const res = await fetch(`${server.url}/api/imports/children`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, accept: 'application/x-ndjson' },
      body: form,
    });
    const lines = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toEqual({ progress: { phase: 'check', done: 0, total: 200 } });
    expect(lines.at(-1)).toMatchObject({ result: { written: 200, errors: [] } });
    const template = await fetch(`${server.url}/api/imports/children/template.csv`, { headers: { authorization: `Bearer ${token}` } });
    expect((await template.text()).split('\n')[0]).toBe(
      'Họ và tên,Ngày sinh,Giới tính,Mã xã,Mã thôn/bản,Dân tộc,Số định danh cá nhân,Địa chỉ,Họ tên người chăm sóc,Quan hệ với trẻ',
    );
  });
});

describe('GET /api/exports/children.xlsx', () => {
  it("exports one commune's children only, with headers in the user's language, and audits it", async () => {
    await upload(await tokenOf('commune1.officer'), csv200(true), 'c1.csv');
    const other = 'fullName,dateOfBirth,sex,communeCode\nSùng A Tú,2015-06-30,MALE,03424\n';
    await upload(await tokenOf('commune2.officer'), other, 'c2.csv');
    const res = await fetch(`${server.url}/api/exports/children.xlsx`, {
      headers: { authorization: `Bearer ${await tokenOf('commune2.officer')}` },
    });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(2).value).toBe('Họ và tên');
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(2).value).toBe('Sùng A Tú');
    const audit = await db().query(`SELECT data FROM audit_event WHERE action = 'CHILDREN_EXPORTED'`);
    expect(audit).toEqual([{ data: { format: 'xlsx', rows: 1, filters: [] } }]);

    const lead = await fetch(`${server.url}/api/exports/children.csv?search=thu&sex=FEMALE`, {
      headers: { authorization: `Bearer ${await tokenOf('lead.officer')}` },
    });
    const lines = (await lead.text()).trim().split('\n');
    expect(lines).toHaveLength(101);
    expect(lines.slice(1).every((l) => l.includes('Lò Văn Thử') && l.includes(',Nữ,'))).toBe(true);
  });
});
