import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { signIn } from './sign-in';

// Demo data: a few hundred children in three communes of Huyện Tam Đường (lead.officer and
// analyst's district), abuse reports and cases as the demo has them.

test('the lead officer sees the dashboard, analyses children by commune × sex in a chart and downloads the CSV', async ({ page }) => {
  await signIn(page, 'lead.officer');
  await expect(page.getByRole('heading', { name: 'Tổng quan' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Trẻ em có hoàn cảnh đặc biệt theo nhóm' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tin báo xâm hại theo tháng' })).toBeVisible();
  await expect(page.getByText(/chưa có số liệu/)).toHaveCount(0);

  await page.getByRole('link', { name: 'Phân tích số liệu' }).first().click();
  await expect(page).toHaveURL(/\/analytics/);
  const table = page.getByRole('table', { name: 'Bảng số liệu' });
  await expect(table).toBeVisible();
  await expect(table.getByRole('row', { name: /Xã Bình Lư.*Nam.*\d+/ })).toBeVisible();
  await expect(page.getByText('Số liệu chính xác', { exact: false })).toBeVisible();
  // The chart: recharts draws an SVG with one bar per non-zero cell.
  const chart = page.getByTestId('stats-chart');
  await expect(chart.locator('svg.recharts-surface').first()).toBeVisible();
  await expect(chart.locator('.recharts-bar-rectangle').first()).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Tải CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('children-commune-sex.csv');
  const csv = fs.readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  expect(csv.split('\r\n')[0]).toBe('Xã/phường (mã),Xã/phường,Giới tính (mã),Giới tính,Số trẻ em');
  // Exact counts for the lead officer: the cells add up to the published total.
  const lines = csv.trim().split('\r\n').slice(1);
  const total = Number(lines.find((l) => l.startsWith('Tổng'))!.split(',').at(-1));
  const cells = lines.filter((l) => !l.startsWith('Tổng')).map((l) => Number(l.split(',').at(-1)));
  expect(cells.length).toBeGreaterThan(1);
  expect(cells.reduce((a, b) => a + b, 0)).toBe(total);
});

test('the analyst sees small counts as "<5", the total withheld, and may not open the children list', async ({ page }) => {
  await signIn(page, 'analyst');
  // Commune × ethnicity × sex over a few hundred children: many cells are small.
  await page.goto('/analytics?measure=CHILDREN&g=COMMUNE&g=ETHNICITY&g=SEX');
  const table = page.getByRole('table', { name: 'Bảng số liệu' });
  await expect(table.getByRole('cell', { name: '<5' }).first()).toBeVisible();
  await expect(table.getByText('không công bố', { exact: false })).toBeVisible();
  await expect(page.getByTestId('stats-chart').locator('svg.recharts-surface').first()).toBeVisible();
  await page.goto('/children');
  await expect(page.getByText('Không có quyền truy cập')).toBeVisible();
});
