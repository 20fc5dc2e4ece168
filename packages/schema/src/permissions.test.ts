import { describe, expect, it } from 'vitest';
import { Role } from './enums';
import { Permission, ROLE_PERMISSIONS, can } from './permissions';
import { ETHNIC_GROUPS } from './ethnicities';
import { ENUM_LABELS } from './labels';
import * as enums from './enums';

describe('permission matrix', () => {
  it('gives analysts and auditors no access to named records', () => {
    for (const role of [Role.ANALYST, Role.AUDITOR, Role.ADMIN]) {
      expect(can(role, Permission.CHILD_READ)).toBe(false);
      expect(can(role, Permission.REPORTER_VIEW)).toBe(false);
    }
  });
  it('keeps collaborators out of case files', () => {
    expect(can(Role.COLLABORATOR, Permission.CASE_READ)).toBe(false);
    expect(can(Role.COLLABORATOR, Permission.CHILD_WRITE)).toBe(true);
  });
  it('lets only the auditor and admin read the audit log', () => {
    const readers = Object.values(Role).filter((r) => can(r, Permission.AUDIT_READ));
    expect(readers.sort()).toEqual([Role.ADMIN, Role.AUDITOR]);
  });
  it('lets only the admin see and lift sign-in lockouts', () => {
    expect(Object.values(Role).filter((r) => can(r, Permission.SIGN_IN_LOCKOUT_MANAGE))).toEqual([Role.ADMIN]);
  });
  it('has an entry for every role and no duplicates', () => {
    for (const role of Object.values(Role)) {
      const list = ROLE_PERMISSIONS[role];
      expect(new Set(list).size).toBe(list.length);
    }
  });
});

describe('labels and reference data', () => {
  it('labels every value of every enum in both languages', () => {
    for (const [name, values] of Object.entries(enums)) {
      if (name.startsWith('Stat')) continue; // statistics labels come with the analytics module
      for (const value of Object.values(values as Record<string, string>)) {
        const label = ENUM_LABELS[name]?.[value];
        expect(label?.vi, `${name}.${value} vi`).toBeTruthy();
        expect(label?.en, `${name}.${value} en`).toBeTruthy();
      }
    }
  });
  it('lists the 54 ethnic groups once each', () => {
    expect(ETHNIC_GROUPS).toHaveLength(54);
    expect(new Set(ETHNIC_GROUPS.map((g) => g.vi)).size).toBe(54);
  });
});
