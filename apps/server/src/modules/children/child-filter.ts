import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { birthDateRangeForAge, todayInVietnam } from '../../common/dates';
import { searchTerms } from './child-rules';
import type { ChildFilter } from './dto/children.args';

// The ChildFilter as WHERE conditions on alias `c`, shared by the list and the export so that
// an export contains exactly what the list showed. Every condition has an index behind it.
export const applyChildFilter = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, filter: ChildFilter): SelectQueryBuilder<T> => {
  searchTerms(filter.search ?? '').forEach((term, i) => qb.andWhere(`c.search_text LIKE :term${i}`, { [`term${i}`]: term }));
  if (filter.unitId) {
    // A unit created by the 2025 reform also covers the records kept under the units it took over.
    qb.andWhere(
      `c.unit_path LIKE ANY (ARRAY(
         SELECT path || '%' FROM admin_unit WHERE id = :unitId
         UNION SELECT p.path || '%' FROM admin_unit_successor s JOIN admin_unit p ON p.id = s.predecessor_id WHERE s.successor_id = :unitId))`,
      { unitId: filter.unitId },
    );
  }
  if (filter.sex) qb.andWhere('c.sex = :sex', { sex: filter.sex });
  const { bornAfter, bornOnOrBefore } = birthDateRangeForAge(filter.ageMin ?? undefined, filter.ageMax ?? undefined);
  if (bornAfter) qb.andWhere('c.date_of_birth > :bornAfter', { bornAfter });
  if (bornOnOrBefore) qb.andWhere('c.date_of_birth <= :bornOnOrBefore', { bornOnOrBefore });
  const current = `(cc.until IS NULL OR cc.until > :today)`;
  if (filter.circumstance) {
    qb.andWhere(`EXISTS (SELECT 1 FROM child_circumstance cc WHERE cc.child_id = c.id AND cc."group" = :group AND ${current})`, {
      group: filter.circumstance,
      today: todayInVietnam(),
    });
  }
  if (filter.inSpecialCircumstances != null) {
    qb.andWhere(
      `${filter.inSpecialCircumstances ? '' : 'NOT '}EXISTS (SELECT 1 FROM child_circumstance cc WHERE cc.child_id = c.id AND ${current})`,
      { today: todayInVietnam() },
    );
  }
  if (filter.hasOpenCase != null) {
    // Only whether a case exists, never which: the case list applies its own scope.
    qb.andWhere(
      `${filter.hasOpenCase ? '' : 'NOT '}EXISTS (SELECT 1 FROM protection_case pc WHERE pc.child_id = c.id AND pc.status <> 'CLOSED')`,
    );
  }
  return qb;
};
