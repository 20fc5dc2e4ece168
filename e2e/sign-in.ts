import { expect, type Page } from '@playwright/test';

// Signs a demo user in through the sign-in page (any previous session is dropped first).
export const signIn = async (page: Page, username: string): Promise<void> => {
  await page.context().clearCookies();
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill('demo-2021');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).not.toHaveURL(/\/login/);
};
