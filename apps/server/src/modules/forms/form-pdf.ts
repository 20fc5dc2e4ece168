import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import { MOTTO, type FormDocument } from './form-document';

// Fonts with Vietnamese glyphs (U+1EA0-1EF9, ư, ơ, đ), embedded (subset) in every PDF: DejaVu
// Serif (Debian fonts-dejavu-core/-extra). Debian's Liberation 1.x lacks those glyphs (checked
// with pdftotext in form.int.test.ts), so it is not a candidate.
const FONT_DIRS = [process.env.FORM_FONT_DIR, '/usr/share/fonts/truetype/dejavu'].filter(Boolean) as string[];
const CANDIDATES = {
  regular: ['DejaVuSerif.ttf'],
  bold: ['DejaVuSerif-Bold.ttf', 'DejaVuSerif.ttf'],
  italic: ['DejaVuSerif-Italic.ttf', 'DejaVuSerif.ttf'],
};
const findFont = (names: string[]): string => {
  for (const dir of FONT_DIRS) for (const name of names) if (fs.existsSync(`${dir}/${name}`)) return `${dir}/${name}`;
  throw new Error(`no font with Vietnamese glyphs found (${names.join(', ')}); install fonts-liberation or set FORM_FONT_DIR`);
};

export const renderPdf = (doc: FormDocument): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const pdf = new PDFDocument({
      size: 'A4',
      margins: { top: 57, bottom: 57, left: 85, right: 42 },
      info: { Title: doc.title, Creator: 'cp' },
    });
    const chunks: Buffer[] = [];
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    pdf.registerFont('R', findFont(CANDIDATES.regular));
    pdf.registerFont('B', findFont(CANDIDATES.bold));
    pdf.registerFont('I', findFont(CANDIDATES.italic));
    const width = pdf.page.width - 85 - 42;
    const left = 85;

    pdf.font('I').fontSize(10).text(`Mẫu số ${doc.formNo} (Nghị định 56/2017/NĐ-CP)`, { align: 'right' });
    const top = pdf.y + 4;
    pdf
      .font('B')
      .fontSize(11)
      .text(doc.issuer, left, top, { width: width * 0.4, align: 'center' });
    pdf.font('R').text(doc.number, { width: width * 0.4, align: 'center' });
    const afterLeft = pdf.y;
    pdf.font('B').text(MOTTO[0]!, left + width * 0.4, top, { width: width * 0.6, align: 'center' });
    pdf.font('B').text(MOTTO[1]!, { width: width * 0.6, align: 'center', underline: true });
    pdf.x = left;
    pdf.y = Math.max(afterLeft, pdf.y) + 8;
    pdf.font('I').fontSize(12).text(doc.placeDate, left, pdf.y, { width, align: 'right' });
    pdf.moveDown();
    pdf.font('B').fontSize(14).text(doc.title, { width, align: 'center' });
    if (doc.subtitle) pdf.font('I').fontSize(12).text(doc.subtitle, { width, align: 'center' });
    pdf.moveDown();
    for (const s of doc.sections) {
      pdf.font('B').fontSize(12).text(s.heading, { width });
      for (const l of s.lines ?? [])
        pdf
          .font('B')
          .text(`${l.label}: `, { continued: true })
          .font('R')
          .text(l.value || '…');
      if (s.text) pdf.font('R').text(s.text, { width });
      if (s.table) {
        pdf.font('B').text(s.table.head.join(' | '), { width });
        s.table.rows.forEach((r, i) => pdf.font('R').text(`${i + 1}. ${r.join(' | ')}`, { width }));
      }
      pdf.moveDown(0.5);
    }
    pdf.moveDown();
    const sx = left + width / 2;
    pdf.font('B').text(doc.signature.title, sx, pdf.y, { width: width / 2, align: 'center' });
    pdf.font('I').text('(Ký, ghi rõ họ tên)', sx, pdf.y, { width: width / 2, align: 'center' });
    pdf.moveDown(3);
    pdf.font('B').text(doc.signature.name ?? '', sx, pdf.y, { width: width / 2, align: 'center' });
    pdf.end();
  });
