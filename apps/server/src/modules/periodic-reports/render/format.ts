import type { CompiledReport } from '../periodic-report.service';

export const NO_DATA = 'Không có dữ liệu';

export const cell = (value: number | null): string => (value === null ? NO_DATA : value.toLocaleString('vi-VN'));

export const fileBaseName = (report: CompiledReport): string => `bao-cao-tre-em-${report.unit.code}-${report.period.code}`;

// Roman numerals for the section headings of the document ("I. Tình hình trẻ em").
export const roman = (n: number): string => ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][n - 1] ?? String(n);
