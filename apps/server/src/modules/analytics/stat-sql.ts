// Full years between birth and the reference date, banded as the national indicators band them.
export const ageBand = (dob: string): string => `CASE
  WHEN date_part('year', age(:refDate::date, ${dob})) <= 2 THEN '0-2'
  WHEN date_part('year', age(:refDate::date, ${dob})) <= 5 THEN '3-5'
  WHEN date_part('year', age(:refDate::date, ${dob})) <= 10 THEN '6-10'
  WHEN date_part('year', age(:refDate::date, ${dob})) <= 15 THEN '11-15'
  ELSE '16-17' END`;

