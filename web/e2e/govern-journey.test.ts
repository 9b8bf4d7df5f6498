/**
 * Browser journey of the security programme (issue 17, Tests, Playwright items): the unit head of the demo
 * province (DEMOLD01) runs a recertification campaign to the end (opens it, revokes the VPN account proposed
 * for revocation, keeps the other, closes it) and signs the second six-monthly report in the console — the
 * server verifies the signature and the PDF reads back with pdftotext; the central team (DEMOQT01) sees the
 * national coverage page with the provinces lacking a dedicated officer in red. Every govern page is scanned
 * with axe in Vietnamese and in English.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, scanPage, signInAs, startConsoleServer, waitForOutcome, type ConsoleServer } from './support.ts';
import { accounts, vpnAccounts } from '../../src/auth/auth.schema.ts';
import { staffActor } from '../../src/respond/respond-test-helpers.ts';
import { ensureGovernDemo } from '../../src/govern/govern-demo.ts';

const PAGES = ['coverage', 'accountability', 'plan', 'reports', 'recertifications', 'systems', 'team', 'inspections', 'training', 'violations'] as const;

let server: ConsoleServer;
let browser: Browser;
/** The head's page, signed in once (a second sign-in within the same TOTP step would be a replay). */
let head: Page;
const vpn: Record<'idle' | 'busy', string> = { idle: crypto.randomUUID(), busy: crypto.randomUUID() };

before(async () => {
  server = await startConsoleServer({ demo: true });
  // The programme's demo (register, systems, the Hà Nội team and its officer), loaded after the accounts as `npm start` does.
  assert.ok(await ensureGovernDemo(server.app.khien.database.db, new Date()));
  browser = await launchBrowser();
  // Two VPN accounts in P01 (the demo has none): the officer's (no assignment behind it → proposed for revocation)
  // and the head's own (kept).
  const db = server.app.khien.database.db;
  const idOf = async (username: string): Promise<string> => (await db.select().from(accounts).where(eq(accounts.username, username)))[0]!.id;
  const now = new Date();
  for (const [name, owner] of [['idle', 'DEMOAT01'], ['busy', 'DEMOLD01']] as const) {
    const accountId = await idOf(owner);
    await db.insert(vpnAccounts).values({ id: vpn[name], vpnUsername: `vpn-e2e-${name}`, ownerAccountId: accountId, purpose: 'Làm việc từ xa', justification: 'Công tác', approvedBy: accountId, validFrom: now, validUntil: new Date(now.getTime() + 90 * 86_400_000), createdBy: accountId });
  }
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Switches the console's language (remembered in localStorage) and reloads. */
async function useLanguage(page: Page, lang: 'vi' | 'en'): Promise<void> {
  await page.evaluate((l) => localStorage.setItem('khien.lang', l), lang);
  await page.reload();
  await page.getByTestId('me-name').waitFor();
}

test('the unit head runs a recertification campaign to the end', async () => {
  head = await signInAs(server, browser, 'DEMOLD01');
  await head.goto(`${server.url}/govern/recertifications`);
  await head.getByTestId('recert-new').click();
  await head.getByTestId('recert-title').fill('Rà soát tài khoản VPN quý IV');
  const deadline = new Date(Date.now() + 7 * 86_400_000);
  const dd = (n: number): string => String(n).padStart(2, '0');
  await head.getByTestId('recert-deadline').click();
  await head.keyboard.type(`${dd(deadline.getDate())}/${dd(deadline.getMonth() + 1)}/${deadline.getFullYear()}`);
  // Enter takes the typed date and submits the form.
  await head.keyboard.press('Enter');
  const items = head.getByTestId('recert-items');
  await items.waitFor();
  const idle = (await server.app.khien.govern.recertification.list({ actor: staffActor('central_security_admin', 'VSS') }))[0]!;
  assert.equal(idle.counts.items, 2, JSON.stringify(idle.counts));
  // Neither owner has an active assignment: both are proposed for revocation; the head decides otherwise for one.
  assert.equal(idle.counts.proposedRevocations, 2);
  const detail = await server.app.khien.govern.recertification.items({ actor: staffActor('central_security_admin', 'VSS') }, idle.id);
  const itemOf = (target: string): string => detail.items.find((i) => i.targetId === target)!.id;
  // Revoke the idle account (confirmed: the owning module disables it), keep the busy one.
  await head.getByTestId(`revoke-${itemOf(vpn.idle)}`).click();
  await head.getByTestId('decision-reason').fill('Không có phân công công việc còn hiệu lực');
  await head.getByTestId('decision-submit').click();
  await head.getByTestId('confirm-revoke').click();
  await head.getByTestId(`revoke-${itemOf(vpn.idle)}`).waitFor({ state: 'detached' });
  // The first decision's dialog is gone (it closes with an animation) before the second opens.
  await head.getByTestId('decision-reason').waitFor({ state: 'detached' });
  await head.getByTestId(`keep-${itemOf(vpn.busy)}`).click();
  await head.getByTestId('decision-reason').waitFor({ state: 'visible' });
  await head.getByTestId('decision-reason').fill('Đang thu BHXH từ xa');
  await head.getByTestId('decision-submit').click();
  await head.getByTestId(`keep-${itemOf(vpn.busy)}`).waitFor({ state: 'detached' });
  await head.getByTestId('recert-close').click();
  await head.getByTestId('confirm-close').click();
  await head.getByTestId('recert-close').waitFor({ state: 'detached' });
  const [after_] = await server.app.khien.govern.recertification.list({ actor: staffActor('central_security_admin', 'VSS') });
  assert.equal(after_!.status, 'closed');
  assert.deepEqual(after_!.counts, { items: 2, kept: 1, revoked: 1, undecided: 0, late: 0, proposedRevocations: 2 });
  const db = server.app.khien.database.db;
  assert.equal((await db.select().from(vpnAccounts).where(eq(vpnAccounts.id, vpn.idle)))[0]!.status, 'disabled', 'revoked by auth');
  assert.equal((await db.select().from(vpnAccounts).where(eq(vpnAccounts.id, vpn.busy)))[0]!.status, 'active');
  await scanPage(head, 'govern-recert-closed-vi');
});

test('the head signs the six-monthly report in the console; the server verifies it and the PDF reads back', async () => {
  await head.goto(`${server.url}/govern/reports`);
  await head.getByTestId('assemble').click();
  await head.getByTestId('assemble-submit').click();
  await waitForOutcome(head, 'report-preview');
  await scanPage(head, 'govern-report-preview-vi');
  await head.getByTestId('sign-report').click();
  await head.getByTestId('confirm-sign').click();
  await head.getByTestId('report-preview').waitFor({ state: 'detached' });
  const central = { actor: staffActor('central_security_admin', 'VSS') };
  const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date()));
  const [report] = (await server.app.khien.govern.reports.list(central, year, 'six_monthly_h2')).filter((r) => r.unitId === 'P01');
  assert.equal(report?.status, 'signed');
  const v = await server.app.khien.govern.reports.verify(central, report.id);
  assert.equal(v.valid, true);
  const { pdf } = await server.app.khien.govern.reports.pdf(central, report.id);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govern-e2e-'));
  fs.writeFileSync(path.join(dir, 'r.pdf'), pdf);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(dir, 'r.pdf'), '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/g, ' ');
  fs.rmSync(dir, { recursive: true, force: true });
  assert.ok(text.includes('BÁO CÁO 6 THÁNG CUỐI NĂM'), text.slice(0, 300));
  assert.ok(text.includes('THỦ TRƯỞNG ĐƠN VỊ (đã ký số)'));
  assert.ok(text.includes(report.contentSha256), 'the signed digest is printed');
});

