// SECURITY-CRITICAL. Every list, fetch, DataLoader and aggregate over records that belong
// to a place goes through these builders: they turn the actor into a WHERE condition.
// A record outside the condition does not exist for the actor (NOT_FOUND, never FORBIDDEN).
// Changing this file changes who can see which child: review it with a second person.
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Actor } from './actor';

export type SqlCondition = { sql: string; params: Record<string, string> };

let counter = 0;

// `column` holds a unit path ('/<id>/.../'); the actor sees it when it lies in one of the
// actor's subtrees. Fails closed: no jurisdiction, or a role without jurisdiction scope, sees nothing.
export const unitPathCondition = (actor: Actor, column: string): SqlCondition => {
  if (actor.recordScope !== 'JURISDICTION' || actor.scopePaths.length === 0) return { sql: 'FALSE', params: {} };
  const params: Record<string, string> = {};
  const parts = actor.scopePaths.map((path) => {
    const name = `scope_${(counter = (counter + 1) % 1_000_000)}`;
    params[name] = `${path}%`;
    return `${column} LIKE :${name}`;
  });
  return { sql: `(${parts.join(' OR ')})`, params };
};

// Whether a unit path (of a unit the actor wants to write under) lies inside the actor's scope.
export const pathInScope = (actor: Actor, path: string): boolean =>
  actor.recordScope === 'JURISDICTION' && actor.scopePaths.some((prefix) => path.startsWith(prefix));

export const applyChildScope = <T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  actor: Actor,
  alias: string,
): SelectQueryBuilder<T> => {
  const condition = unitPathCondition(actor, `${alias}.unit_path`);
  return qb.andWhere(condition.sql, condition.params);
};

// Directives and their duties hold no personal data; they are read along the line of the
// administrative hierarchy: by everyone whose jurisdiction lies inside the issuing unit (its
// agencies and communes) and by jurisdictions that contain the issuing unit. `column` holds
// the issuing unit's path. A user without jurisdiction sees none.
export const directiveScopeCondition = (actor: Actor, column: string): SqlCondition => {
  if (!actor.jurisdictionId) return { sql: 'FALSE', params: {} };
  const name = `jurisdiction_${(counter = (counter + 1) % 1_000_000)}`;
  const own = `(SELECT path FROM admin_unit WHERE id = :${name})`;
  const scoped = unitPathCondition(actor, column);
  return {
    sql: `(${own} LIKE ${column} || '%' OR ${column} LIKE ${own} || '%' OR ${scoped.sql})`,
    params: { [name]: actor.jurisdictionId, ...scoped.params },
  };
};
