import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { StatsTable } from './StatsTable';
import { toChartData } from './stats-chart-data';

const rows = [
  { keys: [{ code: '03412', label: 'Xã Bình Lư' }, { code: 'FEMALE', label: 'Nữ' }], value: 12, suppressed: false },
  { keys: [{ code: '03412', label: 'Xã Bình Lư' }, { code: 'MALE', label: 'Nam' }], value: null, suppressed: true },
];

describe('StatsTable', () => {
  it('shows suppressed cells as "<k", never a number, and says when the total is withheld', () => {
    renderWithProviders(<StatsTable groupBy={['COMMUNE', 'SEX']} rows={rows} total={null} minCellSize={5} />);
    expect(screen.getByRole('columnheader', { name: 'Xã/phường' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: '<5' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: '12' })).toBeTruthy();
    expect(screen.getByText(/không công bố/)).toBeTruthy();
  });
});

describe('toChartData', () => {
  it('puts the first dimension on the axis and the second in stacked series, suppressed cells without a bar', () => {
    expect(toChartData(rows)).toEqual({
      data: [{ x: 'Xã Bình Lư', FEMALE: 12, MALE: null }],
      series: [
        { name: 'FEMALE', label: 'Nữ' },
        { name: 'MALE', label: 'Nam' },
      ],
    });
  });
});
