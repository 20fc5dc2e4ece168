import { AuditAction, Permission } from '@cp/schema';
import { AppError } from '../../common/app-error';
import { defineRoute } from '../../common/http-route';
import { auditService } from '../audit/audit.service';
import { periodicReportService, type CompiledReport } from './periodic-report.service';
import { renderDocx } from './render/docx';
import { fileBaseName } from './render/format';
import { renderPdf } from './render/pdf';
import { renderXlsx } from './render/xlsx';

export const REPORT_FORMATS = ['xlsx', 'pdf', 'docx'] as const;
type Format = (typeof REPORT_FORMATS)[number];

const RENDER: Record<Format, { type: string; render: (r: CompiledReport) => Promise<Buffer> }> = {
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', render: renderXlsx },
  pdf: { type: 'application/pdf', render: renderPdf },
  docx: { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', render: renderDocx },
};

export const reportDownloadPath = (unitId: string, period: string, format: Format): string =>
  `/api/periodic-reports/${unitId}/${encodeURIComponent(period)}.${format}`;

// The downloads of periodicReport: the same report, compiled at the moment of download, in
// Vietnamese (it is an administrative document). Same permission and jurisdiction as the query.
export const periodicReportRoutes = [
  defineRoute({
    method: 'GET',
    path: '/periodic-reports/:unitId/:file',
    access: { permission: Permission.PERIODIC_REPORT_READ },
    audits: [AuditAction.PERIODIC_REPORT_DOWNLOADED],
    handle: async (req, res, ctx) => {
      const match = /^(.+)\.(xlsx|pdf|docx)$/.exec(String(req.params.file));
      if (!match) throw AppError.notFound();
      const format = match[2] as Format;
      const report = await periodicReportService.compile(ctx.actor, String(req.params.unitId), match[1]!, 'vi');
      const body = await RENDER[format].render(report);
      await auditService.recordNow(ctx, {
        action: AuditAction.PERIODIC_REPORT_DOWNLOADED,
        entityType: 'AdminUnit',
        entityId: report.unit.id,
        data: { period: report.period.code, format },
      });
      res.setHeader('Content-Type', RENDER[format].type);
      res.setHeader('Content-Disposition', `attachment; filename="${fileBaseName(report)}.${format}"`);
      res.setHeader('Cache-Control', 'no-store');
      res.send(body);
    },
  }),
];
