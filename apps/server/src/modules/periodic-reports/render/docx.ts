import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { NATIONAL_MOTTO } from '../report-heading';
import type { CompiledReport } from '../periodic-report.service';
import { cell, NO_DATA, roman } from './format';

const FONT = 'Times New Roman';
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

const p = (
  text: string,
  o: { bold?: boolean; italics?: boolean; size?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {},
) =>
  new Paragraph({
    alignment: o.align ?? AlignmentType.LEFT,
    children: [new TextRun({ text, bold: o.bold, italics: o.italics, font: FONT, size: (o.size ?? 13) * 2 })],
  });

const twoColumns = (leftCol: Paragraph[], rightCol: Paragraph[]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: 42, type: WidthType.PERCENTAGE }, children: leftCol }),
          new TableCell({ width: { size: 58, type: WidthType.PERCENTAGE }, children: rightCol }),
        ],
      }),
    ],
  });

const sectionTable = (columns: string[], lines: { label: string; values: (number | null)[] }[]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: ['Chỉ tiêu', ...columns].map((c) => new TableCell({ children: [p(c, { bold: true, size: 11 })] })),
      }),
      ...lines.map(
        (l) =>
          new TableRow({
            children: [
              new TableCell({ children: [p(l.label, { size: 11 })] }),
              ...l.values.map((v) => new TableCell({ children: [p(cell(v), { size: 11, align: AlignmentType.RIGHT })] })),
            ],
          }),
      ),
    ],
  });

export const renderDocx = async (report: CompiledReport): Promise<Buffer> => {
  const h = report.heading;
  const center = AlignmentType.CENTER;
  const doc = new Document({
    creator: 'Hệ thống thông tin bảo vệ trẻ em',
    title: `${h.title} ${h.subtitle}`,
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
        children: [
          twoColumns(
            [
              p(h.parentBody ?? '', { size: 12, align: center }),
              p(h.issuingBody, { bold: true, size: 12, align: center }),
              p(h.number, { size: 12, align: center }),
            ],
            [
              p(NATIONAL_MOTTO[0]!, { bold: true, size: 12, align: center }),
              p(NATIONAL_MOTTO[1]!, { bold: true, align: center }),
              p(h.placeAndDate, { italics: true, align: center }),
            ],
          ),
          p(''),
          p(h.title, { bold: true, size: 14, align: center }),
          p(h.subtitle, { bold: true, align: center }),
          p(`Kính gửi: ${h.addressees.join('; ')}`, { align: center }),
          ...report.sections.flatMap((s, i) => [
            p(''),
            p(`${roman(i + 1)}. ${s.title}`, { bold: true }),
            s.available ? sectionTable(s.columns, s.lines) : p(NO_DATA, { italics: true }),
          ]),
          p(''),
          twoColumns(
            [p('Nơi nhận:', { bold: true, italics: true, size: 12 }), ...h.recipients.map((r) => p(r, { size: 11 }))],
            h.signatureLines.map((s) => p(s, { bold: !s.startsWith('('), italics: s.startsWith('('), align: center })),
          ),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
};
