import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { db } from '../../db/data-source';
import { AgencyDutyEntity } from './agency-duty.entity';
import { DirectiveEntity } from './directive.entity';
import { DutyAttachmentEntity, DutyUpdateEntity, DutyUpdateRevisionEntity } from './duty-update.entity';

const groupBy = <T>(rows: T[], ids: readonly string[], key: (row: T) => string): T[][] => {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return ids.map((id) => map.get(id) ?? []);
};

// Keyed by parents that were fetched through the directive scope (a directive, a duty of a
// visible directive, an update of such a duty), so these loaders need no scope of their own.
export const createDirectiveLoaders = () => ({
  directiveById: new DataLoader<string, DirectiveEntity | null>(async (ids) => {
    const rows = await db().getRepository(DirectiveEntity).findBy({ id: In([...ids]) });
    return ids.map((id) => rows.find((r) => r.id === id) ?? null);
  }),
  dutyById: new DataLoader<string, AgencyDutyEntity | null>(async (ids) => {
    const rows = await db().getRepository(AgencyDutyEntity).findBy({ id: In([...ids]) });
    return ids.map((id) => rows.find((r) => r.id === id) ?? null);
  }),
  dutiesByDirective: new DataLoader<string, AgencyDutyEntity[]>(async (ids) =>
    groupBy(
      await db().getRepository(AgencyDutyEntity).find({ where: { directiveId: In([...ids]) }, order: { position: 'ASC' } }),
      ids,
      (d) => d.directiveId,
    ),
  ),
  updatesByDuty: new DataLoader<string, DutyUpdateEntity[]>(async (ids) =>
    groupBy(
      await db().getRepository(DutyUpdateEntity).find({ where: { dutyId: In([...ids]) }, order: { periodCode: 'ASC' } }),
      ids,
      (u) => u.dutyId,
    ),
  ),
  revisionsByUpdate: new DataLoader<string, DutyUpdateRevisionEntity[]>(async (ids) =>
    groupBy(
      await db().getRepository(DutyUpdateRevisionEntity).find({ where: { updateId: In([...ids]) }, order: { version: 'DESC' } }),
      ids,
      (r) => r.updateId,
    ),
  ),
  attachmentsByUpdate: new DataLoader<string, DutyAttachmentEntity[]>(async (ids) =>
    groupBy(
      await db().getRepository(DutyAttachmentEntity).find({ where: { updateId: In([...ids]) }, order: { uploadedAt: 'ASC' } }),
      ids,
      (a) => a.updateId,
    ),
  ),
});
