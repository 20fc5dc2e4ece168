import { db } from '../../common/db';

// The path prefixes an actor with jurisdiction `unitId` may see: the unit's own subtree, plus
// the subtrees of units that were merged into it (or into any unit below it) by a reform,
// since records keep the unit they were entered under. Cached briefly: units change rarely.
const TTL_MS = 60_000;
const cache = new Map<string, { at: number; paths: string[] }>();

export const scopePathsFor = async (unitId: string | null): Promise<string[]> => {
  if (!unitId) return [];
  const hit = cache.get(unitId);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.paths;
  const rows: { path: string }[] = await db().query(
    `WITH RECURSIVE own AS (SELECT path FROM admin_unit WHERE id = $1),
     predecessors AS (
       SELECT p.id, p.path FROM admin_unit_successor s
         JOIN admin_unit u ON u.id = s.successor_id
         JOIN admin_unit p ON p.id = s.predecessor_id
        WHERE u.path LIKE (SELECT path FROM own) || '%'
       UNION
       SELECT p.id, p.path FROM predecessors x
         JOIN admin_unit_successor s ON s.successor_id = x.id
         JOIN admin_unit p ON p.id = s.predecessor_id
     )
     SELECT path FROM own UNION SELECT path FROM predecessors`,
    [unitId],
  );
  // Drop prefixes already covered by a shorter one.
  const paths = rows.map((r) => r.path).sort((a, b) => a.length - b.length);
  const minimal = paths.filter((p, i) => !paths.slice(0, i).some((q) => p.startsWith(q)));
  cache.set(unitId, { at: Date.now(), paths: minimal });
  return minimal;
};

export const clearJurisdictionCache = (): void => cache.clear();
