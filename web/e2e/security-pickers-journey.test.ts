/**
 * Browser journey of the security officer's pickers and figures (issue 13's gaps): the officer of Hà Nội
 * (DEMOAT01) puts the unit head on the duty roster by choosing the unit and typing part of a name (no code or
 * account id typed) for the default window of the next eight hours and sees the duty listed by name; filters the alert queue and the monitoring report by a
 * unit chosen from a list; switches the dashboard to the last 7 and 30 days (by day) and to chosen days (yesterday and today, by hour); and sees the total of
 * the case list. Pages scanned with axe in Vietnamese, then once in English.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { chooseOption, launchBrowser, scanPage, signInAs, startConsoleServer, type ConsoleServer } from './support.ts';

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

/** A day in Việt Nam as dd/mm/yyyy, some days from today. */
function vnDay(plusDays = 0): string {
  const d = new Date(Date.now() + 7 * 3_600_000 + plusDays * 86_400_000);
  const dd = (n: number): string => String(n).padStart(2, '0');
  return `${dd(d.getUTCDate())}/${dd(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** Waits until no button is loading and no dialog or message is fading (axe would measure half-transparent text). */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.ant-btn-loading, .ant-modal-mask, .ant-message-notice'), undefined, { timeout: 5000 }).catch(() => undefined);
}

test('roster by name and unit, unit filters from a list, dashboard periods, the case total', async () => {
  const officer = await signInAs(server, browser, 'DEMOAT01');

  // The roster: unit chosen from the list, the officer on duty found by part of the name.
  await officer.goto(`${server.url}/security/roster`);
  await officer.getByRole('heading', { level: 1 }).waitFor();
  await chooseOption(officer, 'roster-unit', /^P01 · /, 'P01');
  await chooseOption(officer, 'roster-officer', /^DEMOLD01 · Trần Văn Lãnh Đạo/, 'Lãnh Đạo');
  // The duty window keeps its default: the next eight hours.
  const added = officer.waitForResponse((r) => r.url().endsWith('/api/respond/roster') && r.request().method() === 'POST');
  await officer.getByRole('button', { name: 'Thêm ca trực' }).click();
  assert.equal((await added).status(), 201);
  await officer.locator('tr', { hasText: 'DEMOLD01 · Trần Văn Lãnh Đạo' }).getByText(/^P01 · /).waitFor();
  await settle(officer);
  await scanPage(officer, 'security-pickers-roster-vi');

  // The alert queue filtered by a unit chosen from the list.
  await officer.goto(`${server.url}/security/alerts`);
  await officer.getByTestId('alert-table').waitFor();
  const filtered = officer.waitForRequest((r) => r.url().includes('/api/alerts?') && new URL(r.url()).searchParams.get('unitId') === 'P01-L1');
  await chooseOption(officer, 'filter-unit', /^P01-L1 · /, 'P01-L1');
  await filtered;
  await settle(officer);
  await scanPage(officer, 'security-pickers-alerts-vi');

  // The monitoring report of a unit chosen from the list.
  await officer.goto(`${server.url}/security/report`);
  await officer.getByTestId('report-figures').waitFor();
  await chooseOption(officer, 'report-unit', /^P01-L1 · /, 'P01-L1');
  await officer.getByRole('button', { name: 'Xem báo cáo' }).click();
  await officer.getByTestId('report-figures').getByText(/\(P01-L1\)/).waitFor();

  // The dashboard by day over 7 and 30 days.
  await officer.goto(`${server.url}/security/dashboard`);
  await officer.getByText('Lượt tra cứu mỗi giờ so với thông thường').waitFor();
  const week = officer.waitForResponse((r) => r.url().includes('/api/security/dashboard?') && new URL(r.url()).searchParams.get('bucket') === 'day');
  await officer.getByTestId('dashboard-period').getByText('7 ngày qua').click();
  const body = (await (await week).json()) as { period: { bucket: string }; reads: { hours: unknown[] } };
  assert.equal(body.period.bucket, 'day');
  assert.ok(body.reads.hours.length >= 7 && body.reads.hours.length <= 8, `${body.reads.hours.length} days`);
  await officer.getByText('Lượt tra cứu mỗi ngày so với thông thường').waitFor();
  await officer.getByText('Cảnh báo theo mức độ, theo ngày').waitFor();
  await officer.getByTestId('dashboard-period').getByText('30 ngày qua').click();
  await officer.getByText('Tự động khóa tài khoản trong kỳ', { exact: false }).waitFor();
  await settle(officer);
  await scanPage(officer, 'security-pickers-dashboard-vi');

  // Chosen days: yesterday and today, by hour (two days at most), from the start of yesterday in Việt Nam.
  await officer.getByTestId('dashboard-period').getByText('Chọn ngày').click();
  const chosen = officer.waitForResponse((r) => r.url().includes('/api/security/dashboard?') && new URL(r.url()).searchParams.has('from') && new URL(r.url()).searchParams.get('bucket') === 'hour');
  const range = officer.locator('.ant-picker-range').locator('input');
  await range.nth(0).fill(vnDay(-1));
  await range.nth(0).press('Enter');
  await range.nth(1).fill(vnDay(0));
  await range.nth(1).press('Enter');
  const picked = await chosen;
  const from = new Date(new URL(picked.url()).searchParams.get('from')!);
  assert.equal(from.getTime() % 86_400_000, 17 * 3_600_000, `${from.toISOString()} is a midnight in Việt Nam`);
  assert.ok(Date.now() - from.getTime() < 2 * 86_400_000 && Date.now() - from.getTime() > 86_400_000);
  await officer.getByText('Lượt tra cứu mỗi giờ so với thông thường').waitFor();
  await settle(officer);
  await scanPage(officer, 'security-pickers-dashboard-range-vi');

  // The case list with its total.
  await officer.goto(`${server.url}/security/cases`);
  await officer.getByTestId('case-total').waitFor();
  assert.match(await officer.getByTestId('case-total').innerText(), /^\d+ vụ việc/);
  await scanPage(officer, 'security-pickers-cases-vi');

  // Once in English.
  await officer.evaluate(() => localStorage.setItem('khien.lang', 'en'));
  await officer.reload();
  await officer.getByTestId('case-total').getByText(/cases/).waitFor();
  await scanPage(officer, 'security-pickers-cases-en');
  await officer.goto(`${server.url}/security/roster`);
  await officer.getByRole('heading', { level: 1 }).waitFor();
  await officer.getByRole('cell', { name: /DEMOLD01/ }).waitFor();
  await scanPage(officer, 'security-pickers-roster-en');
  await officer.goto(`${server.url}/security/dashboard`);
  await officer.getByTestId('dashboard-period').getByText('Last 7 days').click();
  await officer.getByText('Reads per day against the usual').waitFor();
  await settle(officer);
  await scanPage(officer, 'security-pickers-dashboard-en');
});
