import ExcelJS from 'exceljs';
import { NATIONAL_MOTTO } from '../report-heading';
import type { CompiledReport } from '../periodic-report.service';
import { cell, roman } from './format';

// The report as one worksheet in the administrative layout; numbers are real numbers (not
// text) so the lead office can add up communes' reports, "Không có dữ liệu" where none exist.
export const renderXlsx = async (report: CompiledReport): Promise<Buffer> => {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Hệ thống thông tin bảo vệ trẻ em';
  wb.created = report.generatedAt;
  const ws = wb.addWorksheet('Báo cáo', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const width = Math.max(2, ...report.sections.map((s) => s.columns.length + 1));
  ws.columns = [{ width: 60 }, ...Array.from({ length: width - 1 }, () => ({ width: 16 }))];
  const h = report.heading;
  const line = (text: string, options: { bold?: boolean; italic?: boolean; align?: 'left' | 'center' | 'right'; size?: number } = {}) => {
    const row = ws.addRow([text]);
    ws.mergeCells(row.number, 1, row.number, width);
    row.getCell(1).font = { name: 'Times New Roman', size: options.size ?? 12, bold: options.bold, italic: options.italic };
    row.getCell(1).alignment = { horizontal: options.align ?? 'left', wrapText: true };
    return row;
  };
  const top = ws.addRow([h.parentBody ?? '', NATIONAL_MOTTO[0]]);
  const second = ws.addRow([h.issuingBody, NATIONAL_MOTTO[1]]);
  const third = ws.addRow([h.number, h.placeAndDate]);
  for (const row of [top, second, third]) {
    ws.mergeCells(row.number, 2, row.number, width);
    row.eachCell((c) => {
      c.alignment = { horizontal: 'center', wrapText: true };
      c.font = { name: 'Times New Roman', size: 12, bold: row !== third };
    });
  }
  third.getCell(2).font = { name: 'Times New Roman', size: 12, italic: true };
  ws.addRow([]);
  line(h.title, { bold: true, align: 'center', size: 14 });
  line(h.subtitle, { bold: true, align: 'center' });
  line(`Kính gửi: ${h.addressees.join('; ')}`, { align: 'center' });
  for (const [i, section] of report.sections.entries()) {
    ws.addRow([]);
    line(`${roman(i + 1)}. ${section.title}`, { bold: true });
    if (!section.available) {
      line(cell(null), { italic: true });
      continue;
    }
    const header = ws.addRow(['Chỉ tiêu', ...section.columns]);
    header.eachCell((c) => {
      c.font = { bold: true };
      c.border = { bottom: { style: 'thin' } };
    });
    for (const l of section.lines) ws.addRow([l.label, ...l.values.map((v) => (v === null ? cell(v) : v))]);
  }
  ws.addRow([]);
  const sign = ws.addRow(['Nơi nhận:', ...h.signatureLines.slice(0, 1)]);
  sign.getCell(1).font = { bold: true, italic: true };
  ws.mergeCells(sign.number, 2, sign.number, width);
  sign.getCell(2).font = { bold: true };
  sign.getCell(2).alignment = { horizontal: 'center' };
  const rest = Math.max(h.recipients.length, h.signatureLines.length - 1);
  for (let i = 0; i < rest; i++) {
    const row = ws.addRow([h.recipients[i] ?? '', h.signatureLines[i + 1] ?? '']);
    ws.mergeCells(row.number, 2, row.number, width);
    row.getCell(2).alignment = { horizontal: 'center' };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
};
