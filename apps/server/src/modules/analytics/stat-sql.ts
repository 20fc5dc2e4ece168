// Full years on the reference date, banded as the national indicators band them: a child is
// at most 2 when born after the reference date minus 3 years, and so on (no age() per row).
const bornAfter = (dob: string, years: number): string => `${dob} > (:refDate::date - interval '${years} years')::date`;

export const ageBand = (dob: string): string => `CASE
  WHEN ${bornAfter(dob, 3)} THEN '0-2'
  WHEN ${bornAfter(dob, 6)} THEN '3-5'
  WHEN ${bornAfter(dob, 11)} THEN '6-10'
  WHEN ${bornAfter(dob, 16)} THEN '11-15'
  ELSE '16-17' END`;
