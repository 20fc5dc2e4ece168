import type { MigrationInterface, QueryRunner } from 'typeorm';

// Analytics: a covering index so that stats over children (scope by unit path, grouped by
// commune, sex, age, ethnicity or registration date) read the index alone, and per-token request
// counters in PostgreSQL so that several API processes share one rate limit per API token.
export class Analytics1764700000000 implements MigrationInterface {
  name = 'Analytics1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX child_stats_idx ON child (unit_path text_pattern_ops)
      INCLUDE (commune_id, sex, date_of_birth, ethnicity, created_at)`);
    await q.query(`CREATE INDEX child_circumstance_stats_idx ON child_circumstance (child_id) INCLUDE ("group", since, until)`);
    await q.query(`
      CREATE TABLE api_token_usage (
        session_id uuid NOT NULL REFERENCES auth_session (id) ON DELETE CASCADE,
        window_start timestamptz NOT NULL,
        requests integer NOT NULL DEFAULT 0,
        PRIMARY KEY (session_id, window_start)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS api_token_usage`);
    await q.query(`DROP INDEX IF EXISTS child_circumstance_stats_idx`);
    await q.query(`DROP INDEX IF EXISTS child_stats_idx`);
  }
}
