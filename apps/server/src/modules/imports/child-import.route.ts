import ExcelJS from 'exceljs';
import multer from 'multer';
import { CHILD_IMPORT_COLUMNS, Permission } from '@cp/schema';
import type { MountRoutes } from '../../app/http-routes';
import { guarded, sendError } from '../../app/http-routes';
import { AppError, AppErrorCode } from '../../common/app-error';
import { parseImportFile } from './child-import.parse';
import { childImportService, type ImportProgress } from './child-import.service';

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 40 * 1024 * 1024, files: 1 } });

// POST /api/imports/children (multipart field `file`, CSV or XLSX; ?dryRun=true checks only).
// With `Accept: application/x-ndjson` the answer streams progress lines, then the result line.
export const childImportRoutes: MountRoutes = (router, deps) => {
  router.post(
    '/imports/children',
    guarded(deps, Permission.CHILD_IMPORT, async (req, res, ctx) => {
      await new Promise<void>((resolve, reject) => upload.single('file')(req, res, (err: unknown) => (err ? reject(new AppError(AppErrorCode.BAD_USER_INPUT, 'import.badFile')) : resolve())));
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
        // Batches written before the failure stay written; the result says how many.
        line({ error: { message: error instanceof AppError ? error.code : AppErrorCode.INTERNAL_SERVER_ERROR } });
        sendError(res, ctx, error);
      }
      res.end();
    }),
  );

  // The template: the columns with both header languages documented, one example row.
  router.get(
    '/imports/children/template.:format',
    guarded(deps, Permission.CHILD_IMPORT, async (req, res, ctx) => {
      const headers = CHILD_IMPORT_COLUMNS.map((c) => c[ctx.locale]);
      const example = ['Lò Văn Đức', '15/03/2016', ctx.locale === 'vi' ? 'Nam' : 'MALE', '03412', '03412-01', 'Thái', '', 'Bản Nà Đon', 'Lò Văn Pâng', ctx.locale === 'vi' ? 'Bố' : 'Father'];
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
      notes.addRow([ctx.locale === 'vi' ? 'Cột' : 'Column', 'Tiếng Việt', 'English', ctx.locale === 'vi' ? 'Ghi chú' : 'Notes']).font = { bold: true };
      for (const c of CHILD_IMPORT_COLUMNS) notes.addRow([c[ctx.locale], c.vi, c.en, c.note[ctx.locale]]);
      notes.columns.forEach((col) => (col.width = 30));
      res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.setHeader('Content-Disposition', 'attachment; filename="children-template.xlsx"');
      await workbook.xlsx.write(res);
      res.end();
    }),
  );
};
