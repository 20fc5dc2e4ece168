// A Decree 56 form as a neutral document (national motto header, issuing body, number, place
// and date, title, sections, signature block), rendered to HTML and to PDF from the same data.
export type FormLine = { label: string; value: string };
export type FormSection = { heading: string; lines?: FormLine[]; table?: { head: string[]; rows: string[][] }; text?: string };
export type FormDocument = {
  formNo: string; // '01' .. '07'
  issuer: string; // e.g. 'UBND XÃ BÌNH LƯ'
  number: string; // 'Số: TB-03412-000001/BC-UBND'
  placeDate: string; // 'Bình Lư, ngày 29 tháng 4 năm 2026'
  title: string;
  subtitle?: string;
  sections: FormSection[];
  signature: { title: string; name: string | null };
};

export const MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

// 'Bình Lư, ngày 29 tháng 4 năm 2026' in Hà Nội time (days and months below 10 with a leading 0
// only for 1-2 in administrative style; we keep the plain numbers).
export const placeDate = (place: string, at: Date): string => {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(at)
    .split('-')
    .map(Number);
  return `${place}, ngày ${String(d).padStart(2, '0')} tháng ${String(m).padStart(2, '0')} năm ${y}`;
};

export const vnDateTime = (at: Date): string =>
  new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour12: false,
  }).format(at);

export const vnDate = (ymd: string | null): string => (ymd ? ymd.split('-').reverse().join('/') : '');

const escape = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export const renderHtml = (doc: FormDocument): string => {
  const section = (s: FormSection) => `
  <section><h3>${escape(s.heading)}</h3>
  ${(s.lines ?? []).map((l) => `<p><span class="label">${escape(l.label)}:</span> ${escape(l.value || '…')}</p>`).join('\n  ')}
  ${s.text ? `<p>${escape(s.text)}</p>` : ''}
  ${
    s.table
      ? `<table><thead><tr>${s.table.head.map((h) => `<th>${escape(h)}</th>`).join('')}</tr></thead><tbody>${s.table.rows
          .map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`)
          .join('')}</tbody></table>`
      : ''
  }
  </section>`;
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Mẫu số ${escape(doc.formNo)} - ${escape(doc.title)}</title>
<style>
  @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
  body { font-family: 'Times New Roman', 'Liberation Serif', serif; font-size: 13pt; line-height: 1.4; max-width: 170mm; margin: 0 auto; }
  .header { display: grid; grid-template-columns: 2fr 3fr; text-align: center; }
  .header b { display: block; }
  .motto u { text-decoration: underline; font-weight: bold; }
  .place { text-align: right; font-style: italic; }
  h1 { text-align: center; font-size: 14pt; margin: 12pt 0 0; }
  h2 { text-align: center; font-size: 13pt; font-weight: normal; font-style: italic; margin: 0 0 12pt; }
  h3 { font-size: 13pt; margin: 10pt 0 4pt; }
  .label { font-weight: bold; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }
  .form-no { text-align: right; font-style: italic; }
  .signature { margin-left: 50%; text-align: center; margin-top: 18pt; }
  .signature .name { margin-top: 48pt; font-weight: bold; }
  @media print { .no-print { display: none; } }
</style></head>
<body>
<p class="form-no">Mẫu số ${escape(doc.formNo)} (Nghị định 56/2017/NĐ-CP)</p>
<div class="header">
  <div><b>${escape(doc.issuer)}</b><span>${escape(doc.number)}</span></div>
  <div class="motto"><b>${MOTTO[0]}</b><u>${MOTTO[1]}</u></div>
</div>
<p class="place">${escape(doc.placeDate)}</p>
<h1>${escape(doc.title)}</h1>
${doc.subtitle ? `<h2>${escape(doc.subtitle)}</h2>` : ''}
${doc.sections.map(section).join('\n')}
<div class="signature"><b>${escape(doc.signature.title)}</b><br><i>(Ký, ghi rõ họ tên)</i><div class="name">${escape(doc.signature.name ?? '')}</div></div>
<p class="no-print"><small>Ctrl+P: in / print</small></p>
</body></html>`;
};
