import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './index';

// The migrations stay one ordered list (TypeORM runs them in list order, and a schema change often
// spans modules: a module's migration may add a foreign key to another's table). This checks the
// list as a set: every migration file is registered exactly once, in timestamp order, under the
// class name its file name gives (`1765000000000-child-injuries.ts` → ChildInjuries1765000000000,
// as `pnpm --filter @cp/server migration:create` writes it).
const classNameOf = (file: string): string => {
  const [, timestamp, name] = /^(\d{13})-([a-z0-9-]+)\.ts$/.exec(file)!;
  return `${name!.replace(/(^|-)([a-z0-9])/g, (_m, _dash, c: string) => c.toUpperCase())}${timestamp}`;
};

describe('the migration list', () => {
  it('registers every migration file exactly once, in timestamp order', () => {
    const files = fs
      .readdirSync(__dirname)
      .filter((f) => /^\d{13}-[a-z0-9-]+\.ts$/.test(f))
      .sort();
    expect(MIGRATIONS.map((m) => m.name)).toEqual(files.map(classNameOf));
    for (const m of MIGRATIONS) expect(new m().name, 'the name TypeORM records').toBe(m.name);
  });
});
