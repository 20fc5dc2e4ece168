import type { Permission, RecordScope, Role } from '@cp/schema';

// The signed-in person behind a request, resolved once per request from the session.
export type Actor = {
  userId: string;
  username: string;
  role: Role;
  permissions: ReadonlySet<Permission>;
  agencyId: string | null;
  jurisdictionId: string | null;
  // Path prefixes of the unit subtrees whose records the actor may see: the jurisdiction's own
  // subtree and those of the units it succeeded after a reform.
  scopePaths: readonly string[];
  recordScope: RecordScope;
  sessionId: string;
  locale: string;
};
