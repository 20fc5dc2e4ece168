import type { MigrationInterface, QueryRunner } from 'typeorm';

// Abuse reports (Form 01), protection cases (Decree 56 arts. 25-32), their plans and deadlines,
// the deadline rule table and the public holiday calendar. Reports and cases carry the path of
// their commune (set by a trigger, as for children): the access boundary.
export class ProtectionCases1764500000000 implements MigrationInterface {
  name = 'ProtectionCases1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE abuse_report_code_seq`);
    await q.query(`CREATE SEQUENCE protection_case_code_seq`);
    await q.query(`
      CREATE FUNCTION set_unit_path_from_commune() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT path INTO NEW.unit_path FROM admin_unit WHERE id = NEW.commune_id;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TABLE protection_case (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        child_id uuid NOT NULL REFERENCES child (id),
        commune_id uuid NOT NULL REFERENCES admin_unit (id),
        unit_path text NOT NULL,
        level text NOT NULL,
        status text NOT NULL,
        risk_level text,
        emergency boolean NOT NULL DEFAULT false,
        circumstances text[] NOT NULL DEFAULT '{}',
        abuse_forms text[] NOT NULL DEFAULT '{}',
        received_at timestamptz NOT NULL,
        assigned_to uuid REFERENCES app_user (id),
        referred_to_police boolean NOT NULL DEFAULT false,
        referred_at timestamptz,
        opened_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        closed_by uuid REFERENCES app_user (id),
        closure_reason text,
        created_by uuid REFERENCES app_user (id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX protection_case_unit_path_idx ON protection_case (unit_path text_pattern_ops)`);
    await q.query(`CREATE INDEX protection_case_child_idx ON protection_case (child_id)`);
    await q.query(`CREATE INDEX protection_case_status_idx ON protection_case (status, received_at DESC)`);
    await q.query(`CREATE INDEX protection_case_referred_idx ON protection_case (referred_to_police) WHERE referred_to_police`);
    await q.query(`
      CREATE TRIGGER protection_case_unit_path BEFORE INSERT OR UPDATE OF commune_id ON protection_case
      FOR EACH ROW EXECUTE FUNCTION set_unit_path_from_commune()`);

    await q.query(`
      CREATE TABLE abuse_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        received_at timestamptz NOT NULL,
        channel text NOT NULL,
        category text NOT NULL,
        abuse_forms text[] NOT NULL DEFAULT '{}',
        commune_id uuid NOT NULL REFERENCES admin_unit (id),
        unit_path text NOT NULL,
        incident_place text,
        description text NOT NULL,
        child_name text,
        child_sex text,
        child_age_estimate integer,
        child_id uuid REFERENCES child (id),
        case_id uuid REFERENCES protection_case (id),
        status text NOT NULL DEFAULT 'RECEIVED',
        reporter_anonymous boolean NOT NULL,
        received_by uuid REFERENCES app_user (id),
        closure_reason text,
        closed_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX abuse_report_unit_path_idx ON abuse_report (unit_path text_pattern_ops)`);
    await q.query(`CREATE INDEX abuse_report_received_idx ON abuse_report (received_at DESC, id DESC)`);
    await q.query(`CREATE INDEX abuse_report_status_idx ON abuse_report (status)`);
    await q.query(`CREATE INDEX abuse_report_child_idx ON abuse_report (child_id)`);
    await q.query(`CREATE INDEX abuse_report_case_idx ON abuse_report (case_id)`);
    await q.query(`CREATE INDEX abuse_report_forms_idx ON abuse_report USING gin (abuse_forms)`);
    await q.query(`
      CREATE TRIGGER abuse_report_unit_path BEFORE INSERT OR UPDATE OF commune_id ON abuse_report
      FOR EACH ROW EXECUTE FUNCTION set_unit_path_from_commune()`);
    // Restricted: the reporter's identity lives apart, so that no list or join reaches it by
    // accident. An anonymous report has no row here at all.
    await q.query(`
      CREATE TABLE abuse_reporter (
        report_id uuid PRIMARY KEY REFERENCES abuse_report (id) ON DELETE CASCADE,
        full_name text,
        phone text,
        address text,
        relationship text
      )`);

