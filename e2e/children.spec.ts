import { expect, test } from '@playwright/test';
import { signIn } from './sign-in';


test('a commune officer registers a child, finds her without diacritics; another commune cannot', async ({ page }) => {
  await signIn(page, 'commune1.officer');

  await page.getByRole('link', { name: 'Đăng ký trẻ em' }).first().click();
  await page.getByLabel('Họ và tên').fill('Nguyễn Thị Hoà');
  await page.getByLabel('Ngày sinh').fill('01/05/2015');
  await page.keyboard.press('Escape');
  await page.getByRole('combobox', { name: 'Giới tính' }).click();
  await page.getByRole('option', { name: 'Nữ' }).click();
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page).toHaveURL(/\/children\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: 'Nguyễn Thị Hoà' })).toBeVisible();

  await page.getByRole('link', { name: 'Danh sách trẻ em' }).first().click();
  await page.getByLabel('Tìm kiếm').fill('nguyen thi hoa');
  const row = page.getByText('Nguyễn Thị Hoà');
  await expect(row).toBeVisible();
  await row.click();
  await expect(page).toHaveURL(/\/children\/[0-9a-f-]{36}$/);
  await expect(page.getByText('01/05/2015')).toBeVisible();

  await signIn(page, 'commune2.officer');
  await page.getByRole('link', { name: 'Danh sách trẻ em' }).first().click();
  await page.getByLabel('Tìm kiếm').fill('nguyen thi hoa');
  await expect(page.getByText('Không có trẻ em nào phù hợp.')).toBeVisible();
  await expect(page.getByText('Nguyễn Thị Hoà')).toHaveCount(0);
});

test('an expired session sends the user to sign in and back to where they were', async ({ page }) => {
  await signIn(page, 'commune1.officer');
  await page.goto('/children');
  await expect(page.getByLabel('Tìm kiếm')).toBeVisible();
  await page.context().clearCookies();
  await page.goto('/children');
  await expect(page).toHaveURL(/\/login\?next=%2Fchildren/);
  await page.getByLabel('Tên đăng nhập').fill('commune1.officer');
  await page.getByLabel('Mật khẩu').fill('demo-2021');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/children$/);
});
