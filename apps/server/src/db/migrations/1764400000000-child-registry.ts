import type { MigrationInterface, QueryRunner } from 'typeorm';

// The child registry, complete: near-duplicate matching (fuzzystrmatch's levenshtein on the
// folded name, narrowed by commune and birth date), merged records, and the indexes the
// duplicate check and the circumstance filters use.
export class ChildRegistry1764400000000 implements MigrationInterface {
  name = 'ChildRegistry1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS fuzzystrmatch`);
    // A record merged into another stays (its history is the survivor's history) but leaves lists.
    await q.query(`ALTER TABLE child ADD COLUMN merged_into_id uuid REFERENCES child (id)`);
    await q.query(`CREATE INDEX child_merged_into_idx ON child (merged_into_id) WHERE merged_into_id IS NOT NULL`);
    await q.query(`CREATE INDEX child_commune_dob_idx ON child (commune_id, date_of_birth)`);
    await q.query(`CREATE INDEX child_circumstance_open_idx ON child_circumstance (child_id, "group") WHERE until IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS child_circumstance_open_idx`);
    await q.query(`DROP INDEX IF EXISTS child_commune_dob_idx`);
    await q.query(`DROP INDEX IF EXISTS child_merged_into_idx`);
    await q.query(`ALTER TABLE child DROP COLUMN IF EXISTS merged_into_id`);
    await q.query(`DROP EXTENSION IF EXISTS fuzzystrmatch`);
  }
}
