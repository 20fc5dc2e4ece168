import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { env } from '../../config/env';
import { db } from '../../common/db';
import { startHttpServer, type RunningServer } from '../../app/http';
import { COMMUNE1, COMMUNE2, unitId } from '../../../test/fixtures';

// docs/analytics.md cannot rot: every code block marked `<!-- run: sh -->` or `<!-- run: node -->`
// is taken from the Markdown and run, in order, against a running server.
const run = promisify(execFile);
const DOC = path.resolve(__dirname, '../../../../../docs/analytics.md');

export const runnableBlocks = (markdown: string): { lang: 'sh' | 'node'; code: string }[] =>
  [...markdown.matchAll(/<!-- run: (sh|node) -->\s*```[a-z]*\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1] as 'sh' | 'node', code: m[2]! }));

let server: RunningServer;
let api: string;
let workDir: string;

beforeAll(async () => {
  server = await startHttpServer({ ...env, cookieSecure: false }, db(), 0);
  api = `${server.url}/graphql`;
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-docs-'));
});

afterAll(async () => {
  await server.stop();
  await new Promise((resolve) => server.httpServer.close(resolve));
  fs.rmSync(workDir, { recursive: true, force: true });
});

beforeEach(async () => {
  for (const [code, n] of [
    [COMMUNE1, 23],
    [COMMUNE2, 9],
  ] as const) {
    await db().query(
      `INSERT INTO child (code, full_name, search_text, date_of_birth, sex, commune_id)
       SELECT 'D-' || $1 || '-' || g, 'Trẻ', 'tre', date '2014-02-01' + g * 40, CASE WHEN g % 2 = 0 THEN 'MALE' ELSE 'FEMALE' END, $2
       FROM generate_series(1, $3::int) g`,
      [code, await unitId(code), n],
    );
  }
});

describe('docs/analytics.md', () => {
  const blocks = runnableBlocks(fs.readFileSync(DOC, 'utf8'));

  it('has runnable curl and Node examples', () => {
    expect(blocks.filter((b) => b.lang === 'sh').length).toBeGreaterThanOrEqual(4);
    expect(blocks.filter((b) => b.lang === 'node').length).toBeGreaterThanOrEqual(1);
  });

  it('runs every example as written against a running server', async () => {
    // The shell examples share one shell (the token made in the first is used by the next ones).
    const script = [
      'set -euo pipefail',
      ...blocks.filter((b) => b.lang === 'sh').map((b) => `${b.code}\necho`),
      'echo "DOCS_TOKEN=$TOKEN"',
    ].join('\n');
    const sh = await run('bash', ['-c', script], { cwd: workDir, env: { ...process.env, API: api }, timeout: 30_000 });
    expect(sh.stdout).not.toContain('"errors"');
    expect(sh.stdout).toContain('"username":"analyst"');
    expect(sh.stdout).toContain('"stats":{"total":32,"minCellSize":5');
    expect(sh.stdout).toContain('"suppressed":true');
    expect(sh.stdout).toContain('Xã/phường (mã),Xã/phường,Giới tính (mã),Giới tính,Số trẻ em');
    const token = /DOCS_TOKEN=(\S+)/.exec(sh.stdout)?.[1];
    expect(token).toMatch(/^cpt_/);

    for (const block of blocks.filter((b) => b.lang === 'node')) {
      const node = await run(process.execPath, ['--input-type=module', '-e', block.code], {
        cwd: workDir,
        env: { ...process.env, API: api, TOKEN: token },
        timeout: 30_000,
      });
      expect(node.stdout).toMatch(/total (32|withheld)/);
    }
  });
});
