import type { EntityManager } from 'typeorm';
import { DIRECTIVE_2021, DUTIES_2021 } from './directive-2021.data';

// Inserts the 2021 directive for a district whose agencies are coded "<KIND>-<districtCode>"
// (demo.seed.ts). Section 7 goes to each district agency other than the issuer; section 8 to
// each commune's People's Committee. Returns the directive id.
export const seedDirective2021 = async (
  tx: EntityManager,
  districtCode: string,
  communeCommittees: { agencyId: string }[],
): Promise<string> => {
  const rows: { id: string; code: string }[] = await tx.query(`SELECT id, code FROM agency WHERE code LIKE '%-' || $1`, [districtCode]);
  const byPrefix = new Map(rows.map((r) => [r.code.slice(0, -(districtCode.length + 1)), r.id]));
  const issuer = byPrefix.get(DIRECTIVE_2021.issuer)!;
  const [{ id }] = await tx.query<[{ id: string }]>(
    `INSERT INTO directive (number, title, issued_by, issued_on, basis, reporting_deadlines) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [DIRECTIVE_2021.number, DIRECTIVE_2021.title, issuer, DIRECTIVE_2021.issuedOn, DIRECTIVE_2021.basis, DIRECTIVE_2021.reportingDeadlines],
  );
  const districtAgencies = rows.filter((r) => r.id !== issuer).map((r) => r.id);
  let position = 0;
  for (const duty of DUTIES_2021) {
    const agencyIds =
      duty.to === 'EACH_AGENCY'
        ? districtAgencies
        : duty.to === 'EACH_COMMUNE'
          ? communeCommittees.map((c) => c.agencyId)
          : [byPrefix.get(duty.to)!];
    for (const agencyId of agencyIds) {
      await tx.query(
        `INSERT INTO agency_duty (directive_id, section, position, agency_id, title, description, indicators)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [id, duty.section, position++, agencyId, duty.title, duty.description, duty.indicators ?? []],
      );
    }
  }
  return id;
};
