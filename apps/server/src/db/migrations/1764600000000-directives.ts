import type { MigrationInterface, QueryRunner } from 'typeorm';

// Directives, the duties they give each agency, and the agencies' progress per reporting period
// (drafts, submissions with their history, evidence files). A directive and its duties carry the
// unit path of their agency (set by triggers, like child.unit_path) so reads can be scoped in SQL.
export class Directives1764600000000 implements MigrationInterface {
  name = 'Directives1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION agency_unit_path(agency uuid) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT u.path FROM agency a JOIN admin_unit u ON u.id = a.unit_id WHERE a.id = agency
      $$`);
    await q.query(`
      CREATE TABLE directive (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number text,
        title text NOT NULL,
        issued_by uuid NOT NULL REFERENCES agency (id),
        issued_on date NOT NULL,
        basis text,
        reporting_deadlines text[] NOT NULL,
        unit_path text NOT NULL,
        created_by uuid REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX directive_unit_path_idx ON directive (unit_path text_pattern_ops)`);
    await q.query(`CREATE INDEX directive_issued_on_idx ON directive (issued_on DESC)`);
    await q.query(`
      CREATE FUNCTION directive_set_unit_path() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN NEW.unit_path := agency_unit_path(NEW.issued_by); RETURN NEW; END $$`);
    await q.query(`
      CREATE TRIGGER directive_unit_path BEFORE INSERT OR UPDATE OF issued_by ON directive
      FOR EACH ROW EXECUTE FUNCTION directive_set_unit_path()`);

    await q.query(`
      CREATE TABLE agency_duty (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        directive_id uuid NOT NULL REFERENCES directive (id) ON DELETE CASCADE,
        section text NOT NULL,
        position integer NOT NULL,
        agency_id uuid NOT NULL REFERENCES agency (id),
        title text NOT NULL,
        description text NOT NULL,
        indicators text[] NOT NULL DEFAULT '{}',
        unit_path text NOT NULL
      )`);
    await q.query(`CREATE INDEX agency_duty_directive_idx ON agency_duty (directive_id, section, position)`);
    await q.query(`CREATE INDEX agency_duty_agency_idx ON agency_duty (agency_id, directive_id)`);
    await q.query(`CREATE INDEX agency_duty_unit_path_idx ON agency_duty (unit_path text_pattern_ops)`);
    await q.query(`
      CREATE FUNCTION agency_duty_set_unit_path() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN NEW.unit_path := agency_unit_path(NEW.agency_id); RETURN NEW; END $$`);
    await q.query(`
      CREATE TRIGGER agency_duty_unit_path BEFORE INSERT OR UPDATE OF agency_id ON agency_duty
      FOR EACH ROW EXECUTE FUNCTION agency_duty_set_unit_path()`);

    await q.query(`
      CREATE TABLE duty_update (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        duty_id uuid NOT NULL REFERENCES agency_duty (id) ON DELETE CASCADE,
        period_code text NOT NULL,
        state text NOT NULL CHECK (state IN ('DRAFT', 'SUBMITTED')),
        status text NOT NULL,
        progress integer NOT NULL CHECK (progress BETWEEN 0 AND 100),
        summary text NOT NULL,
        indicators jsonb NOT NULL DEFAULT '[]',
        late boolean NOT NULL DEFAULT false,
        updated_by uuid NOT NULL REFERENCES app_user (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        submitted_by uuid REFERENCES app_user (id),
        submitted_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        UNIQUE (duty_id, period_code)
      )`);
    await q.query(`CREATE INDEX duty_update_period_idx ON duty_update (period_code, state)`);
    // Every saved version of an update: the drill-down's history.
    await q.query(`
      CREATE TABLE duty_update_revision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        update_id uuid NOT NULL REFERENCES duty_update (id) ON DELETE CASCADE,
        version integer NOT NULL,
        state text NOT NULL,
        status text NOT NULL,
        progress integer NOT NULL,
        summary text NOT NULL,
        indicators jsonb NOT NULL DEFAULT '[]',
        late boolean NOT NULL,
        by_user uuid NOT NULL REFERENCES app_user (id),
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX duty_update_revision_update_idx ON duty_update_revision (update_id, version)`);
    await q.query(`
      CREATE TABLE duty_attachment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        update_id uuid NOT NULL REFERENCES duty_update (id) ON DELETE CASCADE,
        file_name text NOT NULL,
        content_type text NOT NULL,
        size integer NOT NULL,
        content bytea NOT NULL,
        uploaded_by uuid NOT NULL REFERENCES app_user (id),
        uploaded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX duty_attachment_update_idx ON duty_attachment (update_id, uploaded_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['duty_attachment', 'duty_update_revision', 'duty_update', 'agency_duty', 'directive']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS agency_duty_set_unit_path()`);
    await q.query(`DROP FUNCTION IF EXISTS directive_set_unit_path()`);
    await q.query(`DROP FUNCTION IF EXISTS agency_unit_path(uuid)`);
  }
}
