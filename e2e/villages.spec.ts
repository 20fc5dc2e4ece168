import { expect, test } from '@playwright/test';
import { signIn } from './sign-in';

// commune1.officer (Xã Bình Lư) keeps the commune's list of villages: add, rename, retire.
test('a commune officer adds, renames and retires a village of their commune', async ({ page }) => {
  await signIn(page, 'commune1.officer');

  await page.getByRole('link', { name: 'Thôn, bản' }).first().click();
  await expect(page.getByRole('heading', { name: 'Danh sách thôn, bản' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Tên thôn, bản' }).first()).toHaveValue('Bản Nà Đon');

  await page.getByLabel('Thêm thôn, bản mới').fill('Bản Phiêng Phát');
  await page.getByRole('button', { name: 'Thêm', exact: true }).click();
  const added = page.getByRole('row').filter({ has: page.locator('input[value="Bản Phiêng Phát"]') });
  await expect(added).toHaveCount(1);
  // The village's code (local, made by the system) identifies its row from here on.
  const code = (await added.getByRole('cell').first().textContent())!.trim();
  const row = page.getByRole('row').filter({ hasText: code });

  await row.getByRole('textbox').fill('Bản Phiêng Phát Mới');
  await row.getByRole('button', { name: 'Đổi tên' }).click();
  await expect(row.getByRole('button', { name: 'Đổi tên' })).toBeDisabled();
  await page.reload();
  await expect(row.getByRole('textbox')).toHaveValue('Bản Phiêng Phát Mới');

  await row.getByRole('button', { name: 'Thôi sử dụng' }).click();
  await expect(row).toContainText('Bản Phiêng Phát Mới');
  await expect(row).toContainText('Thôi sử dụng từ');
});
