import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterEach, describe, expect, it } from 'vitest';

// The layering rules of eslint.config.mjs (pnpm lint) fail on an import circle and on an upward
// import. These probes are deliberate violations, written next to real code for the length of
// the test and removed afterwards.
const ROOT = path.resolve(__dirname, '../../../..');
const SRC = path.resolve(__dirname, '..');
const probes: string[] = [];
const probe = (relative: string, code: string): string => {
  const file = path.join(SRC, relative);
  fs.writeFileSync(file, code);
  probes.push(file);
  return file;
};

const lint = async (files: string[]): Promise<string[]> => {
  const eslint = new ESLint({ cwd: ROOT, ruleFilter: ({ ruleId }) => ruleId.startsWith('import-x/') });
  const results = await eslint.lintFiles(files);
  return results.flatMap((r) => r.messages.map((m) => `${path.basename(r.filePath)}: ${m.ruleId}`));
};

afterEach(() => {
  for (const file of probes.splice(0)) fs.rmSync(file, { force: true });
});

describe('layering lint rules', () => {
  it('fail on an import circle, an upward import from common/ or a module, and a module importing a manifest', async () => {
    const a = probe('common/zz-probe-a.ts', "import { b } from './zz-probe-b';\nexport const a = (): number => b() + 1;\n");
    const b = probe('common/zz-probe-b.ts', "import { a } from './zz-probe-a';\nexport const b = (): number => a() - 1;\n");
    const upCommon = probe('common/zz-probe-up.ts', "import { MODULES } from '../app/modules';\nexport const n = MODULES.length;\n");
    const upModule = probe(
      'modules/cases/zz-probe-up.ts',
      "import { HTTP_ROUTES } from '../../app/modules';\nexport const n = HTTP_ROUTES.length;\n",
    );
    const manifest = probe(
      'modules/cases/zz-probe-manifest.ts',
      "import { childrenModule } from '../children/children.module';\nexport const m = childrenModule.name;\n",
    );
    const messages = await lint([a, b, upCommon, upModule, manifest]);
    expect(messages).toEqual(
      expect.arrayContaining([
        'zz-probe-a.ts: import-x/no-cycle',
        'zz-probe-b.ts: import-x/no-cycle',
        'zz-probe-up.ts: import-x/no-restricted-paths',
        'zz-probe-manifest.ts: import-x/no-restricted-paths',
      ]),
    );
    // both upward probes are named zz-probe-up.ts (common/ and modules/cases/)
    expect(messages.filter((m) => m === 'zz-probe-up.ts: import-x/no-restricted-paths')).toHaveLength(2);
  });

  it('pass on the code as it is', async () => {
    expect(await lint([path.join(SRC, 'common'), path.join(SRC, 'modules'), path.join(SRC, 'app')].map((d) => `${d}/**/*.ts`))).toEqual([]);
  });
}, 120_000);
