/**
 * Browser test (Playwright driving Debian's Chromium): the sign-in page in Vietnamese by default, the language
 * switch remembered across a reload, a refusal shown in the chosen language with its code, and an axe-core
 * scan with no serious or critical violation in either language. Screenshots go to test-artifacts/ (ignored).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { startConsoleServer, launchBrowser, ARTIFACTS, type ConsoleServer } from './support.ts';

let server: ConsoleServer;
let browser: Browser;

before(async () => {
  server = await startConsoleServer();
  browser = await launchBrowser();
  await mkdir(ARTIFACTS, { recursive: true });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function seriousViolations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('sign-in page: Vietnamese first, English remembered, refusals in the chosen language with their code, no serious axe violation', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await ctx.newPage();
  await page.goto(`${server.url}/`);
  await page.waitForURL('**/signin**');
  await assert.doesNotReject(page.getByRole('heading', { name: 'Đăng nhập' }).waitFor());
  assert.deepEqual(await seriousViolations(page), [], 'axe (vi)');
  await page.screenshot({ path: `${ARTIFACTS}/signin-vi.png` });

  await page.getByLabel('Mã cán bộ').fill('NOBODY01');
  await page.getByLabel('Mật khẩu').fill('wrong password');
  await page.getByTestId('signin-submit').click();
  const alert = page.getByTestId('error-alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Đăng nhập không thành công.*KHIEN_AUTH_SIGNIN_FAILED/s);

  await page.getByText('English', { exact: true }).click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  assert.match(await alert.innerText(), /Sign-in failed.*KHIEN_AUTH_SIGNIN_FAILED/s, 'the error follows the language');
  await page.reload();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', 'the choice survives a reload');
  assert.deepEqual(await seriousViolations(page), [], 'axe (en)');
  await page.screenshot({ path: `${ARTIFACTS}/signin-en.png` });

  await page.goto(`${server.url}/device`);
  await page.getByRole('heading', { name: 'Register a device' }).waitFor();
  assert.deepEqual(await seriousViolations(page), [], 'axe (device request)');
  await page.screenshot({ path: `${ARTIFACTS}/device-en.png` });
  await ctx.close();
});
