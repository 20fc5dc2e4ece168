import { AppError } from './app-error';

// Optimistic concurrency: the client sends the version it read; anything else is CONFLICT
// and nothing is written. Call with the row locked (SELECT ... FOR UPDATE) in the transaction.
export const assertVersion = (current: number, expected: number): void => {
  if (current !== expected) throw AppError.conflict();
};
