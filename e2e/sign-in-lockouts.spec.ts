import { expect, test } from '@playwright/test';
import { signIn } from './sign-in';

// Five wrong passwords for commune2.officer from this browser's address hold that username
// back at this address; the admin sees it under "Khóa đăng nhập", lifts it, and the officer
// signs in again.
test('the admin sees a sign-in lockout and lifts it', async ({ page }) => {
  // From the page itself, so that the attempts come from the browser's own address.
  await page.goto('/login');
  const codes = await page.evaluate(async () => {
    const out: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `mutation { login(username: "commune2.officer", password: "wrong-${i}") { token } }` }),
      });
      out.push(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code);
    }
    return out;
  });
  expect(codes).toEqual(Array(5).fill('UNAUTHENTICATED'));
  await page.getByLabel('Tên đăng nhập').fill('commune2.officer');
  await page.getByLabel('Mật khẩu').fill('demo-2021');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByText('Bạn đã thử quá nhiều lần.')).toBeVisible();

  await signIn(page, 'admin');
  await page.getByRole('link', { name: 'Khóa đăng nhập' }).first().click();
  await expect(page.getByRole('heading', { name: 'Khóa đăng nhập' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'commune2.officer' });
  await expect(row).toContainText('Tài khoản tại một địa chỉ');
  await expect(row).toContainText('5');
  await row.getByRole('button', { name: 'Gỡ chặn' }).click();
  await expect(page.getByText('Đã gỡ chặn.')).toBeVisible();
  await expect(row).toHaveCount(0);

  await signIn(page, 'commune2.officer');
  await expect(page.getByRole('link', { name: 'Khóa đăng nhập' })).toHaveCount(0);
});