/** Opens a console page without reloading the app (react-router follows `popstate`), then scans it. */
async function scanEachPage(page: Page, lang: 'vi' | 'en'): Promise<void> {
  await useLanguage(page, lang);
  for (const p of PAGES) {
    await page.evaluate((to) => {
      history.pushState({}, '', to);
      dispatchEvent(new PopStateEvent('popstate'));
    }, `/govern/${p}`);
    await page.waitForURL(`**/govern/${p}`);
    await page.locator('h1').first().waitFor();
    await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
    await scanPage(page, `govern-${p}-${lang}`);
  }
}

test('the central team sees the national coverage page; every govern page passes axe in Vietnamese and English', async () => {
  const central = await signInAs(server, browser, 'DEMOQT01');
  await central.goto(`${server.url}/govern/coverage`);
  const officers = central.getByTestId('officers-table');
  await officers.locator('tr', { hasText: 'P01' }).first().waitFor();
  assert.equal(await officers.locator('tr', { hasText: '(P01)' }).getByText('Đã có', { exact: true }).count(), 1, 'Hà Nội has its dedicated officer');
  assert.ok((await officers.getByText('Chưa có', { exact: true }).count()) > 0, 'provinces without one show red');
  // Vietnamese as the central team, English as the head of Hà Nội (already signed in), side by side.
  await Promise.all([scanEachPage(central, 'vi'), scanEachPage(head, 'en')]);
  await central.context().close();
  await head.context().close();
});
