import type { MigrationInterface, QueryRunner } from 'typeorm';

// The foundation: administrative units (with validity dates and successor links), agencies,
// users and sessions, the append-only audit log, idempotent creates, and the first slice of
// the child registry. Subtree access is one indexed condition: `path LIKE '/<id>/.../%'`.
export class Foundation1764374400000 implements MigrationInterface {
  name = 'Foundation1764374400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await q.query(`
      CREATE TABLE admin_unit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        name text NOT NULL,
        level text NOT NULL CHECK (level IN ('PROVINCE', 'DISTRICT', 'COMMUNE', 'VILLAGE')),
        parent_id uuid REFERENCES admin_unit (id),
        path text NOT NULL,
        valid_from date,
        valid_to date,
        source text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
      )`);
    await q.query(`CREATE INDEX admin_unit_path_idx ON admin_unit (path text_pattern_ops)`);
    await q.query(`CREATE INDEX admin_unit_parent_idx ON admin_unit (parent_id, level)`);
    await q.query(`CREATE INDEX admin_unit_level_idx ON admin_unit (level, valid_to)`);
    await q.query(`CREATE UNIQUE INDEX admin_unit_official_code_uq ON admin_unit (level, code, coalesce(valid_from, '0001-01-01'::date)) WHERE level <> 'VILLAGE'`);
    await q.query(`CREATE UNIQUE INDEX admin_unit_village_code_uq ON admin_unit (parent_id, code) WHERE level = 'VILLAGE'`);
    // The path is derived from the parent's, so it can never disagree with the tree.
    await q.query(`
      CREATE FUNCTION admin_unit_set_path() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.parent_id IS NULL THEN
          NEW.path := '/' || NEW.id || '/';
        ELSE
          SELECT path || NEW.id || '/' INTO NEW.path FROM admin_unit WHERE id = NEW.parent_id;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER admin_unit_path BEFORE INSERT OR UPDATE OF parent_id ON admin_unit
      FOR EACH ROW EXECUTE FUNCTION admin_unit_set_path()`);

    await q.query(`
      CREATE TABLE admin_unit_successor (
        predecessor_id uuid NOT NULL REFERENCES admin_unit (id),
        successor_id uuid NOT NULL REFERENCES admin_unit (id),
        basis text,
        confidence text,
        PRIMARY KEY (predecessor_id, successor_id)
      )`);
    await q.query(`CREATE INDEX admin_unit_successor_succ_idx ON admin_unit_successor (successor_id)`);

    await q.query(`
      CREATE TABLE agency (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        kind text NOT NULL,
        unit_id uuid NOT NULL REFERENCES admin_unit (id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX agency_unit_idx ON agency (unit_id)`);

    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username text NOT NULL,
        full_name text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL,
        agency_id uuid REFERENCES agency (id),
        jurisdiction_id uuid REFERENCES admin_unit (id),
        locale text NOT NULL DEFAULT 'vi' CHECK (locale IN ('vi', 'en')),
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX app_user_username_uq ON app_user (lower(username))`);

    await q.query(`
      CREATE TABLE auth_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES app_user (id),
        kind text NOT NULL CHECK (kind IN ('SESSION', 'API_TOKEN')),
        name text,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX auth_session_user_idx ON auth_session (user_id, kind)`);

    await q.query(`
      CREATE TABLE login_failure (
        id bigserial PRIMARY KEY,
        username text NOT NULL,
        ip text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX login_failure_username_idx ON login_failure (username, at)`);
    await q.query(`CREATE INDEX login_failure_ip_idx ON login_failure (ip, at)`);

    await q.query(`
      CREATE TABLE audit_event (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid REFERENCES app_user (id),
        actor_role text,
        actor_agency_id uuid,
        action text NOT NULL,
        entity_type text,
        entity_id text,
        request_id text,
        ip text,
        user_agent text,
        data jsonb
      )`);
    await q.query(`CREATE INDEX audit_event_at_idx ON audit_event (at)`);
    await q.query(`CREATE INDEX audit_event_actor_idx ON audit_event (actor_id, at)`);
    await q.query(`CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id, at)`);
    await q.query(`CREATE INDEX audit_event_action_idx ON audit_event (action, at)`);
    // Append-only: the log cannot be edited or pruned through the application's connection.
    await q.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);

    await q.query(`
      CREATE TABLE client_mutation (
        actor_id uuid NOT NULL REFERENCES app_user (id),
        operation text NOT NULL,
        client_mutation_id text NOT NULL,
        entity_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (actor_id, operation, client_mutation_id)
      )`);

    await q.query(`CREATE SEQUENCE child_code_seq`);
    await q.query(`
      CREATE TABLE child (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        full_name text NOT NULL,
        search_text text NOT NULL,
        date_of_birth date NOT NULL,
        dob_estimated boolean NOT NULL DEFAULT false,
        sex text NOT NULL CHECK (sex IN ('MALE', 'FEMALE', 'UNKNOWN')),
        ethnicity text,
        personal_id text CHECK (personal_id ~ '^[0-9]{12}$'),
        commune_id uuid NOT NULL REFERENCES admin_unit (id),
        village_id uuid REFERENCES admin_unit (id),
        unit_path text NOT NULL,
        address text,
        at_risk boolean NOT NULL DEFAULT false,
        created_by uuid REFERENCES app_user (id),
        updated_by uuid REFERENCES app_user (id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX child_personal_id_uq ON child (personal_id) WHERE personal_id IS NOT NULL`);
    await q.query(`CREATE INDEX child_search_trgm_idx ON child USING gin (search_text gin_trgm_ops)`);
    await q.query(`CREATE INDEX child_unit_path_idx ON child (unit_path text_pattern_ops)`);
    await q.query(`CREATE INDEX child_commune_idx ON child (commune_id)`);
    await q.query(`CREATE INDEX child_village_idx ON child (village_id)`);
    await q.query(`CREATE INDEX child_name_idx ON child (search_text, id)`);
    await q.query(`CREATE INDEX child_updated_idx ON child (updated_at DESC, id DESC)`);
    await q.query(`CREATE INDEX child_dob_idx ON child (date_of_birth, id)`);
    // The child's place in the unit tree follows its village (or commune) in the same statement.
    await q.query(`
      CREATE FUNCTION child_set_unit_path() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT path INTO NEW.unit_path FROM admin_unit WHERE id = coalesce(NEW.village_id, NEW.commune_id);
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER child_unit_path BEFORE INSERT OR UPDATE OF commune_id, village_id ON child
      FOR EACH ROW EXECUTE FUNCTION child_set_unit_path()`);

    await q.query(`
      CREATE TABLE caregiver (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        child_id uuid NOT NULL REFERENCES child (id) ON DELETE CASCADE,
        position integer NOT NULL DEFAULT 0,
        full_name text NOT NULL,
        relationship text NOT NULL,
        birth_year integer,
        occupation text,
        phone text
      )`);
    await q.query(`CREATE INDEX caregiver_child_idx ON caregiver (child_id, position)`);

    await q.query(`
      CREATE TABLE child_circumstance (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        child_id uuid NOT NULL REFERENCES child (id) ON DELETE CASCADE,
        "group" text NOT NULL,
        subgroup text,
        since date NOT NULL,
        until date,
        note text,
        verified_by uuid REFERENCES app_user (id),
        created_by uuid REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX child_circumstance_child_idx ON child_circumstance (child_id)`);
    await q.query(`CREATE INDEX child_circumstance_group_idx ON child_circumstance ("group", until)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'child_circumstance', 'caregiver', 'child', 'client_mutation', 'audit_event', 'login_failure',
      'auth_session', 'app_user', 'agency', 'admin_unit_successor', 'admin_unit',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`DROP SEQUENCE IF EXISTS child_code_seq`);
    await q.query(`DROP FUNCTION IF EXISTS child_set_unit_path()`);
    await q.query(`DROP FUNCTION IF EXISTS audit_event_append_only()`);
    await q.query(`DROP FUNCTION IF EXISTS admin_unit_set_path()`);
  }
}
