import { expect, test, type Page } from '@playwright/test';
import { signIn } from './sign-in';


const fillChild = async (page: Page, name: string, dob: string) => {
  await page.goto('/children/new');
  await page.getByLabel('Họ và tên').fill(name);
  await page.getByLabel('Ngày sinh').fill(dob);
  await page.keyboard.press('Escape');
  await page.getByRole('combobox', { name: 'Giới tính' }).click();
  await page.getByRole('option', { name: 'Nam', exact: true }).click();
  await page.getByRole('button', { name: 'Lưu' }).click();
};

test('registering the same child again warns with the candidates, and the user can still save', async ({ page }) => {
  await signIn(page, 'commune1.officer');
  await fillChild(page, 'Lò Văn Đức', '15/03/2016');
  await expect(page).toHaveURL(/\/children\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: 'Lò Văn Đức' })).toBeVisible();

  await fillChild(page, 'Lo Van Duc', '15/03/2016');
  const warning = page.getByRole('alert').filter({ hasText: 'Có thể trẻ này đã được đăng ký' });
  await expect(warning).toBeVisible();
  await expect(warning.getByRole('link', { name: 'Lò Văn Đức' })).toBeVisible();
  await expect(page).toHaveURL(/\/children\/new$/);
  await warning.getByRole('button', { name: 'Vẫn lưu hồ sơ mới' }).click();
  await expect(page).toHaveURL(/\/children\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: 'Lo Van Duc' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Hồ sơ có thể trùng' }).getByRole('link', { name: 'Lò Văn Đức' })).toBeVisible();

  await page.goto('/children?q=LÒ VĂN ĐỨC');
  await expect(page.getByText('Lò Văn Đức', { exact: true })).toBeVisible();
  await expect(page.getByText('Lo Van Duc', { exact: true })).toBeVisible();
});

const HEADER = 'Họ và tên,Ngày sinh,Giới tính,Mã xã,Dân tộc\n';
const csv = (secondDob: string) =>
  Buffer.from(`${HEADER}Vàng Thị Dợ,02/04/2015,Nữ,03412,Mông\nGiàng A Sử,${secondDob},Nam,03412,Mông\nTẩn Láo Quẩy,11/11/2017,Nam,03412,Dao\n`);

test('an import with a bad row names it; after fixing the file, all rows are imported', async ({ page }) => {
  await signIn(page, 'commune1.officer');
  await page.goto('/children/import');
  const fileInput = page.locator('input[type="file"]');
  await fileInput.setInputFiles({ name: 'tre-em.csv', mimeType: 'text/csv', buffer: csv('31/02/2016') });
  await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
  await expect(page.getByText('Đã kiểm tra 3 dòng: 2 dòng hợp lệ, 1 dòng có lỗi.')).toBeVisible();
  const errorRow = page.getByRole('row').filter({ hasText: 'Ngày sinh' });
  await expect(errorRow).toContainText('3');
  await expect(errorRow).toContainText('Ngày không hợp lệ');

  await fileInput.setInputFiles({ name: 'tre-em.csv', mimeType: 'text/csv', buffer: csv('28/02/2016') });
  await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
  await expect(page.getByText('Đã kiểm tra 3 dòng: 3 dòng hợp lệ, 0 dòng có lỗi.')).toBeVisible();
  await page.getByRole('button', { name: 'Nhập 3 dòng hợp lệ' }).click();
  await expect(page.getByText('Đã nhập 3 trẻ em.')).toBeVisible();

  await page.goto('/children?q=giang a su');
  await expect(page.getByText('Giàng A Sử', { exact: true })).toBeVisible();
});

test('saving over someone else’s change shows a conflict, and reloading shows what they changed', async ({ page, browser }) => {
  await signIn(page, 'commune1.officer');
  await page.goto('/children?q=lo van pang');
  await page.getByText('Lò Văn Pâng', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Lò Văn Pâng' })).toBeVisible();
  await page.getByRole('button', { name: 'Sửa thông tin' }).click();
  await page.getByLabel('Địa chỉ').fill('Bản Nà Đon, nhà số 3');

  // Meanwhile the lead officer saves a change to the same record.
  const other = await (await browser.newContext({ locale: 'vi-VN' })).newPage();
  await signIn(other, 'lead.officer');
  await other.goto(page.url());
  await other.getByRole('button', { name: 'Sửa thông tin' }).click();
  await other.getByLabel('Địa chỉ').fill('Bản Thẳm');
  await other.getByRole('button', { name: 'Lưu' }).click();
  await expect(other.getByText('Đã lưu thông tin trẻ em.')).toBeVisible();

  await page.getByRole('button', { name: 'Lưu' }).click();
  const conflict = page.getByRole('alert').filter({ hasText: 'Thông tin đã được người khác thay đổi' });
  await expect(conflict).toBeVisible();
  await conflict.getByRole('button', { name: 'Tải lại hồ sơ' }).click();
  await expect(page.getByText('Những thông tin người khác đã thay đổi: Địa chỉ.')).toBeVisible();
  await expect(page.getByLabel('Địa chỉ')).toHaveValue('Bản Thẳm');
});
