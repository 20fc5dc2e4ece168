import { beforeEach, describe, expect, it } from 'vitest';
import { todayInVietnam } from '../../common/dates';
import { db } from '../../common/db';
import { codeOf, execute, type DemoUser } from '../../../test/execute';
import { COMMUNE1, COMMUNE2, unitId } from '../../../test/fixtures';

// Who: analyst (district of Tam Đường, no names, suppressed counts); commune1.officer (Xã Bình Lư,
// exact counts for their commune only); lead.officer (the district, exact); auditor (no STATS_READ).
// Data: children inserted directly with SQL in communes 1 and 2 (the registry is not under test).
const STATS = `query($measure: StatMeasure!, $groupBy: [StatDimension!]!, $filter: StatFilter) {
  stats(measure: $measure, groupBy: $groupBy, filter: $filter) {
    measure groupBy total minCellSize exact generatedAt
    rows { keys { dimension code label } value suppressed }
  }
}`;

type Row = { keys: { dimension: string; code: string; label: string }[]; value: number | null; suppressed: boolean };
type Stats = { stats: { total: number | null; minCellSize: number; exact: boolean; rows: Row[] } };

const stats = (as: DemoUser, measure: string, groupBy: string[], filter?: Record<string, unknown>, locale?: 'vi' | 'en') =>
  execute<Stats>(STATS, { as, locale, variables: { measure, groupBy, filter } });

// n children of one sex in a commune, born on `dob`.
const addChildren = async (communeId: string, sex: string, n: number, dob = '2015-06-01', ethnicity = 'Thái') => {
  await db().query(
    `INSERT INTO child (code, full_name, search_text, date_of_birth, sex, ethnicity, commune_id)
     SELECT 'T-' || gen_random_uuid(), 'Trẻ ' || g, 'tre ' || g, $1::date, $2, $3, $4 FROM generate_series(1, $5) g`,
    [dob, sex, ethnicity, communeId, n],
  );
};

let commune1: string;
let commune2: string;

beforeEach(async () => {
  commune1 = await unitId(COMMUNE1);
  commune2 = await unitId(COMMUNE2);
  await addChildren(commune1, 'FEMALE', 12);
  await addChildren(commune1, 'MALE', 2);
  await addChildren(commune2, 'FEMALE', 7);
  await addChildren(commune2, 'MALE', 9);
});

