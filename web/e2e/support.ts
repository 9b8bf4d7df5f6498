/**
 * Support of the browser tests: one Khiên server per test file (the production app on a fresh test database,
 * PostgreSQL when DATABASE_URL is set, serving the built console), and Debian's Chromium through playwright-core
 * (never a downloaded browser).
 */
import { execFileSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import { TOTP } from 'otpauth';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createTestApp } from '../../src/app/test-app.ts';
import { WEB_DIST } from '../../src/http/web.routes.ts';
import type { KhienApp } from '../../src/app/app-services.ts';
import { prepareDemoData } from '../../src/app/demo.ts';
import { ensureDemoAccounts, type DemoAccount } from '../../src/auth/demo/demo-accounts.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Where screenshots go (git-ignored). */
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');

/** A running server. */
export interface ConsoleServer {
  readonly url: string;
  readonly app: KhienApp;
  /** The demo accounts (with `demo: true`), device links pointing at this server. */
  readonly accounts: readonly DemoAccount[];
  close(): Promise<void>;
}

/**
 * Builds the console when needed and starts a server on a free port.
 *
 * @returns the server
 */
export async function startConsoleServer(opts: { demo?: boolean; citizen?: boolean } = {}): Promise<ConsoleServer> {
  execFileSync('node', [path.join(ROOT, 'scripts', 'ensure-web.mjs')], { stdio: 'inherit' });
  // Citizen sign-in (`citizen: true`) discovers the demo OpenID provider at PUBLIC_URL/oidc: the server must
  // know its own address before it starts, so the port is chosen first.
  const fixed = opts.citizen ? await freePort() : 0;
  const own = opts.citizen ? { publicUrl: `http://127.0.0.1:${fixed}`, port: fixed, host: '127.0.0.1' } : {};
  const t = await createTestApp({ secureCookies: false, mode: 'demo', ...own }, undefined, { webDist: WEB_DIST });
  await t.app.listen({ port: fixed, host: '127.0.0.1' });
  const address = t.app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  let accounts: DemoAccount[] = [];
  if (opts.demo) {
    await prepareDemoData(t.app.khien.database, { ...t.app.khien.config, seedPersons: 400, seedStaff: 30 }, () => {});
    accounts = (await ensureDemoAccounts(t.app.khien.auth.ctx)).accounts.map((a) => ({ ...a, deviceLink: url + new URL(a.deviceLink).pathname }));
  }
  return { url, app: t.app, accounts, close: () => t.close() };
}

/** A free TCP port on the loopback interface. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Launches Debian's Chromium headless.
 *
 * @returns the browser
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Signs a demo account in through the console as a person would: the device link, the sign-in form with the
 * password and a TOTP code from the account's shared secret.
 *
 * @param server - the running server (started with `demo: true`)
 * @param browser - the browser
 * @param username - the demo staff number (e.g. `DEMONV01`)
 * @param viewport - window size (office laptop by default)
 * @returns the signed-in page
 */
export async function signInAs(server: ConsoleServer, browser: Browser, username: string, viewport = { width: 1366, height: 768 }): Promise<Page> {
  const a = server.accounts.find((x) => x.username === username);
  assert.ok(a, `no demo account ${username}`);
  const ctx = await browser.newContext({ viewport });
  const page = await ctx.newPage();
  await page.goto(a.deviceLink);
  await page.goto(`${server.url}/signin`);
  await page.getByLabel('Mã cán bộ').fill(username);
  await page.getByLabel('Mật khẩu').fill(a.password);
  await page.getByLabel('Mã OTP').fill(new TOTP({ secret: a.totpSecret }).generate());
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('me-name').waitFor();
  return page;
}

/**
 * Scans the page with axe-core (WCAG 2.1 A and AA) and fails on a serious or critical violation, then saves a
 * full-page screenshot as `test-artifacts/<name>.png`. Waits first for open drop-downs to finish closing: Ant
 * Design's Select keeps an unlabelled listbox in its popup while it animates away, which axe would report.
 *
 * @param page - the page
 * @param name - the scan's name (message and screenshot file)
 */
export async function scanPage(page: Page, name: string): Promise<void> {
  await page
    .waitForFunction(() => Array.from(document.querySelectorAll('.ant-select-dropdown, .ant-picker-dropdown')).every((e) => getComputedStyle(e).display === 'none' || e.classList.contains('ant-select-dropdown-hidden') || e.classList.contains('ant-picker-dropdown-hidden')), undefined, { timeout: 3000 })
    .catch(() => undefined);
  // Colour transitions (a toggled button, a tag fading in) measured mid-way would fail the contrast rule.
  await page
    .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || (a.effect?.getTiming().iterations ?? 1) === Infinity), undefined, { timeout: 3000 })
    .catch(() => undefined);
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(bad, [], `axe: ${name}`);
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: true });
}

/**
 * Picks an option of an Ant Design select by its text and waits until the select shows it; tries again when a
 * click landed while the drop-down was still opening or closing (seen under load: the option was clicked, the
 * value not taken).
 *
 * @param page - the page
 * @param testId - the select's test id
 * @param text - the option's visible text
 */
export async function pickOption(page: Page, testId: string, text: string): Promise<void> {
  const select = page.getByTestId(testId);
  for (let attempt = 1; ; attempt++) {
    await select.click();
    await page.locator('.ant-select-dropdown:visible').getByText(text).first().click();
    // The select's box (the test id may sit on it or on its input) shows the chosen option's text.
    const box = select.locator("xpath=ancestor-or-self::*[contains(concat(' ', normalize-space(@class), ' '), ' ant-select ')][1]");
    for (let i = 0; i < 50; i++) {
      if ((await box.innerText()).includes(text)) return;
      await page.waitForTimeout(100);
    }
    if (attempt >= 3) throw new Error(`the select ${testId} did not take the option "${text}"`);
    // Close whatever is still open and let it finish closing before trying again.
    await page.keyboard.press('Escape');
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
  }
}
