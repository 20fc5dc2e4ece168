// Vietnamese text folded for search: no diacritics, đ → d, lower case, single spaces.
// The server stores this form beside every searchable name; the web uses it to highlight.
export const foldVietnamese = (input: string): string =>
  input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
