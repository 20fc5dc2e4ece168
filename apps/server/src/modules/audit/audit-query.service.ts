import { AppError, AppErrorCode } from '../../common/app-error';
import { db } from '../../common/db';
import { decodeCursor, encodeCursor, pageSize, toConnection, type ConnectionShape, type ListQuery } from '../../common/connection';
import { AuditEventEntity } from './audit-event.entity';

export type AuditFilterInput = {
  actorId?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: Date;
  to?: Date;
};

export const auditQueryService = {
  list: async ({
    filter,
    first,
    after,
    withCount,
  }: Omit<ListQuery<AuditFilterInput>, 'actor'>): Promise<ConnectionShape<AuditEventEntity>> => {
    const size = pageSize(first);
    const qb = db().getRepository(AuditEventEntity).createQueryBuilder('e');
    if (filter.actorId) qb.andWhere('e.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.action) qb.andWhere('e.action = :action', { action: filter.action });
    if (filter.entityType) qb.andWhere('e.entity_type = :entityType', { entityType: filter.entityType });
    if (filter.entityId) qb.andWhere('e.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.from) qb.andWhere('e.at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('e.at < :to', { to: filter.to });
    const totalCount = withCount ? await qb.clone().getCount() : 0;
    if (after) {
      const [id] = decodeCursor(after, 1);
      if (!/^\d+$/.test(String(id)))
        throw new AppError(AppErrorCode.BAD_USER_INPUT, undefined, [{ field: 'after', key: 'validation.invalid' }]);
      qb.andWhere('e.id < :cursorId', { cursorId: String(id) });
    }
    const rows = await qb
      .orderBy('e.id', 'DESC')
      .take(size + 1)
      .getMany();
    return toConnection(rows, size, (e) => encodeCursor([e.id]), totalCount);
  },
};
