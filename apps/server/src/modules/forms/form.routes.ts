import type { Request, Response } from 'express';
import { AppError, AppErrorCode, HTTP_STATUS } from '../../common/app-error';
import { translate } from '../../common/i18n';
import { logger } from '../../common/logger';
import type { MountRoutes } from '../../app/http-routes';
import { renderHtml } from './form-document';
import { FORM_NUMBERS, buildForm, type FormNo } from './form-data.service';
import { renderPdf } from './form-pdf';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// GET /api/forms/{01..07}/{id}: HTML for printing, or ?format=pdf. Never cached: personal data.
// The permission depends on the form (report or case): buildForm checks it with the record's scope.
export const mountFormRoutes: MountRoutes = (router, { context }) => {
  router.get('/forms/:form/:id', async (req: Request, res: Response) => {
    const ctx = await context(req, res);
    res.setHeader('Cache-Control', 'no-store');
    try {
      const form = String(req.params.form);
      const id = String(req.params.id);
      if (!ctx.actor) throw new AppError(AppErrorCode.UNAUTHENTICATED);
      if (!FORM_NUMBERS.includes(form as FormNo) || !UUID_RE.test(id)) throw AppError.notFound();
      const doc = await buildForm({ ...ctx, actor: ctx.actor }, form as FormNo, id);
      if (req.query.format === 'pdf') {
        const pdf = await renderPdf(doc);
        res.type('application/pdf').setHeader('Content-Disposition', `inline; filename="mau-${form}.pdf"`);
        res.send(pdf);
      } else {
        res.type('html').send(renderHtml(doc));
      }
    } catch (error) {
      const code = error instanceof AppError ? error.code : AppErrorCode.INTERNAL_SERVER_ERROR;
      if (!(error instanceof AppError)) logger.error({ err: error, requestId: ctx.request.requestId }, 'form rendering failed');
      res.status(HTTP_STATUS[code]).type('text/plain').send(translate(ctx.locale, { key: `error.${code}`, values: { requestId: ctx.request.requestId } }));
    }
  });
};
