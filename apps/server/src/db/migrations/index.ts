import { Foundation1764374400000 } from './1764374400000-foundation';
import { Notifications1764374500000 } from './1764374500000-notifications';
import { ChildRegistry1764400000000 } from './1764400000000-child-registry';
import { ProtectionCases1764500000000 } from './1764500000000-protection-cases';
import { Directives1764600000000 } from './1764600000000-directives';
import { Analytics1764700000000 } from './1764700000000-analytics';
import { SignInAttempts1765200000000 } from './1765200000000-sign-in-attempts';

// In order. Never edit a migration that has landed: add a new one.
export const MIGRATIONS = [
  Foundation1764374400000,
  Notifications1764374500000,
  ChildRegistry1764400000000,
  ProtectionCases1764500000000,
  Directives1764600000000,
  Analytics1764700000000,
  SignInAttempts1765200000000,
];
