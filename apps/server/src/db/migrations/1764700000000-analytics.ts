import type { MigrationInterface, QueryRunner } from 'typeorm';

// Analytics: a covering index on birth dates for stats over children, a roll-up of children per commune, sex and
// birth month kept current by statement-level triggers (so that children by commune × sex × age
// band over a million children reads ~100 000 roll-up rows instead of every child), and per-token
// request counters in PostgreSQL so that several API processes share one rate limit per API token.
export class Analytics1764700000000 implements MigrationInterface {
  name = 'Analytics1764700000000';

  async up(q: QueryRunner): Promise<void> {
    // The birth months on age-band edges are counted from the children: read from this index alone.
    await q.query(`CREATE INDEX child_stats_dob_idx ON child (date_of_birth) INCLUDE (unit_path, commune_id, sex)`);
    await q.query(`CREATE INDEX child_circumstance_stats_idx ON child_circumstance (child_id) INCLUDE ("group", since, until)`);
    await q.query(`
      CREATE TABLE child_stat_month (
        commune_id uuid NOT NULL,
        sex text NOT NULL,
        birth_month date NOT NULL,
        n integer NOT NULL,
        PRIMARY KEY (commune_id, sex, birth_month)
      )`);
    // One upsert per statement over its transition tables: a bulk insert costs one aggregate.
    for (const [op, sign, table] of [['insert', '+', 'new_rows'], ['delete', '-', 'old_rows']] as const) {
      await q.query(`
        CREATE FUNCTION child_stat_month_${op}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO child_stat_month (commune_id, sex, birth_month, n)
          SELECT commune_id, sex, date_trunc('month', date_of_birth)::date, ${sign}count(*) FROM ${table} GROUP BY 1, 2, 3
          ON CONFLICT (commune_id, sex, birth_month) DO UPDATE SET n = child_stat_month.n + excluded.n;
          RETURN NULL;
        END $$`);
    }
    await q.query(`
      CREATE FUNCTION child_stat_month_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO child_stat_month (commune_id, sex, birth_month, n)
        SELECT commune_id, sex, month, sum(n) FROM (
          SELECT commune_id, sex, date_trunc('month', date_of_birth)::date AS month, -1 AS n FROM old_rows
          UNION ALL
          SELECT commune_id, sex, date_trunc('month', date_of_birth)::date, 1 FROM new_rows
        ) d GROUP BY 1, 2, 3 HAVING sum(n) <> 0
        ON CONFLICT (commune_id, sex, birth_month) DO UPDATE SET n = child_stat_month.n + excluded.n;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER child_stat_month_ins AFTER INSERT ON child REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION child_stat_month_insert()`);
    await q.query(`CREATE TRIGGER child_stat_month_del AFTER DELETE ON child REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION child_stat_month_delete()`);
    await q.query(`CREATE TRIGGER child_stat_month_upd AFTER UPDATE ON child REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION child_stat_month_update()`);
    await q.query(`
      INSERT INTO child_stat_month (commune_id, sex, birth_month, n)
      SELECT commune_id, sex, date_trunc('month', date_of_birth)::date, count(*) FROM child GROUP BY 1, 2, 3`);
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
    for (const t of ['ins', 'del', 'upd']) await q.query(`DROP TRIGGER IF EXISTS child_stat_month_${t} ON child`);
    for (const f of ['insert', 'delete', 'update']) await q.query(`DROP FUNCTION IF EXISTS child_stat_month_${f}()`);
    await q.query(`DROP TABLE IF EXISTS child_stat_month`);
    await q.query(`DROP INDEX IF EXISTS child_circumstance_stats_idx`);
    await q.query(`DROP INDEX IF EXISTS child_stats_dob_idx`);
  }
}
