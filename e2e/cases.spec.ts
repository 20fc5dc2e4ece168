import { expect, test } from '@playwright/test';
import { signIn } from './sign-in';


// Hà Nội local time for a datetime-local input, `hoursAgo` before now.
const hanoiLocal = (hoursAgo: number) => new Date(Date.now() - hoursAgo * 3_600_000 + 7 * 3_600_000).toISOString().slice(0, 16);

test('from a hotline call to an approved plan', async ({ page }) => {
  await signIn(page, 'commune1.officer');
  await page.getByRole('link', { name: 'Tiếp nhận tin báo' }).first().click();

  // Keyboard only: the channel has the focus; type, Tab, Space, and Ctrl+Enter to send.
  await expect(page.getByLabel('Hình thức tiếp nhận')).toBeFocused();
  await page.getByLabel('Tình trạng của trẻ em, nội dung sự việc').focus();
  await page.keyboard.type('Cháu bị bố đánh nhiều lần, có vết bầm trên tay');
  // The draft survives a reload.
  await page.waitForTimeout(400);
  await page.reload();
  await expect(page.getByText('Đã khôi phục bản nháp chưa gửi.')).toBeVisible();
  await expect(page.getByLabel('Tình trạng của trẻ em, nội dung sự việc')).toHaveValue('Cháu bị bố đánh nhiều lần, có vết bầm trên tay');

  await page.getByLabel('Bạo lực').focus();
  await page.keyboard.press('Space');
  await page.getByLabel('Họ tên trẻ em').focus();
  await page.keyboard.type('Vàng Thị Dở');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('9');
  await page.getByLabel('Họ tên người báo tin').focus();
  await page.keyboard.type('Lò Văn Báo');
  await page.keyboard.press('Tab');
  await page.keyboard.type('0912000111');
  await page.keyboard.press('Control+Enter');

  await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/);
  await expect(page.getByText('Lò Văn Báo')).toBeVisible(); // the commune officer sees the reporter
  await expect(page.getByRole('link', { name: 'In Mẫu 01' })).toBeVisible();

  // Register the child from the report, then open a case on it.
  await page.getByLabel('Ngày sinh (ước tính nếu không rõ)').fill('2017-01-01');
  await page.getByRole('button', { name: 'Đăng ký và gắn với tin báo' }).click();
  await page.getByRole('button', { name: 'Mở hồ sơ bảo vệ' }).click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: /HS-03412-\d{6} · Vàng Thị Dở/ })).toBeVisible();
  await expect(page.getByText('Trình kế hoạch').first()).toBeVisible();

  // Form 02, Form 03, then the plan (Form 04).
  await page.getByLabel('Nhận định').fill('Trẻ có nguy cơ bị bạo lực tiếp');
  await page.getByRole('button', { name: 'Ghi nhận' }).click();
  await expect(page.getByText('Đánh giá nguy cơ cụ thể và nhu cầu (Mẫu 03)')).toBeVisible();
  await page.getByLabel('Nhận định').fill('Họp xác định nhu cầu ngày 30/4');
  await page.getByRole('button', { name: 'Ghi nhận' }).click();
  await page.getByLabel('Biện pháp 1').fill('Tư vấn tâm lý cho trẻ tại trường');
  await page.getByLabel('Cơ quan thực hiện').selectOption({ label: 'Phòng Giáo dục và Đào tạo huyện Tam Đường' });
  await page.getByRole('button', { name: 'Trình kế hoạch (Mẫu 04)' }).click();
  await expect(page.getByText('Chờ phê duyệt').first()).toBeVisible();
  const caseUrl = page.url();

  // The officer cannot approve; the chair can, from the worklist.
  await expect(page.getByRole('button', { name: 'Phê duyệt kế hoạch (Mẫu 05)' })).toHaveCount(0);
  await signIn(page, 'commune1.chair');
  await expect(page.getByRole('heading', { name: 'Việc cần làm' })).toBeVisible();
  await page.getByRole('link', { name: /Phê duyệt kế hoạch: HS-03412/ }).click();
  await expect(page).toHaveURL(caseUrl);
  await page.getByRole('button', { name: 'Phê duyệt kế hoạch (Mẫu 05)' }).click();
  await expect(page.getByText('Đang thực hiện').first()).toBeVisible();
  await expect(page.getByText(/Phê duyệt bởi Hoàng Văn Thắng/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Mẫu 05' })).toBeVisible();
});

test('the worklist shows an overdue item first', async ({ page }) => {
  await signIn(page, 'commune1.officer');
  await page.goto('/reports/new');
  await page.getByLabel('Thời điểm tiếp nhận').fill(hanoiLocal(20));
  await page.getByLabel('Tình trạng của trẻ em, nội dung sự việc').fill('Trẻ bị bỏ mặc, không ai chăm sóc');
  await page.getByLabel('Người báo tin giấu tên').check();
  await page.getByRole('button', { name: 'Ghi nhận tin báo' }).click();
  await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/);
  await expect(page.getByText('Người báo tin giấu tên.')).toBeVisible();

  await page.getByRole('link', { name: 'Trang chủ' }).first().click();
  const first = page.getByRole('listitem').first();
  await expect(first).toContainText('Đánh giá ban đầu (12 giờ)');
  await expect(first).toContainText('Quá hạn');
  await expect(first).toContainText(/quá \d+ giờ/);
});
