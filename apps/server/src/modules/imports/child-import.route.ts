import ExcelJS from 'exceljs';
import { AuditAction, CHILD_IMPORT_COLUMNS, Permission } from '@cp/schema';
import { AppError, AppErrorCode } from '../../common/app-error';
import { defineRoute, httpErrorBody } from '../../common/http-route';
import { translate } from '../../common/i18n';
import { parseImportFile } from './child-import.parse';
import { childImportService, type ImportProgress } from './child-import.service';

export const MAX_IMPORT_BYTES = 40 * 1024 * 1024;

// POST /api/imports/children (multipart field `file`, CSV or XLSX; ?dryRun=true checks only).
// With `Accept: application/x-ndjson` the answer streams progress lines, then the result line.
export const childImportRoutes = [
  defineRoute({
    method: 'POST',
    path: '/imports/children',
    access: { permission: Permission.CHILD_IMPORT },
    body: {
      kind: 'multipart',
      field: 'file',
      maxBytes: MAX_IMPORT_BYTES,
      invalid: () => new AppError(AppErrorCode.BAD_USER_INPUT, 'import.badFile'),
    },
    audits: [AuditAction.CHILDREN_IMPORTED, AuditAction.CHILD_REGISTERED],
    handle: async (req, res, ctx) => {
      if (!req.file) throw AppError.field('file', 'validation.required');
      const dryRun = req.query.dryRun === 'true' || req.query.dryRun === '1';
      const rows = await parseImportFile(req.file.buffer, req.file.originalname);
      const streaming = (req.headers.accept ?? '').includes('application/x-ndjson');
      if (!streaming) {
        res.json(await childImportService.run(ctx, rows, dryRun));
        return;
      }
      res.status(200).setHeader('Content-Type', 'application/x-ndjson');
      res.setHeader('Cache-Control', 'no-cache');
      const line = (value: unknown) => res.write(`${JSON.stringify(value)}\n`);
      try {
        const result = await childImportService.run(ctx, rows, dryRun, (p: ImportProgress) => line({ progress: p }));
        line({ result });
      } catch (error) {
        // Batches written before the failure stay written; the result says how many. The error
        // line has the routes' one error shape; anything unexpected is logged by the pipeline.
        const known =
          error instanceof AppError
            ? error
            : new AppError(AppErrorCode.INTERNAL_SERVER_ERROR, {
                key: 'error.INTERNAL_SERVER_ERROR',
                values: { requestId: ctx.request.requestId },
              });
        line(httpErrorBody(known, (ref) => translate(ctx.locale, ref)));
        if (!(error instanceof AppError)) throw error;
      }
      res.end();
    },
  }),

  // The template: the columns with both header languages documented, one example row.
  defineRoute({
    method: 'GET',
    path: '/imports/children/template.:format',
    access: { permission: Permission.CHILD_IMPORT },
    handle: async (req, res, ctx) => {
      const headers = CHILD_IMPORT_COLUMNS.map((c) => c[ctx.locale]);
      const example = [
        'Lò Văn Đức',
        '15/03/2016',
        ctx.locale === 'vi' ? 'Nam' : 'MALE',
        '03412',
        '03412-01',
        'Thái',
        '',
        'Bản Nà Đon',
        'Lò Văn Pâng',
        ctx.locale === 'vi' ? 'Bố' : 'Father',
      ];
      if (req.params.format === 'csv') {
        res.setHeader('Content-Type', 'text/csv; charset=utf-8');
        res.setHeader('Content-Disposition', 'attachment; filename="children-template.csv"');
        res.send(`\uFEFF${headers.join(',')}\n${example.join(',')}\n`);
        return;
      }
      if (req.params.format !== 'xlsx') throw AppError.notFound();
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet(ctx.locale === 'vi' ? 'Trẻ em' : 'Children');
      sheet.addRow(headers).font = { bold: true };
      sheet.addRow(example);
      sheet.columns.forEach((col) => (col.width = 22));
      const notes = workbook.addWorksheet(ctx.locale === 'vi' ? 'Hướng dẫn' : 'Instructions');
      notes.addRow([ctx.locale === 'vi' ? 'Cột' : 'Column', 'Tiếng Việt', 'English', ctx.locale === 'vi' ? 'Ghi chú' : 'Notes']).font = {
        bold: true,
      };
      for (const c of CHILD_IMPORT_COLUMNS) notes.addRow([c[ctx.locale], c.vi, c.en, c.note[ctx.locale]]);
      notes.columns.forEach((col) => (col.width = 30));
      res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.setHeader('Content-Disposition', 'attachment; filename="children-template.xlsx"');
      await workbook.xlsx.write(res);
      res.end();
    },
  }),
];
