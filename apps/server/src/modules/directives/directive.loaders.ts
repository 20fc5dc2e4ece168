import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byId, groupByKey } from '../../common/loader-utils';
import { db } from '../../common/db';
import { AgencyDutyEntity } from './agency-duty.entity';
import { DirectiveEntity } from './directive.entity';
import { DutyAttachmentEntity, DutyUpdateEntity, DutyUpdateRevisionEntity } from './duty-update.entity';

// Keyed by parents that were fetched through the directive scope (a directive, a duty of a
// visible directive, an update of such a duty), so these loaders need no scope of their own.
export const createDirectiveLoaders = () => ({
  directiveById: new DataLoader<string, DirectiveEntity | null>(async (ids) => {
    const rows = await db()
      .getRepository(DirectiveEntity)
      .findBy({ id: In([...ids]) });
    return byId(rows, ids);
  }),
  dutyById: new DataLoader<string, AgencyDutyEntity | null>(async (ids) => {
    const rows = await db()
      .getRepository(AgencyDutyEntity)
      .findBy({ id: In([...ids]) });
    return byId(rows, ids);
  }),
  dutiesByDirective: new DataLoader<string, AgencyDutyEntity[]>(async (ids) =>
    groupByKey(
      await db()
        .getRepository(AgencyDutyEntity)
        .find({ where: { directiveId: In([...ids]) }, order: { position: 'ASC' } }),
      ids,
      (d) => d.directiveId,
    ),
  ),
  updatesByDuty: new DataLoader<string, DutyUpdateEntity[]>(async (ids) =>
    groupByKey(
      await db()
        .getRepository(DutyUpdateEntity)
        .find({ where: { dutyId: In([...ids]) }, order: { periodCode: 'ASC' } }),
      ids,
      (u) => u.dutyId,
    ),
  ),
  revisionsByUpdate: new DataLoader<string, DutyUpdateRevisionEntity[]>(async (ids) =>
    groupByKey(
      await db()
        .getRepository(DutyUpdateRevisionEntity)
        .find({ where: { updateId: In([...ids]) }, order: { version: 'DESC' } }),
      ids,
      (r) => r.updateId,
    ),
  ),
  attachmentsByUpdate: new DataLoader<string, DutyAttachmentEntity[]>(async (ids) =>
    groupByKey(
      await db()
        .getRepository(DutyAttachmentEntity)
        .find({ where: { updateId: In([...ids]) }, order: { uploadedAt: 'ASC' } }),
      ids,
      (a) => a.updateId,
    ),
  ),
});

declare module '../../common/context' {
  interface Loaders extends ReturnType<typeof createDirectiveLoaders> {}
}
