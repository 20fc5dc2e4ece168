// pnpm --filter @cp/server migration:create <name> [--timestamp <ms>]
// Writes src/db/migrations/<timestamp>-<name>.ts (an empty up and down, to fill in by hand) and
// registers it, in timestamp order, in src/db/migrations/index.ts. Parallel branches use the
// timestamp range they were given (--timestamp) so that their migrations never collide.
import fs from 'node:fs';
import path from 'node:path';

const dir = path.resolve(__dirname, '../src/db/migrations');
const args = process.argv.slice(2);
const at = args.indexOf('--timestamp');
const timestamp = at >= 0 ? Number(args[at + 1]) : Date.now();
const name = args.filter((_, i) => i !== at && i !== at + 1)[0] ?? '';

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};
if (!/^[a-z][a-z0-9-]*$/.test(name)) fail('usage: migration:create <kebab-case-name> [--timestamp <ms>]');
if (!Number.isInteger(timestamp) || String(timestamp).length !== 13) fail('--timestamp must be 13 digits (milliseconds)');

const className = `${name.replace(/(^|-)([a-z0-9])/g, (_m, _dash, c: string) => c.toUpperCase())}${timestamp}`;
const file = path.join(dir, `${timestamp}-${name}.ts`);
if (fs.existsSync(file)) fail(`${path.relative(process.cwd(), file)} exists`);
const existing = fs.readdirSync(dir).filter((f) => /^\d{13}-.+\.ts$/.test(f));
if (existing.some((f) => f.startsWith(`${timestamp}-`))) fail(`a migration with timestamp ${timestamp} exists`);

fs.writeFileSync(
  file,
  `import type { MigrationInterface, QueryRunner } from 'typeorm';

// What this migration changes, and why.
export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(q: QueryRunner): Promise<void> {
    await q.query(\`SELECT 1\`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(\`SELECT 1\`);
  }
}
`,
);

// index.ts: one import per migration and the MIGRATIONS list, both in timestamp order.
const indexFile = path.join(dir, 'index.ts');
const index = fs.readFileSync(indexFile, 'utf8');
const entries = [...index.matchAll(/^import \{ (\w+) \} from '\.\/(\d{13}-[\w-]+)';$/gm)].map((m) => ({ cls: m[1]!, file: m[2]! }));
entries.push({ cls: className, file: `${timestamp}-${name}` });
entries.sort((a, b) => a.file.localeCompare(b.file));
const imports = entries.map((e) => `import { ${e.cls} } from './${e.file}';`).join('\n');
const list = entries.map((e) => `  ${e.cls},`).join('\n');
const rest = index
  .replace(/^import \{ \w+ \} from '\.\/\d{13}-[\w-]+';\n/gm, '')
  .replace(/export const MIGRATIONS = \[[^\]]*\];/, `export const MIGRATIONS = [\n${list}\n];`);
fs.writeFileSync(indexFile, `${imports}\n${rest.replace(/^\n+/, '\n')}`);
console.log(`created ${path.relative(process.cwd(), file)} and registered ${className}`);
