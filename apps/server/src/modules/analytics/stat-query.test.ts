import { StatDimension as D, StatMeasure } from '@cp/schema';
import { describe, expect, it } from 'vitest';
import { childMeasures } from '../children/child.measures';
import type { StatMeasureContribution } from './stat-measures';
import { buildStatQuery, toPositional } from './stat-query';

const CHILDREN = (childMeasures.items as StatMeasureContribution[]).find((c) => c.measure === StatMeasure.CHILDREN)!.source;

describe('toPositional', () => {
  it('numbers named parameters once each and leaves ::casts alone', () => {
    expect(toPositional('a = :x AND b::date > :y::date AND c = :x AND d = :missing', { x: 1, y: '2025-01-01' })).toEqual({
      sql: 'a = $1 AND b::date > $2::date AND c = $1 AND d = :missing',
      params: [1, '2025-01-01'],
    });
  });
});

describe('buildStatQuery', () => {
  it('groups inside the scope in SQL and places communes in the unit tree afterwards', () => {
    const { sql, params } = buildStatQuery({
      source: CHILDREN,
      groupBy: [D.DISTRICT, D.SEX, D.MONTH],
      scope: { sql: '(c.unit_path LIKE :scope_1)', params: { scope_1: '/p/d/%' } },
      refDate: '2025-12-31',
      equals: [{ column: 'c.sex', value: 'FEMALE' }],
      currentUnits: true,
    });
    expect(sql).toContain('c.unit_path LIKE $1');
    expect(sql).toContain("to_char((c.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, 'YYYY-MM') AS k2");
    expect(sql).toContain('GROUP BY 1, 2, 3');
    expect(sql).toContain('admin_unit_successor');
    expect(sql).toContain("CASE WHEN p.level = 'DISTRICT' THEN p.id END");
    expect(params).toEqual(['/p/d/%', '2025-12-31', 'FEMALE']);
  });
});
