import { describe, expect, it } from 'vitest';
import { statsCsvUrl, statsVariables } from './stats-params';

describe('statsVariables', () => {
  it('reads measure, up to three known dimensions and filters from the URL', () => {
    const v = statsVariables(new URLSearchParams('measure=CHILDREN_IN_SPECIAL_CIRCUMSTANCES&g=CIRCUMSTANCE&g=SEX&g=BOGUS&g=YEAR&g=MONTH&from=2025-01-01&sex=FEMALE'));
    expect(v).toEqual({
      measure: 'CHILDREN_IN_SPECIAL_CIRCUMSTANCES',
      groupBy: ['CIRCUMSTANCE', 'SEX', 'YEAR'],
      filter: { from: '2025-01-01', sex: 'FEMALE' },
    });
  });

  it('defaults to children by commune and sex', () => {
    expect(statsVariables(new URLSearchParams(''))).toEqual({ measure: 'CHILDREN', groupBy: ['COMMUNE', 'SEX'], filter: {} });
  });

  it('builds the CSV link of the same answer', () => {
    expect(statsCsvUrl({ measure: 'CHILDREN', groupBy: ['COMMUNE', 'SEX'], filter: { to: '2025-12-31' } })).toBe(
      '/api/stats.csv?measure=CHILDREN&groupBy=COMMUNE&groupBy=SEX&to=2025-12-31',
    );
  });
});
