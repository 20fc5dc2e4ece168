import type { MigrationInterface, QueryRunner } from 'typeorm';

// In-app notifications (deadline reminders, missed deadlines, duty reminders). The text is a
// message key with parameters, translated into the reader's language when read.
export class Notifications1764374500000 implements MigrationInterface {
  name = 'Notifications1764374500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id),
        kind text NOT NULL,
        message_key text NOT NULL,
        params jsonb NOT NULL DEFAULT '{}',
        entity_type text,
        entity_id text,
        dedupe_key text,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await q.query(`CREATE INDEX notification_user_idx ON notification (user_id, read_at, created_at DESC)`);
    // The same reminder is never sent twice to the same person.
    await q.query(`CREATE UNIQUE INDEX notification_dedupe_uq ON notification (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS notification`);
  }
}
