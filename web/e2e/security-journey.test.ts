/**
 * Browser journey of the security screens (issue 13, items 1–3 and 6): the demo clerk, given an assignment by
 * the unit head, runs a scripted scraping burst through the API (sequential personal-id lookups by a script);
 * the alert reaches the security officer's dashboard and queue within seconds and the clerk's account is
 * suspended; the officer opens the alert, reports the unit's verification, escalates it to a case, contains
 * (ends the clerk's assignment, seen on the timeline), starts the breach clock, fills Form 08 and downloads it
 * (read back with pdftotext); the unit's monitoring report and its PDF. Every security page is scanned with axe
 * in Vietnamese and English.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { accounts } from '../../src/auth/auth.schema.ts';
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

const signIn = (username: string): Promise<Page> => signInAs(server, browser, username);

async function csrfOf(page: Page): Promise<string> {
  return decodeURIComponent((await page.context().cookies()).find((c) => c.name === 'khien_csrf')?.value ?? '');
}

/** Waits until no button is loading and no dialog is fading out (axe would measure their half-transparent text). */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.ant-btn-loading, .ant-modal-mask, .ant-message-notice'), undefined, { timeout: 5000 }).catch(() => undefined);
}

async function toLanguage(page: Page, lang: 'vi' | 'en'): Promise<void> {
  await page.evaluate((l) => localStorage.setItem('khien.lang', l), lang);
  await page.reload();
}