describe('stats', () => {
  it('gives the analyst children by commune × sex with every non-zero count ≥ minCellSize or suppressed', async () => {
    const result = await stats('analyst', 'CHILDREN', ['COMMUNE', 'SEX']);
    expect(result.errors).toBeUndefined();
    const { rows, total, minCellSize, exact } = result.data!.stats;
    expect(minCellSize).toBe(5);
    expect(exact).toBe(false);
    for (const row of rows) {
      if (row.suppressed) expect(row.value).toBeNull();
      else expect(row.value === 0 || row.value! >= minCellSize).toBe(true);
    }
    const cell = (code: string, sex: string) => rows.find((r) => r.keys[0]!.code === code && r.keys[1]!.code === sex)!;
    expect(cell(COMMUNE1, 'MALE')).toMatchObject({ value: null, suppressed: true });
    expect(cell(COMMUNE1, 'FEMALE').value).toBe(12);
    expect(cell(COMMUNE1, 'MALE').keys).toEqual([
      { dimension: 'COMMUNE', code: COMMUNE1, label: expect.stringContaining('Bình Lư') },
      { dimension: 'SEX', code: 'MALE', label: 'Nam' },
    ]);
    // One small cell: the next smallest (7) is hidden too, so the published total tells neither.
    expect(cell(COMMUNE2, 'FEMALE')).toMatchObject({ value: null, suppressed: true });
    expect(rows.filter((r) => r.suppressed)).toHaveLength(2);
    expect(total).toBe(30);
  });

  it('never answers with exactly one suppressed cell beside a published total, for each dimension', async () => {
    await addChildren(commune2, 'UNKNOWN', 1, '2024-01-01', 'Mông');
    await db().query(
      `INSERT INTO child_circumstance (child_id, "group", since)
       SELECT id, CASE WHEN row_number() OVER () <= 3 THEN 'DISABLED' ELSE 'ABANDONED' END, '2020-01-01' FROM child`,
    );
    for (const [measure, groupBy] of [
      ['CHILDREN', ['COMMUNE']],
      ['CHILDREN', ['SEX']],
      ['CHILDREN', ['AGE_BAND']],
      ['CHILDREN', ['COMMUNE', 'SEX', 'AGE_BAND']],
      ['CHILDREN_IN_SPECIAL_CIRCUMSTANCES', ['CIRCUMSTANCE']],
      ['CHILDREN_IN_SPECIAL_CIRCUMSTANCES', ['CIRCUMSTANCE', 'SEX']],
    ] as const) {
      const { data, errors } = await stats('analyst', measure, [...groupBy]);
      expect(errors, `${measure} ${groupBy.join(',')}`).toBeUndefined();
      const suppressed = data!.stats.rows.filter((r) => r.suppressed).length;
      expect(suppressed === 1 && data!.stats.total !== null, `${measure} by ${groupBy.join(',')}`).toBe(false);
    }
  });

  it('gives a commune officer exact counts over their commune only', async () => {
    const { data } = await stats('commune1.officer', 'CHILDREN', ['COMMUNE', 'SEX']);
    expect(data!.stats.exact).toBe(true);
    expect(data!.stats.rows.map((r) => [r.keys[0]!.code, r.keys[1]!.code, r.value])).toEqual([
      [COMMUNE1, 'FEMALE', 12],
      [COMMUNE1, 'MALE', 2],
    ]);
    expect(data!.stats.total).toBe(14);
    // Another commune as a filter is not there for them.
    expect(codeOf(await stats('commune1.officer', 'CHILDREN', ['SEX'], { unitId: commune2 }))).toBe('NOT_FOUND');
  });

  it('bands ages as the national indicators do, and labels in the caller language', async () => {
    await addChildren(commune1, 'FEMALE', 6, '2024-01-01');
    await db().query(`UPDATE child SET created_at = '2025-01-01T00:00:00Z'`); // registered before `to`
    const { data } = await stats('lead.officer', 'CHILDREN', ['AGE_BAND'], { to: '2026-01-01' }, 'en');
    expect(data!.stats.rows.map((r) => [r.keys[0]!.code, r.keys[0]!.label, r.value])).toEqual([
      ['0-2', '0–2 years', 6],
      ['6-10', '6–10 years', 30],
    ]);
  });

  it('groups by registration month in Viet Nam time and counts special circumstances by group', async () => {
    await db().query(`UPDATE child SET created_at = '2025-06-30T18:30:00Z'`); // 01/07/2025 01:30 in Hà Nội
    const month = await stats('lead.officer', 'CHILDREN', ['MONTH']);
    expect(month.data!.stats.rows).toEqual([
      { keys: [{ dimension: 'MONTH', code: '2025-07', label: '07/2025' }], value: 30, suppressed: false },
    ]);
    await db().query(`INSERT INTO child_circumstance (child_id, "group", since) SELECT id, 'DISABLED', '2020-01-01' FROM child LIMIT 6`);
    const groups = await stats('lead.officer', 'CHILDREN_IN_SPECIAL_CIRCUMSTANCES', ['CIRCUMSTANCE']);
    expect(groups.data!.stats.rows).toEqual([
      { keys: [{ dimension: 'CIRCUMSTANCE', code: 'DISABLED', label: 'Khuyết tật' }], value: 6, suppressed: false },
    ]);
  });

  it('answers from the roll-up exactly as from the children themselves, birthdays on band edges included', async () => {
    // One child born on every day of the last 19 years, in both communes; some changed afterwards.
    await db().query(
      `INSERT INTO child (code, full_name, search_text, date_of_birth, sex, commune_id)
       SELECT 'R-' || g, 'R', 'r', current_date - g, CASE WHEN g % 3 = 0 THEN 'MALE' ELSE 'FEMALE' END,
              CASE WHEN g % 2 = 0 THEN $1::uuid ELSE $2::uuid END
       FROM generate_series(0, 19 * 366) g`,
      [commune1, commune2],
    );
    await db().query(
      `UPDATE child SET sex = 'UNKNOWN' WHERE code LIKE 'R-%' AND date_of_birth % 7 = 0`.replace(
        'date_of_birth % 7',
        'extract(doy FROM date_of_birth)::int % 7',
      ),
    );
    await db().query(`DELETE FROM child WHERE code LIKE 'R-1%'`);
    const rollup = await stats('lead.officer', 'CHILDREN', ['COMMUNE', 'SEX', 'AGE_BAND']);
    // A date range makes the engine read the children (the roll-up has no registration dates).
    const raw = await stats('lead.officer', 'CHILDREN', ['COMMUNE', 'SEX', 'AGE_BAND'], { from: '2000-01-01' });
    expect(rollup.errors).toBeUndefined();
    expect(rollup.data!.stats.rows).toEqual(raw.data!.stats.rows);
    expect(rollup.data!.stats.total).toBe(raw.data!.stats.total);
    const [{ n }] = await db().query(
      `SELECT count(*)::int AS n FROM child WHERE date_of_birth <= $1::date AND date_of_birth > $1::date - interval '18 years'`,
      [todayInVietnam()],
    );
    expect(rollup.data!.stats.total).toBe(n);
  });

  it('refuses too many dimensions and unsupported ones', async () => {
    expect(codeOf(await stats('analyst', 'CHILDREN', ['COMMUNE', 'SEX', 'AGE_BAND', 'YEAR']))).toBe('BAD_USER_INPUT');
    expect(codeOf(await stats('analyst', 'CHILDREN', ['ABUSE_FORM']))).toBe('BAD_USER_INPUT');
  });

  it('is forbidden to roles without STATS_READ and to anonymous callers', async () => {
    expect(codeOf(await stats('auditor', 'CHILDREN', ['SEX']))).toBe('FORBIDDEN');
    expect(codeOf(await stats(null as unknown as DemoUser, 'CHILDREN', ['SEX']))).toBe('UNAUTHENTICATED');
  });

  it('keeps named records away from the analyst: children and child are FORBIDDEN', async () => {
    expect(codeOf(await execute('{ children { totalCount } }', { as: 'analyst' }))).toBe('FORBIDDEN');
    const [{ id }] = await db().query('SELECT id FROM child LIMIT 1');
    expect(codeOf(await execute('query($id: ID!) { child(id: $id) { id } }', { as: 'analyst', variables: { id } }))).toBe('FORBIDDEN');
  });
});
