import { Foundation1764374400000 } from './1764374400000-foundation';
import { Notifications1764374500000 } from './1764374500000-notifications';
import { Analytics1764700000000 } from './1764700000000-analytics';

// In order. Never edit a migration that has landed: add a new one.
export const MIGRATIONS = [
  Foundation1764374400000,
  Notifications1764374500000,
  Analytics1764700000000,
];
