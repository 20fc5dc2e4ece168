import { describe, expect, it } from 'vitest';
import { db } from '../../common/db';
import { codeOf, execute, userId } from '../../../test/execute';
import { notificationService } from './notification.service';

const MINE = `{ myNotifications { id kind message entityType entityId readAt } unreadNotificationCount }`;

describe('notifications', () => {
  it('delivers once per dedupe key, in the reader language, to that reader only', async () => {
    const officer = await userId('commune1.officer');
    const sent = await db().transaction((tx) =>
      notificationService.notify(tx, [officer, officer], {
        kind: 'TEST',
        messageKey: 'error.RATE_LIMITED',
        params: { minutes: 5 },
        entityType: 'Child',
        entityId: 'c1',
        dedupeKey: 'k1',
      }),
    );
    expect(sent).toBe(1);
    await db().transaction((tx) =>
      notificationService.notify(tx, [officer], { kind: 'TEST', messageKey: 'error.RATE_LIMITED', dedupeKey: 'k1' }),
    );
    const mine = await execute<{ myNotifications: { id: string; message: string }[]; unreadNotificationCount: number }>(MINE, {
      as: 'commune1.officer',
    });
    expect(mine.data!.unreadNotificationCount).toBe(1);
    expect(mine.data!.myNotifications[0]!.message).toBe('Bạn đã thử quá nhiều lần. Vui lòng thử lại sau 5 phút.');
    const other = await execute<{ myNotifications: unknown[] }>(MINE, { as: 'commune2.officer' });
    expect(other.data!.myNotifications).toEqual([]);
    // another user cannot mark it read
    const id = mine.data!.myNotifications[0]!.id;
    const foreign = await execute(`mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, {
      as: 'commune2.officer',
      variables: { ids: [id] },
    });
    expect(foreign.data).toEqual({ markNotificationsRead: 0 });
    const own = await execute(`mutation { markNotificationsRead }`, { as: 'commune1.officer' });
    expect(own.data).toEqual({ markNotificationsRead: 1 });
    expect(codeOf(await execute(MINE, { as: null }))).toBe('UNAUTHENTICATED');
  });
});
