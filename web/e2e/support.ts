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
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
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
 * How long a wait or an action may take in a browser journey (Playwright's default is 30 s). A journey runs
 * beside another test file on two cores (the three-node test, the benchmark smoke runs): CI has seen a submitted
 * form answer after more than 30 s there, while the same step takes well under a second on a quiet machine.
 */
export const ACTION_TIMEOUT_MS = 90_000;

/**
 * What every browser context of a journey starts with: reduced motion (see {@link launchBrowser}) and the
 * agency's time zone. The staff's laptops are in Việt Nam; a browser left in the machine's UTC puts "today" on
 * another day between 00:00 and 07:00 in Hà Nội (CI stop 26 ran at 00:40 there: a membership ended "today" showed
 * yesterday, the date picker refused today as a future day).
 */
const CONTEXT_DEFAULTS = { reducedMotion: 'reduce', timezoneId: 'Asia/Ho_Chi_Minh' } as const;

/**
 * Launches Debian's Chromium headless. Every context the browser opens (`newContext`, `newPage`) waits up to
 * {@link ACTION_TIMEOUT_MS} by default and asks for reduced motion (the console then opens dialogs without
 * their zoom animation): under load a click computed on a dialog still zooming in landed on its mask, which
 * closed the dialog unsent (CI stops 25 and 26).
 *
 * @returns the browser
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const ctx = await newContext({ ...CONTEXT_DEFAULTS, ...options });
    ctx.setDefaultTimeout(ACTION_TIMEOUT_MS);
    return ctx;
  };
  // (`browser.newPage` opens its context through `this.newContext`, so it gets the same defaults.)
  return browser;
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
 * Picks an option of an Ant Design select found by test id: opens it, types `typed` into its search (when given,
 * through the search input itself, so no keystroke is lost while the drop-down is still opening), waits for an
 * option matching `option` (options of a remote search arrive after the server answers), clicks it, and checks
 * the select shows it. Tries again, up to three times, when the drop-down closed early or the click landed while
 * it was still animating (seen under load: the option clicked, the field left empty). A multiple select is not
 * re-checked (a second click would toggle the option off): its form's own messages say whether it took.
 */
export async function chooseOption(page: Page, testId: string, option: string | RegExp, typed?: string): Promise<void> {
  const select = page.getByTestId(testId);
  // The select's root (the test id may sit on it or on its input) shows the chosen option's text.
  const box = select.locator("xpath=ancestor-or-self::*[contains(concat(' ', normalize-space(@class), ' '), ' ant-select ')][1]");
  const shows = (text: string): boolean =>
    text.split('\n').some((line) => (typeof option === 'string' ? line.includes(option) : option.test(line.trim())));
  for (let attempt = 1; ; attempt++) {
    try {
      await select.click();
      if (typed !== undefined) await box.locator('input').first().fill(typed);
      const item = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first();
      await item.waitFor({ state: 'visible', timeout: 15_000 });
      await item.click();
      if (((await box.getAttribute('class')) ?? '').includes('ant-select-multiple')) return;
      for (let i = 0; i < 50; i++) {
        if (shows(await box.innerText())) return;
        await page.waitForTimeout(100);
      }
      throw new Error(`the select ${testId} did not take the option ${String(option)}`);
    } catch (err) {
      if (attempt >= 3) throw err;
      // Close whatever is still open and let it finish closing before trying again.
      await page.keyboard.press('Escape');
      await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
    }
  }
}

/**
 * Waits for what a submitted action shows (a dialog, a row, a preview, a button gone) and, when the console
 * answers with an error or a form message instead, fails at once with that text and a screenshot
 * (`test-artifacts/<name>-failed.png`) rather than after a silent time-out. The wait is long
 * ({@link ACTION_TIMEOUT_MS} by default): a browser test runs beside another test file on two cores.
 *
 * @param page - the page
 * @param target - test id of the element the action shows, or a locator
 * @param opts - `state` to wait for (`visible` by default; `detached` for what the action removes), `name` of the
 *   screenshots (the test id by default), `timeout` in milliseconds
 */
export async function waitForOutcome(
  page: Page,
  target: string | Locator,
  opts: { state?: 'visible' | 'detached'; name?: string; timeout?: number } = {},
): Promise<void> {
  const { state = 'visible', timeout = ACTION_TIMEOUT_MS } = opts;
  const shown = typeof target === 'string' ? page.getByTestId(target) : target;
  const name = opts.name ?? (typeof target === 'string' ? target : 'outcome');
  const failed = page.locator('[data-testid="error-alert"]:visible, .ant-form-item-explain-error:visible').first();
  const which = await Promise.race([
    shown.waitFor({ state, timeout }).then(() => 'shown' as const),
    failed.waitFor({ state: 'visible', timeout }).then(() => 'failed' as const),
  ]).catch(async (err: unknown) => {
    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/${name}-timeout.png`, fullPage: true }).catch(() => undefined);
    throw err;
  });
  if (which === 'shown') return;
  const text = (await failed.innerText().catch(() => '')).trim();
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}/${name}-failed.png`, fullPage: true }).catch(() => undefined);
  assert.fail(`waiting for ${name} (${state}), the console showed: ${text}`);
}
