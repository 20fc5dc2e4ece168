import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { env } from '../../config/env';
import { db } from '../../common/db';
import { startHttpServer, type RunningServer } from '../../app/http';
import { codeOf, execute } from '../../../test/execute';
import { COMMUNE1, unitId } from '../../../test/fixtures';

// Who: lead.officer (Phòng LĐ-TB&XH, jurisdiction Huyện Tam Đường) compiles the district report;
// commune1.chair may compile Xã Bình Lư's but not the district's; education.head has no
// PERIODIC_REPORT_READ. Data: the demo children (6, in three communes), one circumstance added here.
const REPORT = `query($unitId: ID!, $period: String!) { periodicReport(unitId: $unitId, period: $period) {
  unit { name } period { code dueOn } heading { issuingBody parentBody placeAndDate title }
  sections { key title available columns lines { label value values } } downloadUrls } }`;

type Report = {
  sections: { key: string; available: boolean; lines: { label: string; value: number | null; values: (number | null)[] }[] }[];
  downloadUrls: string[];
  heading: { issuingBody: string; parentBody: string };
};

let server: RunningServer;
let district: string;
let cookie: string;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-report-'));

beforeAll(async () => {
  server = await startHttpServer({ ...env, cookieSecure: false }, db(), 0);
  district = (await db().query(`SELECT id FROM admin_unit WHERE code = '106' AND level = 'DISTRICT'`))[0].id;
});

// Sessions are records (emptied before each test): sign in again for each download.
const signIn = async () => {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { login(username: "lead.officer", password: "demo-2021") { token } }' }),
  });
  cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
};

afterAll(async () => {
  await server.stop();
  await new Promise((resolve) => server.httpServer.close(resolve));
  fs.rmSync(tmp, { recursive: true, force: true });
});

// Six children of the district at 30/04/2021 (three boys, three girls, aged 2 to 8), one born
// after the period and one already 18: neither of the last two is counted.
const seedChildren = async () => {
  const commune = await unitId(COMMUNE1);
  const births = [
    ['2014-03-12', 'MALE'],
    ['2017-08-01', 'FEMALE'],
    ['2012-11-20', 'MALE'],
    ['2019-01-05', 'FEMALE'],
    ['2015-06-30', 'MALE'],
    ['2016-10-10', 'FEMALE'],
    ['2022-01-01', 'MALE'],
    ['2002-01-01', 'FEMALE'],
  ];
  for (const [i, [dob, sex]] of births.entries()) {
    await db().query(
      `INSERT INTO child (code, full_name, search_text, date_of_birth, sex, commune_id) VALUES ($1, 'Trẻ thử', 'tre thu', $2, $3, $4)`,
      [`TE-T-${i}`, dob, sex, commune],
    );
  }
};

const compile = async () => {
  await seedChildren();
  const child: { id: string } = (await db().query(`SELECT id FROM child ORDER BY code LIMIT 1`))[0];
  await db().query(`INSERT INTO child_circumstance (child_id, "group", since) VALUES ($1, 'DISABLED', '2020-01-01')`, [child.id]);
  const result = await execute<{ periodicReport: Report }>(REPORT, {
    as: 'lead.officer',
    variables: { unitId: district, period: '2021-H1' },
  });
  expect(result.errors).toBeUndefined();
  return result.data!.periodicReport;
};

const download = async (url: string): Promise<Buffer> => {
  await signIn();
  const res = await fetch(`${server.url}${url}`, { headers: { cookie } });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
};

