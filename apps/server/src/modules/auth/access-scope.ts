// SECURITY-CRITICAL. Every list, fetch, DataLoader and aggregate over records that belong
// to a place goes through these builders: they turn the actor into a WHERE condition.
// A record outside the condition does not exist for the actor (NOT_FOUND, never FORBIDDEN).
// Changing this file changes who can see which child: review it with a second person.
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Permission } from '@cp/schema';
import type { Actor } from '../../common/actor';

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

export const applyChildScope = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, actor: Actor, alias: string): SelectQueryBuilder<T> => {
  const condition = unitPathCondition(actor, `${alias}.unit_path`);
  return qb.andWhere(condition.sql, condition.params);
};

// The actor's subtrees as a condition, whatever the role's scope (callers decide the scope).
const subtreeCondition = (actor: Actor, column: string): SqlCondition => {
  if (actor.scopePaths.length === 0) return { sql: 'FALSE', params: {} };
  return unitPathCondition({ ...actor, recordScope: 'JURISDICTION' }, column);
};

// Protection cases: the jurisdiction's cases; for the police, the cases referred to the police
// inside their area. Agencies see no case file, only the measures assigned to them.
export const caseScopeCondition = (actor: Actor, alias: string): SqlCondition => {
  // Case files are for roles that may read them: a collaborator sees children, never their cases,
  // even nested under a child it may see.
  if (!actor.permissions.has(Permission.CASE_READ)) return { sql: 'FALSE', params: {} };
  if (actor.recordScope === 'JURISDICTION') return unitPathCondition(actor, `${alias}.unit_path`);
  if (actor.recordScope === 'REFERRED') {
    const area = subtreeCondition(actor, `${alias}.unit_path`);
    return { sql: `(${alias}.referred_to_police AND ${area.sql})`, params: area.params };
  }
  return { sql: 'FALSE', params: {} };
};

// Abuse reports: the jurisdiction's reports; for the police, the reports of referred cases.
export const reportScopeCondition = (actor: Actor, alias: string): SqlCondition => {
  // Without REPORT_READ (a village collaborator), only the reports one submitted oneself.
  if (!actor.permissions.has(Permission.REPORT_READ)) {
    if (!actor.permissions.has(Permission.REPORT_SUBMIT)) return { sql: 'FALSE', params: {} };
    const name = `received_by_${(counter = (counter + 1) % 1_000_000)}`;
    return { sql: `${alias}.received_by = :${name}`, params: { [name]: actor.userId } };
  }
  if (actor.recordScope === 'JURISDICTION') return unitPathCondition(actor, `${alias}.unit_path`);
  if (actor.recordScope === 'REFERRED') {
    const cases = caseScopeCondition(actor, 'scoped_case');
    return {
      sql: `EXISTS (SELECT 1 FROM protection_case scoped_case WHERE scoped_case.id = ${alias}.case_id AND ${cases.sql})`,
      params: cases.params,
    };
  }
  return { sql: 'FALSE', params: {} };
};

// Plan measures: agencies see those assigned to them in an approved, current plan; the
// jurisdiction sees those of its cases.
export const measureScopeCondition = (actor: Actor, alias: string): SqlCondition => {
  if (actor.recordScope === 'ASSIGNED') {
    if (!actor.agencyId) return { sql: 'FALSE', params: {} };
    const name = `agency_${(counter = (counter + 1) % 1_000_000)}`;
    return {
      sql: `(${alias}.assigned_agency_id = :${name} AND EXISTS (SELECT 1 FROM case_plan scoped_plan WHERE scoped_plan.id = ${alias}.plan_id AND scoped_plan.approved_at IS NOT NULL AND scoped_plan.superseded_at IS NULL))`,
      params: { [name]: actor.agencyId },
    };
  }
  const cases = caseScopeCondition(actor, 'scoped_case');
  return {
    sql: `EXISTS (SELECT 1 FROM protection_case scoped_case WHERE scoped_case.id = ${alias}.case_id AND ${cases.sql})`,
    params: cases.params,
  };
};

// Aggregates reach further than named records: a role that may count but sees no names (ANALYST,
// ADMIN) counts within the subtree of its jurisdiction (`jurisdictionPaths`, from scopePathsFor);
// everyone else counts exactly what they may read. Small counts are then suppressed by the caller.
export const aggregatePathCondition = (actor: Actor, column: string, jurisdictionPaths: readonly string[]): SqlCondition => {
  if (actor.recordScope === 'JURISDICTION') return unitPathCondition(actor, column);
  if (actor.recordScope !== 'NONE') return { sql: 'FALSE', params: {} };
  return unitPathCondition({ ...actor, recordScope: 'JURISDICTION', scopePaths: jurisdictionPaths }, column);
};

// Whether a unit path overlaps the paths an actor may count in (it lies inside one, or contains one).
export const pathOverlaps = (paths: readonly string[], path: string): boolean =>
  paths.some((prefix) => path.startsWith(prefix) || prefix.startsWith(path));

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