    await q.query(`
      CREATE TABLE case_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES protection_case (id),
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_id uuid REFERENCES app_user (id),
        kind text NOT NULL,
        from_status text,
        to_status text,
        note text
      )`);
    await q.query(`CREATE INDEX case_event_case_idx ON case_event (case_id, at)`);
    await q.query(`
      CREATE TABLE case_assessment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES protection_case (id),
        kind text NOT NULL,
        risk_level text NOT NULL,
        serious_danger boolean NOT NULL DEFAULT false,
        findings text NOT NULL,
        recorded_by uuid REFERENCES app_user (id),
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX case_assessment_case_idx ON case_assessment (case_id, recorded_at)`);
    await q.query(`
      CREATE TABLE case_plan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES protection_case (id),
        version integer NOT NULL,
        submitted_at timestamptz,
        submitted_by uuid REFERENCES app_user (id),
        approved_at timestamptz,
        approved_by uuid REFERENCES app_user (id),
        superseded_at timestamptz,
        UNIQUE (case_id, version)
      )`);
    await q.query(`
      CREATE TABLE plan_measure (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES case_plan (id),
        case_id uuid NOT NULL REFERENCES protection_case (id),
        position integer NOT NULL,
        level text NOT NULL,
        description text NOT NULL,
        assigned_agency_id uuid REFERENCES agency (id),
        due_on date,
        status text NOT NULL DEFAULT 'PLANNED',
        outcome text,
        updated_by uuid REFERENCES app_user (id),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX plan_measure_plan_idx ON plan_measure (plan_id, position)`);
    await q.query(`CREATE INDEX plan_measure_agency_idx ON plan_measure (assigned_agency_id, status)`);

    // Deadlines as configuration: one row per kind (Decree 56; domain brief 10.4).
    await q.query(`
      CREATE TABLE deadline_rule (
        kind text PRIMARY KEY,
        start_event text NOT NULL,
        clock text NOT NULL CHECK (clock IN ('HOURS', 'WORKING_DAYS', 'CALENDAR_DAYS')),
        amount integer NOT NULL CHECK (amount > 0),
        responsible_role text NOT NULL,
        due_soon_hours integer NOT NULL DEFAULT 24,
        legal_basis text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE deadline (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        case_id uuid REFERENCES protection_case (id),
        abuse_report_id uuid REFERENCES abuse_report (id),
        unit_path text NOT NULL,
        responsible_role text NOT NULL,
        responsible_user_id uuid REFERENCES app_user (id),
        starts_at timestamptz NOT NULL,
        due_at timestamptz NOT NULL,
        due_soon_at timestamptz NOT NULL,
        met_at timestamptz,
        missed_at timestamptz,
        cancelled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (case_id IS NOT NULL OR abuse_report_id IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX deadline_case_idx ON deadline (case_id)`);
    await q.query(`CREATE INDEX deadline_report_idx ON deadline (abuse_report_id)`);
    await q.query(`CREATE INDEX deadline_open_idx ON deadline (due_at) WHERE met_at IS NULL AND cancelled_at IS NULL`);
    await q.query(`CREATE INDEX deadline_unit_path_idx ON deadline (unit_path text_pattern_ops)`);

    // Public holidays of Viet Nam, one row per day off (Tết and compensatory days included).
    await q.query(`
      CREATE TABLE public_holiday (
        day date PRIMARY KEY,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('HOLIDAY', 'TET', 'COMPENSATORY', 'WORKDAY')),
        source text,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['public_holiday', 'deadline', 'deadline_rule', 'plan_measure', 'case_plan', 'case_assessment', 'case_event', 'abuse_reporter', 'abuse_report', 'protection_case']) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS set_unit_path_from_commune()`);
    await q.query(`DROP SEQUENCE IF EXISTS protection_case_code_seq`);
    await q.query(`DROP SEQUENCE IF EXISTS abuse_report_code_seq`);
  }
}