describe('periodicReport', () => {
  it('compiles the district report from the data, with placeholders for records not kept yet', async () => {
    const report = await compile();
    const section = (key: string) => report.sections.find((s) => s.key === key)!;
    expect(report.sections.map((s) => s.key)).toEqual([
      'children',
      'circumstances',
      'abuseReports',
      'cases',
      'deadlines',
      'injuries',
      'dutyProgress',
    ]);
    // the demo children are aged 2 to 8 at 30/04/2021, none of them born after it
    const children = section('children').lines;
    expect(children[0]).toMatchObject({ label: 'Tổng số trẻ em (dưới 16 tuổi)', value: 6 });
    expect(children.find((l) => l.label === 'Nam')!.value).toBe(3);
    expect(children.find((l) => l.label === 'Nữ')!.value).toBe(3);
    const circumstances = section('circumstances').lines;
    expect(circumstances).toHaveLength(15);
    expect(circumstances[0]!.value).toBe(1);
    expect(section('injuries')).toMatchObject({ available: false });
    expect(section('injuries').lines.every((l) => l.value === null)).toBe(true);
    expect(section('dutyProgress').lines.find((l) => l.label.startsWith('Phòng Giáo dục'))!.values).toEqual([5, 0, 0, 0, 5]);
    expect(report.heading).toMatchObject({ parentBody: 'ỦY BAN NHÂN DÂN HUYỆN TAM ĐƯỜNG' });
    expect(report.heading.issuingBody).toMatch(/^PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI/);
    expect(report.downloadUrls).toHaveLength(3);
  });

  it("keeps to the jurisdiction: a commune chair gets her commune's report, not the district's", async () => {
    const own = await execute(REPORT, { as: 'commune1.chair', variables: { unitId: await unitId(COMMUNE1), period: '2021-H2' } });
    expect(own.errors, JSON.stringify(own.errors)).toBeUndefined();
    expect(codeOf(await execute(REPORT, { as: 'commune1.chair', variables: { unitId: district, period: '2021-H2' } }))).toBe('NOT_FOUND');
    expect(codeOf(await execute(REPORT, { as: 'education.head', variables: { unitId: district, period: '2021-H2' } }))).toBe('FORBIDDEN');
    const anonymous = await fetch(`${server.url}/api/periodic-reports/${district}/2021-H1.pdf`);
    expect(anonymous.status).toBe(401);
  });

  it('downloads as XLSX that reads back with its Vietnamese text and numbers', async () => {
    const report = await compile();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await download(report.downloadUrls.find((u) => u.endsWith('.xlsx'))!)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Báo cáo')!;
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => texts.push(c.text)));
    expect(texts).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(texts).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(texts).toContain('Tổng số trẻ em (dưới 16 tuổi)');
    expect(texts).toContain('Không có dữ liệu');
    expect(texts.some((t) => /^Tam Đường, ngày \d{2} tháng \d{2} năm \d{4}$/.test(t))).toBe(true);
    expect(texts).toContain('Nơi nhận:');
    expect(texts).toContain('TRƯỞNG PHÒNG');
    let total: unknown;
    ws.eachRow((row) => {
      if (row.getCell(1).value === 'Tổng số trẻ em (dưới 16 tuổi)') total = row.getCell(2).value;
    });
    expect(total).toBe(6);
  });

  it('downloads as a PDF whose text and rendering keep the Vietnamese diacritics', async () => {
    const report = await compile();
    const file = path.join(tmp, 'report.pdf');
    fs.writeFileSync(file, await download(report.downloadUrls.find((u) => u.endsWith('.pdf'))!));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    if (process.env.KEEP_REPORT) fs.copyFileSync(file, process.env.KEEP_REPORT);
    for (const phrase of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'BÁO CÁO',
      'Kính gửi',
      'Trẻ em có hoàn cảnh đặc biệt theo 14 nhóm',
      'Không có dữ liệu',
      'Nơi nhận',
      'TRƯỞNG PHÒNG',
    ]) {
      expect(text).toContain(phrase);
    }
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toMatch(/DejaVuSerif.*yes/);
    // rendered to an image: the first page is not blank
    execFileSync('pdftoppm', ['-png', '-r', '40', '-f', '1', '-l', '1', file, path.join(tmp, 'page')]);
    const png = fs.readdirSync(tmp).find((f) => f.startsWith('page') && f.endsWith('.png'))!;
    expect(fs.statSync(path.join(tmp, png)).size).toBeGreaterThan(2000);
  });

  it('downloads as a DOCX with the administrative layout in its document text', async () => {
    const report = await compile();
    const zip = await JSZip.loadAsync(await download(report.downloadUrls.find((u) => u.endsWith('.docx'))!));
    const xml = await zip.file('word/document.xml')!.async('string');
    for (const phrase of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'ỦY BAN NHÂN DÂN HUYỆN TAM ĐƯỜNG',
      'Số:',
      'Kính gửi',
      'Nơi nhận:',
      'TRƯỞNG PHÒNG',
      'Khuyết tật',
      'Không có dữ liệu',
    ]) {
      expect(xml).toContain(phrase);
    }
  });
});
