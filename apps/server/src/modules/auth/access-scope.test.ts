import { describe, expect, it } from 'vitest';
import { Permission, Role } from '@cp/schema';
import type { Actor } from './actor';
import { pathInScope, unitPathCondition } from './access-scope';

const actor = (over: Partial<Actor>): Actor => ({
  userId: 'u1', username: 'x', role: Role.COMMUNE_OFFICER, permissions: new Set([Permission.CHILD_READ]),
  agencyId: null, jurisdictionId: 'c1', scopePaths: ['/p/d/c1/'], recordScope: 'JURISDICTION', sessionId: 's',
  locale: 'vi', ...over,
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
