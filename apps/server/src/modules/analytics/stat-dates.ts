// dd/MM/yyyy from YYYY-MM-DD, without time zone arithmetic.
export const formatDate = (ymd: string): string => `${ymd.slice(8, 10)}/${ymd.slice(5, 7)}/${ymd.slice(0, 4)}`;
