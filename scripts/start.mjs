// `pnpm start`: build what is missing or stale, then run the server (which migrates, seeds an
// empty database with demo data outside production, and serves the API and the web app).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const newest = (dir) => {
  if (!fs.statSync(dir).isDirectory()) return fs.statSync(dir).mtimeMs;
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }
  return latest;
};

const stale = (sources, output) => {
  const out = path.join(root, output);
  if (!fs.existsSync(out)) return true;
  const built = fs.statSync(out).mtimeMs;
  return sources.some((src) => newest(path.join(root, src)) > built);
};

const build = (name, filter, sources, output) => {
  if (!stale(sources, output)) return;
  console.log(`building ${name}…`);
  const result = spawnSync('pnpm', ['--filter', filter, 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  fs.utimesSync(path.join(root, output), new Date(), new Date());
};

build('the schema package', '@cp/schema', ['packages/schema/src'], 'packages/schema/dist/index.js');
build('the server', '@cp/server', ['apps/server/src', 'packages/schema/src'], 'apps/server/dist/main.js');
build('the web app', '@cp/web', ['apps/web/src', 'apps/web/index.html', 'packages/schema/src'], 'apps/web/dist/index.html');

await import(path.join(root, 'apps/server/dist/main.js'));
