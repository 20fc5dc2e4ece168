import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './sign-in';


const openDirective2021 = async (page: Page) => {
  await page.getByRole('link', { name: 'Chỉ đạo, nhiệm vụ' }).first().click();
  await page.getByRole('link', { name: 'Triển khai thực hiện công tác trẻ em năm 2021' }).click();
  await expect(page.getByText('Căn cứ Công văn số 223/LĐTBXH-BVCSTE ngày 02/3/2021', { exact: false })).toBeVisible();
};

test('an agency head submits an update; the lead officer opens the board and downloads the report', async ({ page }) => {
  // education.head: head of Phòng GD&ĐT, reports on a section 3 duty for the first period (late: due 30/04/2021)
  await signIn(page, 'education.head');
  await openDirective2021(page);
  await page.getByRole('link', { name: 'Cập nhật tiến độ: Củng cố, kiện toàn quỹ khuyến học' }).click();
  await page.getByRole('combobox', { name: 'Kỳ báo cáo' }).click();
  await page.getByRole('option', { name: 'Kỳ báo cáo 1 năm 2021 (hạn 30/04/2021)' }).click();
  await expect(page).toHaveURL(/period=2021-H1/);
  await expect(page.getByText('Chưa có báo cáo cho kỳ này.')).toBeVisible();
  await page.getByLabel('Tiến độ (%)').fill('70');
  await page.getByLabel('Kết quả thực hiện').fill('Đã huy động 120 triệu đồng cho quỹ khuyến học của huyện.');
  await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await expect(page.getByText('Đã gửi báo cáo.')).toBeVisible();
  await expect(page.getByText('Gửi muộn').first()).toBeVisible();
  await expect(page.getByText('Lần 1 — Đã gửi')).toBeVisible();

  // lead.officer: the lead office reads the board for that period and drills into education's section 3
  await signIn(page, 'lead.officer');
  await openDirective2021(page);
  await page.getByRole('link', { name: 'Bảng tiến độ' }).click();
  await page.getByRole('combobox', { name: 'Kỳ báo cáo' }).click();
  await page.getByRole('option', { name: 'Kỳ báo cáo 1 năm 2021 (hạn 30/04/2021)' }).click();
  await expect(page).toHaveURL(/period=2021-H1/);
  const educationCell = page.getByRole('button', { name: 'Phòng Giáo dục và Đào tạo huyện Tam Đường, Mục 3: Thiếu báo cáo' });
  await expect(educationCell).toHaveText('1/4');
  await expect(page.getByRole('button', { name: 'Công an huyện Tam Đường, Mục 4: Thiếu báo cáo' })).toHaveText('0/3');
  await educationCell.click();
  await expect(page.getByText('Đã huy động 120 triệu đồng cho quỹ khuyến học của huyện.', { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');

  // ...and the district's periodic report, previewed and downloaded
  await page.getByRole('link', { name: 'Báo cáo định kỳ' }).first().click();
  await expect(page).toHaveURL(/\/periodic-reports$/);
  await expect(page.getByRole('button', { name: 'Xem báo cáo' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Kỳ báo cáo' }).click();
  await page.getByRole('option', { name: 'Kỳ báo cáo 1 năm 2021 (hạn 30/04/2021)' }).click();
  await page.getByRole('button', { name: 'Xem báo cáo' }).click();
  await expect(page.getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'BÁO CÁO', exact: true })).toBeVisible();
  await expect(page.getByText('Trẻ em có hoàn cảnh đặc biệt theo 14 nhóm')).toBeVisible();
  for (const [format, magic] of [['XLSX', 'PK'], ['PDF', '%PDF'], ['DOCX', 'PK']] as const) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: format, exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^bao-cao-tre-em-106-2021-H1\\.${format.toLowerCase()}$`));
    const file = await download.path();
    expect(fs.readFileSync(file).subarray(0, magic.length).toString('latin1')).toBe(magic);
  }
});
