import { describe, expect, it } from 'vitest';
import { explainPostgresFailure } from '../db/embedded-recovery';
import { explainStartupError } from './startup-errors';

describe('explainStartupError', () => {
  it('says why in words an operator can act on', () => {
    expect(explainStartupError(undefined)).toMatch(/unknown error/);
    expect(explainStartupError(Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE', port: 4000 }))).toBe(
      'port 4000 is already in use by another program: stop it, or choose another port (PORT, EMBEDDED_PG_PORT).',
    );
    expect(
      explainStartupError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED', address: '127.0.0.1', port: 5432 })),
    ).toMatch(/^PostgreSQL does not answer at 127\.0\.0\.1:5432 \(connection refused\)/);
    expect(explainStartupError(Object.assign(new Error('password authentication failed for user "app"'), { code: '28P01' }))).toMatch(
      /refused the password/,
    );
    expect(explainStartupError(Object.assign(new Error('database "x" does not exist'), { code: '3D000' }))).toBe(
      'database "x" does not exist: create the database first, or fix its name in DATABASE_URL.',
    );
    expect(explainStartupError(Object.assign(new Error('EACCES'), { code: 'EACCES', path: '/srv/data' }))).toBe(
      'cannot use /srv/data: permission denied. DATA_DIR must be a folder the app may write to.',
    );
    expect(explainStartupError(new Error('PORT must be a non-negative integer, got "x"\n    at loadEnv'))).toBe(
      'PORT must be a non-negative integer, got "x"',
    );
  });
});

describe('explainPostgresFailure', () => {
  it("turns PostgreSQL's last words into a reason", () => {
    expect(explainPostgresFailure('LOG: could not bind IPv4 address "127.0.0.1": Address already in use\n', 5433, '/d/pg')).toMatch(
      /port 5433: another program uses it/,
    );
    expect(
      explainPostgresFailure(
        'FATAL:  database files are incompatible with server\nDETAIL: initialized by PostgreSQL version 16',
        1,
        '/d/pg',
      ),
    ).toMatch(/another major version/);
    expect(explainPostgresFailure('FATAL:  data directory "/d/pg" has invalid permissions', 1, '/d/pg')).toMatch(/may not use \/d\/pg/);
    expect(explainPostgresFailure('', 1, '/d/pg')).toBe('the embedded PostgreSQL did not start (no message).');
  });
});
