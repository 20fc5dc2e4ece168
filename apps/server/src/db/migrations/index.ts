import { Foundation1764374400000 } from './1764374400000-foundation';
import { Notifications1764374500000 } from './1764374500000-notifications';
import { Directives1764600000000 } from './1764600000000-directives';

// In order. Never edit a migration that has landed: add a new one.
export const MIGRATIONS = [Foundation1764374400000, Notifications1764374500000, Directives1764600000000];
