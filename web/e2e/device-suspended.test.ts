/**
 * Browser journeys (issue 12): a clerk on an unregistered computer is sent to the device request, which names
 * who approves it; the unit head approves it in the console; the clerk then signs in from that browser. A
 * suspended account is told so at sign-in, in words and with its code. Axe scans in Vietnamese and English.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { accounts } from '../../src/auth/auth.schema.ts';
import { suspendAccount } from '../../src/auth/admin/accounts.ts';
import { launchBrowser, scanPage, signInAs, startConsoleServer, type ConsoleServer } from './support.ts';

let server: ConsoleServer;
let browser: Browser;
before(async () => {
  server = await startConsoleServer({ demo: true });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

function account(username: string): { password: string; totpSecret: string } {
  const a = server.accounts.find((x) => x.username === username);
  assert.ok(a, username);
  return a;
}

async function fillSignIn(page: Page, username: string, code: string): Promise<void> {
  await page.goto(`${server.url}/signin`);
  await page.getByLabel('Mã cán bộ').fill(username);
  await page.getByLabel('Mật khẩu').fill(account(username).password);
  await page.getByLabel('Mã OTP').fill(code);
  await page.getByTestId('signin-submit').click();
}

test('device: request from the sign-in refusal → the head approves → the clerk signs in from that browser', async () => {
  const { totpSecret } = account('DEMOCB01');
  const totp = new TOTP({ secret: totpSecret });
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const clerk = await ctx.newPage();
  await fillSignIn(clerk, 'DEMOCB01', totp.generate());
  await clerk.getByTestId('device-link').click();
  await clerk.getByRole('heading', { name: 'Đăng ký thiết bị' }).waitFor();
  await clerk.getByLabel('Mã cán bộ').fill('DEMOCB01');
  await clerk.getByLabel('Mật khẩu').fill(account('DEMOCB01').password);
  await clerk.getByLabel('Mã OTP').fill(totp.generate());
  await clerk.getByLabel('Tên máy tính').fill('Máy bàn phòng Thu E2E');
  await clerk.getByTestId('device-submit').click();
  await clerk.getByText('Đã gửi đề nghị đăng ký').waitFor();
  assert.match(await clerk.locator('body').innerText(), /Lãnh đạo đơn vị hoặc cán bộ ATTT/);

  const head = await signInAs(server, browser, 'DEMOLD01', { width: 390, height: 844 });
  await head.goto(`${server.url}/head/devices`);
  const approve = head.getByTestId('approve-Máy bàn phòng Thu E2E');
  await approve.waitFor();
  await scanPage(head, 'head-devices-phone-vi');
  await approve.click();
  await approve.waitFor({ state: 'detached' });

  // The next time step: the device request used this one (a code is accepted once).
  await fillSignIn(clerk, 'DEMOCB01', totp.generate({ timestamp: Date.now() + 30_000 }));
  await clerk.getByTestId('me-name').waitFor();
  await ctx.close();
  await head.context().close();
});

test('a suspended account is told so at sign-in, with its code, in either language', async () => {
  const [a] = await server.app.khien.database.db.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, 'DEMOTT01'));
  assert.ok(a);
  await suspendAccount(server.app.khien.auth.ctx, a.id, 'Tạm khóa để kiểm tra (e2e)', { type: 'system', name: 'e2e' });
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await fillSignIn(page, 'DEMOTT01', new TOTP({ secret: account('DEMOTT01').totpSecret }).generate());
  const alert = page.getByTestId('error-alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /tạm khóa.*KHIEN_AUTH_SIGNIN_SUSPENDED/s);
  await scanPage(page, 'signin-suspended-vi');
  await page.getByText('English', { exact: true }).click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  assert.match(await alert.innerText(), /suspended.*KHIEN_AUTH_SIGNIN_SUSPENDED/s);
  await scanPage(page, 'signin-suspended-en');
  await page.context().close();
});

