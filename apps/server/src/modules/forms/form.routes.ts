import type { Request, Response } from 'express';
import { AuditAction, Permission } from '@cp/schema';
import { AppError } from '../../common/app-error';
import type { SignedInContext } from '../../common/context';
import { defineRoute } from '../../common/http-route';
import { renderHtml } from './form-document';
import { FORM_NUMBERS, buildForm, type FormNo } from './form-data.service';
import { renderPdf } from './form-pdf';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// HTML for printing, or ?format=pdf. Never cached: personal data. buildForm applies the
// record's scope (NOT_FOUND outside it) and audits the printing.
const print = async (form: string, req: Request, res: Response, ctx: SignedInContext): Promise<void> => {
  res.setHeader('Cache-Control', 'no-store');
  const id = String(req.params.id);
  if (!FORM_NUMBERS.includes(form as FormNo) || !UUID_RE.test(id)) throw AppError.notFound();
  const doc = await buildForm(ctx, form as FormNo, id);
  if (req.query.format === 'pdf') {
    const pdf = await renderPdf(doc);
    res.type('application/pdf').setHeader('Content-Disposition', `inline; filename="mau-${form}.pdf"`);
    res.send(pdf);
  } else {
    res.type('html').send(renderHtml(doc));
  }
};

// GET /api/forms/01/{reportId}: Form 01, of an abuse report (with its reporter for those who may
// read it). GET /api/forms/{02..07}/{caseId}: the forms of a protection case.
export const formRoutes = [
  defineRoute({
    method: 'GET',
    path: '/forms/01/:id',
    access: { permission: Permission.REPORT_READ },
    audits: [AuditAction.FORM_PRINTED, AuditAction.REPORTER_VIEWED],
    handle: (req, res, ctx) => print('01', req, res, ctx),
  }),
  defineRoute({
    method: 'GET',
    path: '/forms/:form/:id',
    access: { permission: Permission.CASE_READ },
    audits: [AuditAction.FORM_PRINTED],
    handle: (req, res, ctx) => {
      const form = String(req.params.form);
      return print(form === '01' ? '' : form, req, res, ctx);
    },
  }),
];
