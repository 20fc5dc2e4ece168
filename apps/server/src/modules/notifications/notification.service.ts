import { IsNull, type EntityManager } from 'typeorm';
import { db } from '../../common/db';
import type { Actor } from '../../common/actor';
import { NotificationEntity } from './notification.entity';

export type NewNotification = {
  kind: string;
  // a key of SERVER_MESSAGES (packages/schema/src/messages.ts), with {{params}}
  messageKey: string;
  params?: Record<string, string | number>;
  entityType?: string;
  entityId?: string;
  // notifications with the same key for the same user are sent once
  dedupeKey?: string;
};

export const notificationService = {
  notify: async (tx: EntityManager, userIds: string[], n: NewNotification): Promise<number> => {
    let sent = 0;
    for (const userId of new Set(userIds)) {
      const rows: unknown[] = await tx.query(
        `INSERT INTO notification (user_id, kind, message_key, params, entity_type, entity_id, dedupe_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING id`,
        [userId, n.kind, n.messageKey, JSON.stringify(n.params ?? {}), n.entityType ?? null, n.entityId ?? null, n.dedupeKey ?? null],
      );
      sent += rows.length;
    }
    return sent;
  },

  mine: (actor: Actor, unreadOnly: boolean, first: number): Promise<NotificationEntity[]> =>
    db()
      .getRepository(NotificationEntity)
      .find({
        where: unreadOnly ? { userId: actor.userId, readAt: IsNull() } : { userId: actor.userId },
        order: { createdAt: 'DESC' },
        take: first,
      }),

  unreadCount: async (actor: Actor): Promise<number> => {
    const [{ n }] = await db().query<[{ n: number }]>(
      'SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND read_at IS NULL',
      [actor.userId],
    );
    return n;
  },

  // Only one's own notifications can be marked read; ids of others' are ignored.
  markRead: async (actor: Actor, ids: string[] | null): Promise<number> => {
    const result: [unknown[], number] = await db().query(
      `UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
      [actor.userId, ids],
    );
    return result[1];
  },
};
