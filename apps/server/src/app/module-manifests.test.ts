import fs from 'node:fs';
import path from 'node:path';
import { getMetadataStorage } from 'type-graphql';
import { getMetadataArgsStorage } from 'typeorm';
import { describe, expect, it } from 'vitest';
import type { HttpRoute } from '../common/http-route';
import type { JobDefinition, ModuleManifest } from '../common/module';
import { REPORT_SECTIONS, type SectionDefinition } from '../modules/periodic-reports/report-section';
import { STAT_MEASURES } from '../modules/analytics/stat-measures';
import { MODULES } from './modules';

// A module is a folder plus one line in app/modules.ts. These tests fail when a part exists in a
// module's folder but its manifest does not list it (it would silently be left out of the
// product), and when a module writes a table it does not own.
const MODULES_DIR = path.resolve(__dirname, '../modules');
const manifests: readonly ModuleManifest[] = MODULES;
const folders = fs.readdirSync(MODULES_DIR).filter((f) => fs.statSync(path.join(MODULES_DIR, f)).isDirectory());
const sources = (folder: string): string[] =>
  fs
    .readdirSync(path.join(MODULES_DIR, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => path.join(MODULES_DIR, folder, f));
const manifestOf = (folder: string): ModuleManifest => {
  const m = manifests.find((x) => x.name === folder);
  if (!m) throw new Error(`modules/${folder} has no manifest in app/modules.ts`);
  return m;
};
const exportsOf = async (file: string): Promise<unknown[]> => Object.values((await import(file)) as Record<string, unknown>);
const resolverClasses = () => new Set(getMetadataStorage().resolverClasses.map((r) => r.target));
const entityTables = () => new Map(getMetadataArgsStorage().tables.map((t) => [t.target, t.name]));

describe('module manifests', () => {
  it('has one manifest per module folder, each listed once in app/modules.ts', () => {
    expect(folders.sort()).toEqual(manifests.map((m) => m.name).sort());
    for (const folder of folders) expect(fs.existsSync(path.join(MODULES_DIR, folder, `${folder}.module.ts`)), folder).toBe(true);
  });

  it.each(folders)('%s: lists every resolver class, entity, HTTP route, job, loader, report section and measure it has', async (folder) => {
    const manifest = manifestOf(folder);
    for (const file of sources(folder)) {
      const name = path.basename(file);
      const values = await exportsOf(file);
      for (const value of values) {
        if (typeof value === 'function' && resolverClasses().has(value))
          expect(manifest.resolvers ?? [], `${name}: ${value.name}`).toContain(value);
        if (typeof value === 'function' && entityTables().has(value))
          expect(manifest.entities ?? [], `${name}: ${value.name}`).toContain(value);
      }
      if (/\.routes?\.ts$/.test(name)) {
        const routes = values.filter((v): v is HttpRoute[] => Array.isArray(v) && v.every((r) => typeof r?.handle === 'function')).flat();
        expect(routes.length, `${name} declares no route`).toBeGreaterThan(0);
        for (const route of routes) expect(manifest.httpRoutes ?? [], `${name}: ${route.method} ${route.path}`).toContain(route);
      }
      if (name.endsWith('.job.ts')) {
        const jobs = values.filter((v): v is JobDefinition => typeof (v as JobDefinition)?.cron === 'string');
        for (const job of jobs) expect(manifest.jobs ?? [], `${name}: ${job.name}`).toContain(job);
      }
      if (name.endsWith('.loaders.ts')) expect(manifest.loaders, `${name}: the manifest creates no loaders`).toBeTypeOf('function');
      const contributed = (point: unknown) => (manifest.contributes ?? []).filter((c) => c.point === point).flatMap((c) => c.items);
      if (name.endsWith('.section.ts')) {
        const sections = values.filter((v): v is SectionDefinition => typeof (v as SectionDefinition)?.order === 'number');
        for (const section of sections) expect(contributed(REPORT_SECTIONS), `${name}: ${section.key}`).toContain(section);
      }
      if (name.endsWith('.measures.ts')) {
        for (const value of values) expect(manifest.contributes ?? [], `${name}`).toContain(value);
        expect(contributed(STAT_MEASURES).length).toBeGreaterThan(0);
      }
    }
  });
});

// Table writes in a module's code: SQL text and TypeORM writes through an entity class.
const SQL_WRITE = /\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?([a-z_][a-z0-9_]*)"?/g;
const ORM_WRITE =
  /\.(?:insert|update|delete|save|upsert)\(\s*(\w+Entity)\b|getRepository\((\w+Entity)\)\s*\.\s*(?:save|insert|update|delete|upsert)\(/g;
const SQL_WORDS = new Set(['set']);

describe('table ownership', () => {
  it.each(folders)('%s writes only the tables it owns (others are written through their module’s service)', async (folder) => {
    const manifest = manifestOf(folder);
    const tables = entityTables();
    const owned = new Set([...(manifest.entities ?? []).map((e) => tables.get(e)), ...(manifest.tables ?? [])]);
    const classes = new Map<string, string>();
    for (const [target, table] of tables) if (typeof target === 'function' && table) classes.set(target.name, table);
    const written: string[] = [];
    for (const file of sources(folder)) {
      const code = fs.readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '');
      for (const m of code.matchAll(SQL_WRITE)) if (!SQL_WORDS.has(m[1]!.toLowerCase())) written.push(`${path.basename(file)}: ${m[1]}`);
      for (const m of code.matchAll(ORM_WRITE)) {
        const entity = m[1] ?? m[2] ?? '';
        written.push(`${path.basename(file)}: ${classes.get(entity) ?? entity}`);
      }
    }
    expect(written.filter((w) => !owned.has(w.split(': ')[1]))).toEqual([]);
  });
});
