import { describe, expect, it } from 'vitest';
import { Permission, Role, permissionsOf } from '@cp/schema';
import type { Actor } from '../../common/actor';
import { accessError } from './auth-checker';

const actor = (role: Role): Actor => ({
  userId: 'u',
  username: 'u',
  role,
  permissions: permissionsOf(role),
  agencyId: null,
  jurisdictionId: null,
  scopePaths: [],
  recordScope: 'JURISDICTION',
  sessionId: 's',
  locale: 'vi',
});

const outcome = (a: Actor | null, permissions: Permission[], expired = false) => {
  const error = accessError(a, expired, permissions);
  return error ? `${error.code}:${error.messageRef.key}` : 'allowed';
};

describe('access check', () => {
  it('asks anonymous callers to sign in, saying when their session expired', () => {
    expect(outcome(null, [Permission.CHILD_READ])).toBe('UNAUTHENTICATED:error.UNAUTHENTICATED');
    expect(outcome(null, [], true)).toBe('UNAUTHENTICATED:error.sessionExpired');
  });
  it('allows a role holding the permission', () => {
    expect(outcome(actor(Role.COMMUNE_OFFICER), [Permission.CHILD_WRITE])).toBe('allowed');
  });
  it('forbids a role without it', () => {
    expect(outcome(actor(Role.ANALYST), [Permission.CHILD_READ])).toBe('FORBIDDEN:error.FORBIDDEN');
    expect(outcome(actor(Role.AUDITOR), [Permission.CHILD_WRITE])).toBe('FORBIDDEN:error.FORBIDDEN');
  });
  it('lets any signed-in user through a bare @Authorized()', () => {
    expect(outcome(actor(Role.AUDITOR), [])).toBe('allowed');
  });
});
