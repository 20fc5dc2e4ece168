import PDFDocument from 'pdfkit';
import { NATIONAL_MOTTO } from '../report-heading';
import type { CompiledReport } from '../periodic-report.service';
import { cell, NO_DATA, roman } from './format';

// DejaVu Serif (npm dejavu-fonts-ttf) is embedded: it has every Vietnamese letter with its
// tone marks, which the PDF standard fonts lack.
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerif.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerif-Bold.ttf');
const FONT_ITALIC = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerif-Italic.ttf');

export const renderPdf = (report: CompiledReport): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margins: { top: 56, bottom: 56, left: 85, right: 56 },
      info: { Title: `${report.heading.title} ${report.heading.subtitle}` },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('r', FONT).registerFont('b', FONT_BOLD).registerFont('i', FONT_ITALIC);
    const h = report.heading;
    const left = doc.page.margins.left;
    const full = doc.page.width - left - doc.page.margins.right;
    const leftW = full * 0.45;
    const rightX = left + leftW;
    const rightW = full - leftW;

    // Two header columns: issuing body (left), national motto (right).
    const y0 = doc.y;
    doc
      .font('r')
      .fontSize(9.5)
      .text(h.parentBody ?? '', left, y0, { width: leftW, align: 'center' });
    doc.font('b').text(h.issuingBody, { width: leftW, align: 'center' });
    doc.font('r').text(h.number, { width: leftW, align: 'center' });
    const yLeft = doc.y;
    doc.font('b').fontSize(10).text(NATIONAL_MOTTO[0]!, rightX, y0, { width: rightW, align: 'center' });
    doc.font('b').fontSize(11).text(NATIONAL_MOTTO[1]!, { width: rightW, align: 'center', underline: true });
    doc.moveDown(0.5).font('i').fontSize(10).text(h.placeAndDate, { width: rightW, align: 'center' });
    doc.y = Math.max(yLeft, doc.y) + 16;

    doc.font('b').fontSize(14).text(h.title, left, doc.y, { width: full, align: 'center' });
    doc.font('b').fontSize(11).text(h.subtitle, { width: full, align: 'center' });
    doc
      .moveDown(0.5)
      .font('r')
      .text(`Kính gửi: ${h.addressees.join('; ')}`, { width: full, align: 'center' });

    for (const [i, section] of report.sections.entries()) {
      doc
        .moveDown(0.8)
        .font('b')
        .fontSize(11)
        .text(`${roman(i + 1)}. ${section.title}`, left, doc.y, { width: full });
      const valueW = Math.min(95, (full * 0.55) / section.columns.length);
      const labelW = full - valueW * section.columns.length;
      const row = (label: string, values: string[], font: 'r' | 'b') => {
        doc.font(font).fontSize(9);
        const height =
          Math.max(doc.heightOfString(label, { width: labelW - 6 }), ...values.map((v) => doc.heightOfString(v, { width: valueW - 6 }))) +
          6;
        if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
        const y = doc.y;
        doc.rect(left, y, labelW, height).stroke();
        doc.text(label, left + 3, y + 3, { width: labelW - 6 });
        values.forEach((v, k) => {
          const x = left + labelW + k * valueW;
          doc.rect(x, y, valueW, height).stroke();
          doc.text(v, x + 3, y + 3, { width: valueW - 6, align: 'right' });
        });
        doc.x = left;
        doc.y = y + height;
      };
      doc.moveDown(0.3);
      if (!section.available) {
        doc.font('i').fontSize(10).text(NO_DATA, left, doc.y, { width: full });
        continue;
      }
      row('Chỉ tiêu', section.columns, 'b');
      for (const l of section.lines) row(l.label, l.values.map(cell), 'r');
    }

    doc.moveDown(1.5);
    if (doc.y > doc.page.height - 200) doc.addPage();
    const yEnd = doc.y;
    doc.font('b').fontSize(10).text('Nơi nhận:', left, yEnd, { width: leftW });
    doc.font('r').fontSize(9);
    for (const r of h.recipients) doc.text(r, { width: leftW });
    doc
      .font('b')
      .fontSize(11)
      .text(h.signatureLines[0] ?? '', rightX, yEnd, { width: rightW, align: 'center' });
    for (const s of h.signatureLines.slice(1)) {
      doc
        .font(s.startsWith('(') ? 'i' : 'b')
        .fontSize(s.startsWith('(') ? 9 : 11)
        .text(s, { width: rightW, align: 'center' });
    }
    doc.end();
  });
