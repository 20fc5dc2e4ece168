import { QueryFailedError } from 'typeorm';

// PostgreSQL refusing a character of the input: NUL (22021), or one the encoding lacks (22P05).
export const isBadCharacterError = (error: unknown): boolean =>
  error instanceof QueryFailedError && ['22021', '22P05'].includes((error.driverError as { code?: string }).code ?? '');
