import type { Actor } from '../common/actor';
import type { Loaders } from '../common/context';
import { MODULES } from './modules';

type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;
type LoadersOf<M> = M extends { loaders: (actor: never) => infer L } ? L : unknown;
type Created = UnionToIntersection<LoadersOf<(typeof MODULES)[number]>>;

// Compile-time check: every loader a module declares on `Loaders` is created by some manifest.
const everyLoaderCreated: [Loaders] extends [Created] ? true : false = true;
void everyLoaderCreated;

// Per-request loaders, one batched query per relation, from every module's manifest. Loaders over
// records that belong to a place are keyed by parents that were themselves fetched through the
// access scope; a loader that fetches such records by their own id applies access-scope itself.
export const createLoaders = (actor: () => Actor | null): Loaders => {
  const loaders = {};
  for (const m of MODULES) {
    if (!('loaders' in m)) continue;
    const created = m.loaders(actor);
    for (const key of Object.keys(created)) if (key in loaders) throw new Error(`two modules create the loader ${key}`);
    Object.assign(loaders, created);
  }
  return loaders as Loaders;
};
