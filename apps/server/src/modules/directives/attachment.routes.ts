import { AuditAction, Permission } from '@cp/schema';
import { AppError } from '../../common/app-error';
import { db } from '../../common/db';
import { defineRoute } from '../../common/http-route';
import { auditService } from '../audit/audit.service';
import { ALLOWED_TYPES, MAX_ATTACHMENT_BYTES, attachmentType, cleanFileName, decodeFileName } from './attachment-rules';
import { DutyAttachmentEntity, DutyUpdateEntity } from './duty-update.entity';
import { assertOwnAgency, dutyUpdateService, visibleDuty } from './duty-update.service';

const tooLarge = () => AppError.field('file', 'validation.fileTooLarge', { max: MAX_ATTACHMENT_BYTES / 1024 / 1024 });

// Upload: POST /api/duty-updates/:id/attachments with the file as the body, its type as
// Content-Type and its name (URI-encoded) in X-File-Name. The custom header also makes the
// request non-simple, so another site cannot send it with the user's cookie.
// Download: GET /api/attachments/:id, for whoever may see the update.
export const attachmentRoutes = [
  defineRoute({
    method: 'POST',
    path: '/duty-updates/:id/attachments',
    access: { permission: Permission.DUTY_UPDATE_DRAFT },
    // An oversized body is the user's input error, in their language, not a server error.
    body: { kind: 'raw', types: ALLOWED_TYPES, maxBytes: MAX_ATTACHMENT_BYTES, tooLarge },
    audits: [AuditAction.DUTY_ATTACHMENT_ADDED],
    handle: async (req, res, ctx) => {
      const actor = ctx.actor;
      const rawName = req.header('x-file-name');
      if (!rawName) throw AppError.field('file', 'validation.required');
      const fileName = cleanFileName(decodeFileName(rawName));
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (!bytes.length) throw AppError.field('file', 'validation.fileType');
      const type = attachmentType(fileName, req.header('content-type') ?? '', bytes);
      if (!type) throw AppError.field('file', 'validation.fileType');
      const saved = await db().transaction(async (tx) => {
        const update = await tx
          .getRepository(DutyUpdateEntity)
          .findOneBy({ id: String(req.params.id) })
          .catch(() => null);
        if (!update) throw AppError.notFound();
        const { duty } = await visibleDuty(actor, update.dutyId, tx);
        if (!dutyUpdateService.visibleTo(actor, duty, update)) throw AppError.notFound();
        assertOwnAgency(actor, duty);
        const result = await tx.insert(DutyAttachmentEntity, {
          updateId: update.id,
          fileName,
          contentType: type,
          size: bytes.length,
          content: bytes,
          uploadedBy: actor.userId,
        });
        const id = (result.identifiers[0] as { id: string }).id;
        await auditService.record(tx, ctx, {
          action: AuditAction.DUTY_ATTACHMENT_ADDED,
          entityType: 'DutyUpdate',
          entityId: update.id,
          data: { attachmentId: id, size: bytes.length, type },
        });
        return { id, fileName, contentType: type, size: bytes.length, url: `/api/attachments/${id}` };
      });
      res.status(201).json(saved);
    },
  }),

  defineRoute({
    method: 'GET',
    path: '/attachments/:id',
    access: { permission: Permission.DIRECTIVE_READ },
    handle: async (req, res, ctx) => {
      const actor = ctx.actor;
      const file = await db()
        .getRepository(DutyAttachmentEntity)
        .createQueryBuilder('a')
        .addSelect('a.content')
        .where('a.id = :id', { id: req.params.id })
        .getOne()
        .catch(() => null);
      if (!file) throw AppError.notFound();
      const update = await dutyUpdateService.get(file.updateId);
      const { duty } = await visibleDuty(actor, update.dutyId);
      if (!dutyUpdateService.visibleTo(actor, duty, update)) throw AppError.notFound();
      res.setHeader('Content-Type', file.contentType);
      res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
      res.setHeader('Cache-Control', 'private, no-store');
      res.send(file.content);
    },
  }),
];
