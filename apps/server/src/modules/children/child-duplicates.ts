import type { EntityManager } from 'typeorm';
import { foldVietnamese } from '@cp/schema';
import { applyChildScope } from '../auth/access-scope';
import type { Actor } from '../../common/actor';
import { ChildEntity } from './child.entity';

// The folded name is the head of search_text ("<folded name> <code> [<personal id>]").
export const FOLDED_NAME_SQL = (alias: string) => `regexp_replace(${alias}.search_text, ' te-[^ ]+( [0-9]{12})?$', '')`;
// Day and month swapped, when the day could be a month (a common slip between dd/MM and MM/dd).
const SWAPPED_DOB_SQL = (expr: string) =>
  `CASE WHEN extract(day FROM ${expr}) <= 12 THEN make_date(extract(year FROM ${expr})::int, extract(day FROM ${expr})::int, extract(month FROM ${expr})::int) ELSE ${expr} END`;

// Same person recorded twice: the same personal ID, or in the same commune a folded name at most
// one letter away with the same birth date or the same with day and month swapped. The
// (commune_id, date_of_birth) index narrows the candidates before levenshtein runs.
const MATCH_SQL = (d: string, s: { personalId: string; communeId: string; dob: string; name: string }) => `(
  (${s.personalId} IS NOT NULL AND ${d}.personal_id = ${s.personalId})
  OR (${d}.commune_id = ${s.communeId}
      AND ${d}.date_of_birth IN (${s.dob}, ${SWAPPED_DOB_SQL(s.dob)})
      AND levenshtein(${FOLDED_NAME_SQL(d)}, ${s.name}) <= 1)
)`;

export type DuplicateProbe = { fullName: string; dateOfBirth: string; communeId: string; personalId?: string | null; excludeId?: string };

export const findDuplicates = (manager: EntityManager, actor: Actor, probe: DuplicateProbe): Promise<ChildEntity[]> => {
  const qb = applyChildScope(manager.getRepository(ChildEntity).createQueryBuilder('d'), actor, 'd')
    .andWhere('d.merged_into_id IS NULL')
    .andWhere(
      MATCH_SQL('d', {
        personalId: 'CAST(:personalId AS text)',
        communeId: 'CAST(:communeId AS uuid)',
        dob: 'CAST(:dob AS date)',
        name: 'CAST(:name AS text)',
      }),
      {
        personalId: probe.personalId || null,
        communeId: probe.communeId,
        dob: probe.dateOfBirth,
        name: foldVietnamese(probe.fullName),
      },
    )
    .orderBy('d.search_text')
    .limit(20);
  if (probe.excludeId) qb.andWhere('d.id <> :excludeId', { excludeId: probe.excludeId });
  return qb.getMany();
};

// For the DataLoader: the candidates of many children in one query, each list within scope.
export const findDuplicatesOfMany = async (manager: EntityManager, actor: Actor, ids: readonly string[]): Promise<ChildEntity[][]> => {
  const qb = manager
    .getRepository(ChildEntity)
    .createQueryBuilder('d')
    .innerJoin(
      'child',
      's',
      `s.id <> d.id AND ${MATCH_SQL('d', { personalId: 's.personal_id', communeId: 's.commune_id', dob: 's.date_of_birth', name: FOLDED_NAME_SQL('s') })}`,
    )
    .addSelect('s.id', 'source_id')
    .where('s.id = ANY(:ids)', { ids: [...ids] })
    .andWhere('d.merged_into_id IS NULL')
    .orderBy('d.search_text');
  const { raw, entities } = await applyChildScope(qb, actor, 'd').getRawAndEntities();
  const bySource = new Map<string, ChildEntity[]>();
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const row of raw as { source_id: string; d_id: string }[]) {
    const entity = byId.get(row.d_id);
    if (!entity) continue;
    bySource.set(row.source_id, [...(bySource.get(row.source_id) ?? []), entity]);
  }
  return ids.map((id) => bySource.get(id) ?? []);
};
