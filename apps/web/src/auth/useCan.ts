import type { Permission } from '@cp/schema';
import { useSession } from './session';

// Hides what the user may not do. UX only: the server checks every operation again.
export const useCan = (permission: Permission): boolean => useSession().permissions.includes(permission);
