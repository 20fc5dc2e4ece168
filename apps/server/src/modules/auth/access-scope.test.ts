import { describe, expect, it } from 'vitest';
import { Role, permissionsOf } from '@cp/schema';
import type { Actor } from '../../common/actor';
import { caseScopeCondition, measureScopeCondition, pathInScope, reportScopeCondition, unitPathCondition } from './access-scope';

// Permissions follow the role, as they do for a signed-in actor.
const actor = (over: Partial<Actor>): Actor => ({
  userId: 'u1',
  username: 'x',
  role: Role.COMMUNE_OFFICER,
  agencyId: null,
  jurisdictionId: 'c1',
  scopePaths: ['/p/d/c1/'],
  recordScope: 'JURISDICTION',
  sessionId: 's',
  locale: 'vi',
  ...over,
  permissions: over.permissions ?? permissionsOf(over.role ?? Role.COMMUNE_OFFICER),
});

describe('access scope', () => {
  it('turns the jurisdiction into one LIKE per subtree', () => {
    const cond = unitPathCondition(actor({ scopePaths: ['/p/d/c1/', '/p/d/old/'] }), 'c.unit_path');
    expect(cond.sql).toMatch(/^\(c\.unit_path LIKE :scope_\d+ OR c\.unit_path LIKE :scope_\d+\)$/);
    expect(Object.values(cond.params).sort()).toEqual(['/p/d/c1/%', '/p/d/old/%']);
  });
  it('fails closed without a jurisdiction', () => {
    expect(unitPathCondition(actor({ scopePaths: [] }), 'c.unit_path').sql).toBe('FALSE');
  });
  it('fails closed for roles that see no named records in a place', () => {
    for (const recordScope of ['NONE', 'REFERRED', 'ASSIGNED'] as const) {
      expect(unitPathCondition(actor({ recordScope }), 'c.unit_path').sql).toBe('FALSE');
      expect(pathInScope(actor({ recordScope }), '/p/d/c1/v1/')).toBe(false);
    }
  });
  it('checks a path against the subtrees, not a mere string overlap', () => {
    const a = actor({});
    expect(pathInScope(a, '/p/d/c1/')).toBe(true);
    expect(pathInScope(a, '/p/d/c1/v1/')).toBe(true);
    expect(pathInScope(a, '/p/d/c10/')).toBe(false);
    expect(pathInScope(a, '/p/d/')).toBe(false);
  });
});

describe('case, report and measure scopes', () => {
  it('gives the police only referred cases inside their area', () => {
    const cond = caseScopeCondition(actor({ recordScope: 'REFERRED', role: Role.POLICE_OFFICER }), 'c');
    expect(cond.sql).toMatch(/^\(c\.referred_to_police AND \(c\.unit_path LIKE :scope_\d+\)\)$/);
    expect(caseScopeCondition(actor({ recordScope: 'REFERRED', scopePaths: [] }), 'c').sql).toMatch(/FALSE/);
    expect(reportScopeCondition(actor({ recordScope: 'REFERRED' }), 'r').sql).toMatch(/referred_to_police/);
  });
  it('gives a village collaborator no case file and only the reports it submitted', () => {
    const collab = actor({ role: Role.COLLABORATOR, userId: 'u7', scopePaths: ['/p/d/c1/v1/'] });
    expect(caseScopeCondition(collab, 'c').sql).toBe('FALSE');
    expect(measureScopeCondition(collab, 'm').sql).toContain('FALSE');
    const reports = reportScopeCondition(collab, 'r');
    expect(reports.sql).toMatch(/^r\.received_by = :received_by_\d+$/);
    expect(Object.values(reports.params)).toEqual(['u7']);
    expect(reportScopeCondition(actor({ role: Role.ANALYST, recordScope: 'NONE' }), 'r').sql).toBe('FALSE');
  });
  it('gives agencies no case or report, only measures assigned to their agency', () => {
    const agency = actor({ recordScope: 'ASSIGNED', role: Role.AGENCY_HEAD, agencyId: 'a1' });
    expect(caseScopeCondition(agency, 'c').sql).toBe('FALSE');
    expect(reportScopeCondition(agency, 'r').sql).toBe('FALSE');
    const m = measureScopeCondition(agency, 'm');
    expect(m.sql).toMatch(/m\.assigned_agency_id = :agency_\d+/);
    expect(Object.values(m.params)).toEqual(['a1']);
    expect(measureScopeCondition(actor({ recordScope: 'ASSIGNED', agencyId: null }), 'm').sql).toBe('FALSE');
  });
  it('gives no named record to analysts and auditors', () => {
    for (const f of [caseScopeCondition, reportScopeCondition]) expect(f(actor({ recordScope: 'NONE' }), 'x').sql).toBe('FALSE');
    expect(measureScopeCondition(actor({ recordScope: 'NONE' }), 'm').sql).toMatch(/FALSE/);
  });
});
