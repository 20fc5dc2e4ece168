import type { EntityManager } from 'typeorm';
import type { NonEmptyArray } from 'type-graphql';
import type { Actor } from './actor';
import type { Loaders } from './context';
import type { HttpRoute } from './http-route';

// A scheduled job: `cron` in Asia/Ho_Chi_Minh; `run` is a plain async function tests call directly.
export type JobDefinition = { name: string; cron: string; run: () => Promise<void> };

// What the demo seed made, for modules that add demo records of their own.
export type DemoSeedInput = { districtCode: string; communeCommittees: { agencyId: string }[] };

export type ModuleSeeds = {
  // Reference data every database needs: run once, on an empty database, in the order of the modules.
  reference?: (tx: EntityManager) => Promise<void>;
  // Demo records (never in production), after the demo accounts, units and children exist.
  demo?: (tx: EntityManager, demo: DemoSeedInput) => Promise<void>;
};

// A place where modules plug in parts that another module runs (report sections, statistics
// measures): the consuming module declares the point, contributing modules list their items in
// their manifest, and the consumer reads them with contributionsTo(point).
export type ExtensionPoint<T> = { readonly name: string; readonly _items?: readonly T[] };
export const extensionPoint = <T>(name: string): ExtensionPoint<T> => ({ name });

export type Contribution = { readonly point: ExtensionPoint<unknown>; readonly items: readonly unknown[] };
export const contribute = <T>(point: ExtensionPoint<T>, ...items: T[]): Contribution => ({ point, items });

// Everything a server module adds to the product. A module exports exactly one of these from
// `<module>.module.ts`, and app/modules.ts lists it: nothing else is registered by hand.
// A test (app/module-manifests.test.ts) fails when a resolver, entity, route or job file of a
// module is missing from its manifest.
export type ModuleManifest = {
  name: string;
  // type-graphql resolver classes (root fields and field resolvers)
  resolvers?: readonly Function[];
  // TypeORM entities: their tables belong to this module, and only it writes them
  entities?: readonly Function[];
  // other tables it owns and writes, without an entity class (histories, counters, link tables)
  tables?: readonly string[];
  // GraphQL enums by their contract name (a value shared by several modules may be listed by each)
  enums?: Readonly<Record<string, object>>;
  // per-request DataLoaders, each declared on `Loaders` (common/context.ts) by the module
  loaders?: (actor: () => Actor | null) => Partial<Loaders>;
  // plain HTTP routes under /api, each with its access rule, served through one pipeline
  httpRoutes?: readonly HttpRoute[];
  jobs?: readonly JobDefinition[];
  seeds?: ModuleSeeds;
  contributes?: readonly Contribution[];
};

// Keeps the literal type of the manifest (app/loaders.ts checks the loaders against `Loaders`).
export const defineModule = <const M extends ModuleManifest>(manifest: M): M => manifest;

let installed: readonly ModuleManifest[] | null = null;

// Called once by app/modules.ts with the list of modules, before any request is served.
export const installModules = (modules: readonly ModuleManifest[]): void => {
  installed = modules;
};

export const installedModules = (): readonly ModuleManifest[] => {
  if (!installed) throw new Error('no modules installed: import app/modules first');
  return installed;
};

export const contributionsTo = <T>(point: ExtensionPoint<T>): T[] =>
  installedModules()
    .flatMap((m) => m.contributes ?? [])
    .filter((c) => c.point === point)
    .flatMap((c) => c.items as T[]);

export type ResolverList = NonEmptyArray<Function>;
