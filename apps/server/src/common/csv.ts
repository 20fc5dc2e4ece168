// CSV cells for spreadsheets (issue 9, finding 8). OWASP's rule against CSV injection: a cell
// that starts with =, +, -, @, a tab or a carriage return would be run as a formula by Excel,
// LibreOffice or Google Sheets, so it gets a leading single quote and stays text. A cell with
// a quote, a comma, a semicolon (the separator of Vietnamese-locale Excel) or a line break is
// quoted.
const FORMULA_START = /^[=+\-@\t\r]/;

export const neutraliseFormula = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

export const csvCell = (value: string): string => {
  const safe = neutraliseFormula(value);
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export const csvLine = (values: string[]): string => values.map(csvCell).join(',');