test('scraping burst → alert on the officer\u2019s dashboard and queue, account suspended → case, containment, breach clock, Form 08', async () => {
  const db = server.app.khien.database.db;
  const [clerkAccount] = await db.select().from(accounts).where(eq(accounts.username, 'DEMOCB01'));
  assert.ok(clerkAccount);

  // The unit head gives the clerk an assignment (through the API, as the console does).
  const head = await signIn('DEMOLD01');
  const today = new Date().toISOString().slice(0, 10);
  const assignment = await head.request.post(`${server.url}/api/access/assignments`, {
    headers: { 'x-csrf-token': await csrfOf(head) },
    data: {
      assigneeAccountId: clerkAccount.id,
      documentNo: '45/QĐ-BHXH',
      documentDate: today,
      purpose: 'contribution_collection',
      categories: ['identity', 'address'],
      actions: ['search', 'view'],
      scope: { provinces: ['01'], communes: [], employers: [], persons: [] },
      validFrom: new Date(Date.now() - 60_000).toISOString(),
      validUntil: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    },
  });
  assert.equal(assignment.status(), 201, await assignment.text());

  // The officer's dashboard is open before the burst.
  const officer = await signIn('DEMOAT01');
  officer.on('pageerror', (e) => console.log('page error:', e.message));
  await officer.goto(`${server.url}/security/dashboard`);
  await officer.getByTestId('stat-alerts').waitFor();
  await scanPage(officer, 'security-dashboard-vi');

  // A script walks personal-id tails: 001090100200, 001090100201, …
  const clerk = await signIn('DEMOCB01');
  const clerkCsrf = await csrfOf(clerk);
  const burstAt = Date.now();
  let refused = 0;
  for (let i = 0; i < 12; i++) {
    const r = await clerk.request.post(`${server.url}/api/registry/search`, {
      headers: { 'x-csrf-token': clerkCsrf, 'user-agent': 'python-requests/2.32.3' },
      data: { purpose: 'contribution_collection', personalId: `00109010${String(200 + i).padStart(4, '0')}` },
    });
    if (r.status() === 401 || r.status() === 403) refused++;
  }
  assert.ok(refused > 0, 'the clerk is cut off during the burst');

  // Within seconds: the suspension shows on the dashboard (it refreshes by itself) and the account is suspended.
  await officer.getByTestId('suspensions-table').getByText('KHIEN-R015').first().waitFor({ timeout: 15_000 });
  const seenAfter = Date.now() - burstAt;
  assert.ok(seenAfter < 15_000, `on the dashboard after ${seenAfter} ms`);
  const [after1] = await db.select().from(accounts).where(eq(accounts.id, clerkAccount.id));
  assert.equal(after1!.status, 'suspended');
  // Named, not by id: the clerk by staff number and name, the unit by code and name.
  await officer.getByTestId('suspensions-table').getByText(/^DEMOCB01 · /).first().waitFor();
  await officer.getByTestId('riskiest-table').getByText(/^DEMOCB01 · /).first().waitFor();
  await officer.getByTestId('suspensions-table').getByText(/^P\d\d[-A-Z0-9]* · /).first().waitFor();
  await scanPage(officer, 'security-dashboard-alert-vi');

  // The queue, filtered by severity.
  await officer.goto(`${server.url}/security/alerts`);
  const row = officer.getByTestId('alert-table').locator('tbody tr.ant-table-row', { hasText: 'KHIEN-R015' }).first();
  await row.waitFor({ timeout: 10_000 });
  await scanPage(officer, 'security-alerts-vi');
  await row.locator('a').first().click();
  await officer.getByTestId('alert-facts').waitFor();

  // The unit's verification report, then the escalation to a case.
  await officer.getByTestId('verify-findings').fill('Cán bộ xác nhận chạy tập lệnh tra cứu hàng loạt trên máy trạm');
  await chooseOption(officer, 'verify-conclusion', 'Xác nhận có vi phạm');
  await officer.getByTestId('verify-measures').fill('Tạm khóa tài khoản, thu hồi phân công, lập biên bản');
  await officer.getByTestId('verify-submit').click();
  await officer.getByTestId('verification-report').waitFor();
  await settle(officer);
  await scanPage(officer, 'security-alert-vi');
  await officer.getByTestId('triage-escalate').click();
  await officer.getByTestId('confirm-escalate').click();
  await officer.getByTestId('alert-case-link').click();
  await officer.getByTestId('case-facts').waitFor();

  // Containment: end the clerk's assignment, confirmed, and seen on the timeline.
  await officer.getByTestId('contain-end_assignment').first().click();
  await officer.getByTestId('contain-reason').fill('Ngăn chặn tra cứu hàng loạt');
  await officer.getByTestId('contain-confirm').click();
  await officer.getByTestId('case-timeline').getByText(/end_assignment|phân công|assignment/i).first().waitFor({ timeout: 10_000 });

  // The 72-hour clock.
  await officer.getByTestId('breach-mark').click();
  await officer.getByTestId('breach-mark-confirm').click();
  const countdown = officer.getByTestId('breach-countdown');
  await countdown.waitFor();
  assert.match(await countdown.innerText(), /^7[01]:\d{2}:\d{2}$/);
  const first = await countdown.innerText();
  await officer.waitForTimeout(1500);
  assert.notEqual(await countdown.innerText(), first, 'the countdown ticks');

  // Form 08.
  await officer.getByTestId('f08-rp-name').fill('Nguyễn Văn Bảo');
  await officer.getByTestId('f08-rp-title').fill('Trưởng phòng Công nghệ thông tin');
  await officer.getByTestId('f08-rp-phone').fill('024 3936 1234');
  await officer.getByTestId('f08-rp-email').fill('attt@baohiemxahoi.gov.vn');
  await officer.getByTestId('f08-detection').fill('Hệ thống Khiên phát hiện tra cứu mã định danh liên tiếp');
  await officer.getByTestId('f08-place').fill('Bảo hiểm xã hội thành phố Hà Nội');
  await officer.getByTestId('f08-act').fill('Tra cứu trái phép hàng loạt hồ sơ người tham gia bằng tập lệnh');
  await officer.getByTestId('f08-parties').click();
  await officer.keyboard.type('Cán bộ nghiệp vụ thu');
  await officer.keyboard.press('Enter');
  await chooseOption(officer, 'f08-categories', 'Thông tin định danh');
  await officer.keyboard.press('Escape');
  await officer.getByTestId('f08-subjects').fill('12');
  await officer.getByTestId('f08-records').fill('12');
  await officer.getByTestId('f08-consequences').fill('Lộ thông tin định danh của người tham gia');
  await officer.getByTestId('f08-measures').fill('Tạm khóa tài khoản, chấm dứt phân công');
  await officer.getByTestId('f08-minutes-no').fill('01/BB-ATTT');
  await officer.getByTestId('f08-minutes-date').click();
  await officer.keyboard.type(new Date().toLocaleDateString('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' }));
  await officer.keyboard.press('Enter');
  await officer.getByTestId('form08-save').click();
  await officer.getByTestId('form08-complete').waitFor({ timeout: 10_000 });
  await settle(officer);
  await scanPage(officer, 'security-case-vi');

  const [download] = await Promise.all([officer.waitForEvent('download'), officer.getByTestId('form08-download').click()]);
  const dir = await mkdtemp(path.join(tmpdir(), 'khien-f08-'));
  const file = path.join(dir, 'form-08.pdf');
  await download.saveAs(file);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  assert.match(text, /Mẫu số 08/);
  assert.match(text, /Nguyễn Văn Bảo/);
  assert.match(text, /Tra cứu trái phép hàng loạt/);

  // The other pages, and English.
  await officer.goto(`${server.url}/security/cases`);
  await officer.getByTestId('case-table').locator('tbody tr.ant-table-row').first().waitFor();
  await scanPage(officer, 'security-cases-vi');
  await officer.goto(`${server.url}/security/roster`);
  await officer.getByRole('heading', { level: 1 }).waitFor();
  await scanPage(officer, 'security-roster-vi');
  await officer.goto(`${server.url}/security/report`);
  await officer.getByTestId('report-figures').waitFor();
  assert.match(await officer.getByTestId('report-figures').innerText(), /R015|Cao|\d/);
  await scanPage(officer, 'security-report-vi');
  const [reportPdf] = await Promise.all([officer.waitForEvent('download'), officer.getByTestId('report-pdf').click()]);
  const reportFile = path.join(dir, 'report.pdf');
  await reportPdf.saveAs(reportFile);
  assert.match(execFileSync('pdftotext', ['-layout', reportFile, '-'], { encoding: 'utf8' }), /BÁO CÁO GIÁM SÁT AN NINH/);
  await toLanguage(officer, 'en');
  for (const [url, name, ready] of [
    ['/security/roster', 'security-roster-en', 'h1'],
    ['/security/report', 'security-report-en', '[data-testid="report-figures"]'],
    ['/security/cases', 'security-cases-en', '[data-testid="case-table"] tbody tr.ant-table-row'],
    ['/security/alerts', 'security-alerts-en', '[data-testid="alert-table"] tbody tr.ant-table-row'],
    ['/security/dashboard', 'security-dashboard-en', '[data-testid="suspensions-table"] tbody tr.ant-table-row'],
  ] as const) {
    await officer.goto(`${server.url}${url}`);
    await officer.locator(ready).first().waitFor();
    await scanPage(officer, name);
  }
  await officer.goto(`${server.url}/security/alerts`);
  await officer.getByTestId('alert-table').locator('tbody tr.ant-table-row a').first().click();
  await officer.getByTestId('alert-facts').waitFor();
  await scanPage(officer, 'security-alert-en');
  await officer.goto(`${server.url}/security/cases`);
  await officer.getByTestId('case-table').locator('tbody tr.ant-table-row a').first().click();
  await officer.getByTestId('breach-countdown').waitFor();
  await scanPage(officer, 'security-case-en');
});
