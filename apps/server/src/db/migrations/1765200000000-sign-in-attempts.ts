import type { MigrationInterface, QueryRunner } from 'typeorm';

// Sign-in attempts are reserved before the password is checked (issue 9, finding 2): a row is
// PENDING while argon2 runs, then FAILED or SUCCEEDED; a success, or an administrator, turns the
// failures of that username at that address into CLEARED. Limits count PENDING and FAILED rows,
// so parallel attempts see each other. Replaces login_failure (its rows become FAILED).
export class SignInAttempts1765200000000 implements MigrationInterface {
  name = 'SignInAttempts1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_attempt (
        id bigserial PRIMARY KEY,
        username text NOT NULL,
        ip text NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        outcome text NOT NULL DEFAULT 'PENDING' CHECK (outcome IN ('PENDING', 'FAILED', 'SUCCEEDED', 'CLEARED')),
        user_id uuid REFERENCES app_user (id) ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX login_attempt_username_idx ON login_attempt (username, at)`);
    await q.query(`CREATE INDEX login_attempt_ip_idx ON login_attempt (ip, at)`);
    await q.query(`CREATE INDEX login_attempt_at_idx ON login_attempt (at)`);
    await q.query(`INSERT INTO login_attempt (username, ip, at, outcome) SELECT username, ip, at, 'FAILED' FROM login_failure`);
    await q.query(`DROP TABLE login_failure`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_failure (
        id bigserial PRIMARY KEY,
        username text NOT NULL,
        ip text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX login_failure_username_idx ON login_failure (username, at)`);
    await q.query(`CREATE INDEX login_failure_ip_idx ON login_failure (ip, at)`);
    await q.query(`INSERT INTO login_failure (username, ip, at) SELECT username, ip, at FROM login_attempt WHERE outcome = 'FAILED'`);
    await q.query(`DROP TABLE login_attempt`);
  }
}
