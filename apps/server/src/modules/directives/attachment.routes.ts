import express, { type Router } from 'express';
import { AuditAction, Permission } from '@cp/schema';
import { AppError, AppErrorCode } from '../../common/app-error';
import { db } from '../../db/data-source';
import type { HttpRouteContext } from '../../app/http-routes';
import { auditService } from '../audit/audit.service';
import { ALLOWED_TYPES, MAX_ATTACHMENT_BYTES, attachmentType, cleanFileName, decodeFileName } from './attachment-rules';
import { DutyAttachmentEntity, DutyUpdateEntity } from './duty-update.entity';
import { assertOwnAgency, dutyUpdateService, visibleDuty } from './duty-update.service';

const tooLarge = () => AppError.field('file', 'validation.fileTooLarge', { max: MAX_ATTACHMENT_BYTES / 1024 / 1024 });

// Upload: POST /api/duty-updates/:id/attachments with the file as the body, its type as
// Content-Type and its name (URI-encoded) in X-File-Name. The custom header also makes the
// request non-simple, so another site cannot send it with the user's cookie.
// Download: GET /api/attachments/:id, for whoever may see the update.
export const attachmentRoutes = (router: Router, contextOf: HttpRouteContext): void => {
  const rawBody = express.raw({ type: ALLOWED_TYPES, limit: MAX_ATTACHMENT_BYTES });
  router.post(
    '/duty-updates/:id/attachments',
    // An oversized body is the user's input error, in their language, not a server error.
    (req, res, next) => rawBody(req, res, (err?: unknown) => next((err as { type?: string })?.type === 'entity.too.large' ? tooLarge() : err)),
    async (req, res, next) => {
      try {
        const ctx = await contextOf(req, res);
        const actor = ctx.actor;
        if (!actor) throw new AppError(AppErrorCode.UNAUTHENTICATED);
        if (!actor.permissions.has(Permission.DUTY_UPDATE_DRAFT)) throw new AppError(AppErrorCode.FORBIDDEN);
        const rawName = req.header('x-file-name');
        if (!rawName) throw AppError.field('file', 'validation.required');
        const fileName = cleanFileName(decodeFileName(rawName));
        const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        if (!bytes.length) throw AppError.field('file', 'validation.fileType');
        const type = attachmentType(fileName, req.header('content-type') ?? '', bytes);
        if (!type) throw AppError.field('file', 'validation.fileType');
        const saved = await db().transaction(async (tx) => {
          const update = await tx.getRepository(DutyUpdateEntity).findOneBy({ id: String(req.params.id) }).catch(() => null);
          if (!update) throw AppError.notFound();
          const { duty } = await visibleDuty(actor, update.dutyId, tx);
          if (!dutyUpdateService.visibleTo(actor, duty, update)) throw AppError.notFound();
          assertOwnAgency(actor, duty);
          const result = await tx.insert(DutyAttachmentEntity, {
            updateId: update.id, fileName, contentType: type, size: bytes.length, content: bytes, uploadedBy: actor.userId,
          });
          const id = (result.identifiers[0] as { id: string }).id;
          await auditService.record(tx, ctx, {
            action: AuditAction.DUTY_ATTACHMENT_ADDED, entityType: 'DutyUpdate', entityId: update.id, data: { attachmentId: id, size: bytes.length, type },
          });
          return { id, fileName, contentType: type, size: bytes.length, url: `/api/attachments/${id}` };
        });
        res.status(201).json(saved);
      } catch (error) {
        next(error);
      }
    },
  );

  router.get('/attachments/:id', async (req, res, next) => {
    try {
      const ctx = await contextOf(req, res);
      const actor = ctx.actor;
      if (!actor) throw new AppError(AppErrorCode.UNAUTHENTICATED);
      if (!actor.permissions.has(Permission.DIRECTIVE_READ)) throw AppError.notFound();
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
    } catch (error) {
      next(error);
    }
  });
};
