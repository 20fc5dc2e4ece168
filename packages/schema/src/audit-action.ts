// The closed catalogue of audit actions. Adding one is an API change for auditors:
// they filter on these strings. Never rename or remove a value that may be stored.
export enum AuditAction {
  LOGIN_SUCCEEDED = 'LOGIN_SUCCEEDED',
  LOGIN_FAILED = 'LOGIN_FAILED',
  LOGIN_RATE_LIMITED = 'LOGIN_RATE_LIMITED',
  LOGOUT = 'LOGOUT',
  API_TOKEN_CREATED = 'API_TOKEN_CREATED',
  API_TOKEN_REVOKED = 'API_TOKEN_REVOKED',
  LOCALE_CHANGED = 'LOCALE_CHANGED',
  CHILD_REGISTERED = 'CHILD_REGISTERED',
  CHILD_UPDATED = 'CHILD_UPDATED',
  CHILD_VIEWED = 'CHILD_VIEWED',
  RESTRICTED_FIELD_VIEWED = 'RESTRICTED_FIELD_VIEWED',
  REPORTER_VIEWED = 'REPORTER_VIEWED',
}

export const AUDIT_ACTIONS: readonly AuditAction[] = Object.values(AuditAction);
