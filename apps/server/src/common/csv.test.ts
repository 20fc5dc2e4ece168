import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from './csv';

describe('csvCell', () => {
  it('keeps every cell that a spreadsheet would run as a formula as text', () => {
    expect(csvCell('=HYPERLINK("http://evil.example/x","Bấm")')).toBe(`"'=HYPERLINK(""http://evil.example/x"",""Bấm"")"`);
    expect(csvCell("+cmd|' /C calc'!A0")).toBe("'+cmd|' /C calc'!A0");
    expect(csvCell('@SUM(1+1)*cmd|"/C calc"!A0')).toBe(`"'@SUM(1+1)*cmd|""/C calc""!A0"`);
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
  });

  it('leaves ordinary text alone, and quotes separators and line breaks', () => {
    expect(csvCell('Nguyễn Văn A')).toBe('Nguyễn Văn A');
    expect(csvCell('a = b')).toBe('a = b');
    expect(csvCell('Bản 1, xã 2')).toBe('"Bản 1, xã 2"');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('line\rbreak')).toBe('"line\rbreak"');
    expect(csvLine(['1', '=1', ''])).toBe("1,'=1,");
  });
});
