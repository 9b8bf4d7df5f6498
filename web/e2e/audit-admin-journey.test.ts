/**
 * Browser journeys of the audit and administration screens (issue 13, items 4 and 5): the auditor finds the
 * demo clerk's registry reads in the audit search (by staff number, never by an internal id) and checks one
 * entry's inclusion proof in the browser; the central security admin runs a full verification of the log.
 * Every page is scanned with axe in Vietnamese and English.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { and, eq } from 'drizzle-orm';
import { chooseOption, launchBrowser, scanPage, signInAs, startConsoleServer, waitForOutcome, type ConsoleServer } from './support.ts';
import { persons } from '../../src/registry/registry.schema.ts';

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
/** Pages signed in by the first journey and reused by the last (each sign-in costs seconds). */
let auditorPage: Page;
let centralPage: Page;

/** Switches the console's language with the header switch. */
async function toEnglish(page: Page): Promise<void> {
  await page.evaluate(() => localStorage.setItem('khien.lang', 'en'));
  await page.reload();
}

test('the auditor finds the clerk\'s reads and checks a proof in the browser; the central admin verifies the whole log', async () => {
  // The clerk reads the registry through the API (the same calls the console makes).
  const [person] = await server.app.khien.database.db.select().from(persons).where(and(eq(persons.provinceCode, '01'), eq(persons.status, 'active'))).limit(1);
  assert.ok(person);
  const clerk = await signIn('DEMOCB01');
  const csrf = (await clerk.context().cookies()).find((c) => c.name === 'khien_csrf')?.value ?? '';
  for (let i = 0; i < 2; i++) {
    const r = await clerk.request.post(`${server.url}/api/registry/search`, { data: { purpose: 'contribution_collection', personalId: person.personalId }, headers: { 'x-csrf-token': csrf } });
    assert.ok([200, 403, 404].includes(r.status()), String(r.status()));
  }
  await server.app.khien.audit.checkpointNow();

  const auditor = await signIn('DEMOTT01');
  auditorPage = auditor;
  await auditor.goto(`${server.url}/audit`);
  await chooseOption(auditor, 'audit-account', 'DEMOCB01', 'DEMOCB01');
  await auditor.getByTestId('audit-action').fill('search');
  await auditor.getByTestId('audit-search').click();
  const rows = auditor.locator('[data-testid="audit-results"] tbody tr.ant-table-row');
  await rows.first().waitFor();
  assert.ok((await rows.count()) >= 2, 'both reads are found');
  await rows.first().getByText('DEMOCB01', { exact: false }).waitFor();
  await scanPage(auditor, 'audit-search-vi');
  await rows.first().locator('a').first().click();
  await auditor.getByTestId('proof-verified').waitFor({ timeout: 15_000 });
  await scanPage(auditor, 'audit-entry-vi');
  await toEnglish(auditor);
  await auditor.getByTestId('proof-verified').waitFor({ timeout: 15_000 });
  await scanPage(auditor, 'audit-entry-en');
  await auditor.goto(`${server.url}/audit`);
  await auditor.getByTestId('audit-search-form').waitFor();
  await scanPage(auditor, 'audit-search-en');
  await auditor.goto(`${server.url}/audit/integrity`);
  await auditor.getByTestId('public-key').waitFor();
  await scanPage(auditor, 'audit-integrity-en');

  const central = await signIn('DEMOQT01');
  centralPage = central;
  await central.goto(`${server.url}/audit/integrity`);
  await central.getByTestId('start-verification').click();
  await central.locator('.ant-modal-confirm .ant-btn-primary').click();
  await central.getByTestId('verification-reports').getByText('Nguyên vẹn').first().waitFor();
  assert.match(await central.getByTestId('last-verification').innerText(), /Nguyên vẹn/);
  await scanPage(central, 'audit-integrity-vi');
});

test('the system admin runs an HR import: dry run table, then apply with a new hire who gets an account', async () => {
  const db = server.app.khien.database.db;
  const { staff } = await import('../../src/org/org.schema.ts');
  const { accounts } = await import('../../src/auth/auth.schema.ts');
  const [someone] = await db.select().from(staff).where(and(eq(staff.unitId, 'P01'), eq(staff.status, 'active'))).limit(20).then((r) => r.filter((s) => !s.staffNo.startsWith('DEMO')));
  assert.ok(someone, 'a seeded staff member in P01');
  const csv = ['ma_can_bo,su_kien,ngay_hieu_luc,ho_ten,chuc_vu,don_vi,vai_tro', `${someone.staffNo},đình chỉ,06/12/2026,,,,`, 'TUYEN0001,tuyển dụng,06/12/2026,Lê Thị Tuyển,Chuyên viên thu,P01,can_bo'].join('\n');

  const admin = await signIn('DEMOHT01');
  await admin.goto(`${server.url}/admin/hr`);
  await admin.locator('input[type=file]').setInputFiles({ name: 'bien-dong.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await admin.getByTestId('hr-file-name').waitFor();
  await admin.getByTestId('hr-dry-run-button').click();
  const dry = admin.getByTestId('hr-dry-run');
  await dry.waitFor();
  assert.match(await admin.getByTestId('hr-changes').innerText(), /TUYEN0001[\s\S]*Tuyển mới/);
  assert.equal((await db.select().from(staff).where(eq(staff.staffNo, 'TUYEN0001'))).length, 0, 'the dry run wrote nothing');
  await scanPage(admin, 'admin-hr-dry-run-vi');
  await admin.getByTestId('hr-apply').click();
  await admin.locator('.ant-modal-confirm .ant-btn-primary').click();
  await admin.getByTestId('hr-result').waitFor();
  await admin.getByTestId('hr-hires').getByText('TUYEN0001').waitFor();
  await scanPage(admin, 'admin-hr-result-vi');
  const [hired] = await db.select().from(staff).where(eq(staff.staffNo, 'TUYEN0001'));
  assert.equal(hired?.unitId, 'P01');
  const [account] = await db.select().from(accounts).where(eq(accounts.staffId, hired.id));
  assert.equal(account?.username, 'TUYEN0001');
  assert.equal((await db.select().from(staff).where(eq(staff.id, someone.id)))[0]?.status, 'suspended');

  await admin.goto(`${server.url}/admin/accounts`);
  await admin.getByTestId('accounts-search').locator('input').fill('TUYEN0001');
  await admin.getByTestId('accounts-search').locator('input').press('Enter');
  await admin.getByTestId('open-TUYEN0001').click();
  await admin.getByTestId('account-drawer').getByText('Cán bộ nghiệp vụ').first().waitFor();
  await admin.getByTestId('account-sessions').waitFor();
  await scanPage(admin, 'admin-account-vi');
  // Suspending is the security team's act (the server says so too): the system admin is not offered it.
  assert.equal(await admin.getByTestId('account-suspend').count(), 0);
  await toEnglish(admin);
  await admin.getByTestId('accounts-table').waitFor();
  await scanPage(admin, 'admin-accounts-en');
  await admin.goto(`${server.url}/admin/hr`);
  await admin.getByTestId('hr-file').waitFor();
  await scanPage(admin, 'admin-hr-en');
});

test('the central security admin changes a rule\'s threshold; the change is in the audit log', async () => {
  const central = centralPage;
  await central.goto(`${server.url}/admin/rules`);
  await central.getByTestId('rules-table').waitFor();
  await scanPage(central, 'admin-rules-vi');
  const rules = server.app.khien.detect.detector.rules;
  const target = rules.find(({ params }) => Object.values(params).some((v) => typeof v === 'number' && Number.isInteger(v)))!;
  const [key, old] = Object.entries(target.params).find(([, v]) => typeof v === 'number' && Number.isInteger(v))! as [string, number];
  await central.getByTestId(`edit-${target.rule.id}`).click();
  const input = central.getByTestId(`param-${key}`);
  await input.fill(String(old + 5));
  await central.getByTestId('rule-reason').fill('Giảm báo động nhầm cuối năm');
  await scanPage(central, 'admin-rule-edit-vi');
  await central.locator('.ant-modal-footer .ant-btn-primary').click();
  await central.getByTestId(`saved-${target.rule.id}`).getByText(`${key} = ${old + 5}`).waitFor();
  const { findEntries } = await import('../../src/audit/audit.repo.ts');
  const [entry] = await findEntries(server.app.khien.database.db, { action: 'detect.rule_settings' }, 5);
  assert.ok(entry, 'recorded');
  assert.ok(entry.body.includes(target.rule.id) && entry.body.includes(String(old + 5)));
  // The central team suspends an account from its drawer (the one the HR import of the test before created): the
  // recorded reason asked in a dialog, the account suspended, the drawer then offers reinstating.
  const { accounts } = await import('../../src/auth/auth.schema.ts');
  await central.goto(`${server.url}/admin/accounts`);
  await central.getByTestId('accounts-search').locator('input').fill('TUYEN0001');
  await central.getByTestId('accounts-search').locator('input').press('Enter');
  await central.getByTestId('open-TUYEN0001').click();
  await central.getByTestId('account-suspend').click();
  await central.getByTestId('account-suspend-reason').fill('Tạm nghỉ theo quyết định');
  await central.getByTestId('account-suspend-submit').click();
  await waitForOutcome(central, 'account-reinstate');
  const [suspended] = await server.app.khien.database.db.select().from(accounts).where(eq(accounts.username, 'TUYEN0001'));
  assert.equal(suspended?.status, 'suspended');
  await central.keyboard.press('Escape');
  // The auditor finds it in the audit search.
  const auditor = auditorPage;
  await auditor.goto(`${server.url}/audit`);
  await auditor.getByTestId('audit-action').fill('detect.rule_settings');
  await auditor.getByTestId('audit-search').click();
  await auditor.locator('[data-testid="audit-results"] tbody tr.ant-table-row').first().getByText('DEMOQT01', { exact: false }).waitFor();
  await central.goto(`${server.url}/admin/vpn`);
  await central.getByTestId('vpn-table').waitFor();
  await scanPage(central, 'admin-vpn-vi');
  await central.goto(`${server.url}/admin/sources`);
  await central.getByTestId('token-system').fill('vpn-hn-01');
  await central.locator('#reason').fill('Nạp nhật ký cổng VPN Hà Nội');
  await central.getByTestId('token-create').click();
  await central.getByTestId('token-secret').waitFor();
  assert.match(await central.getByTestId('token-secret').innerText(), /^khien_ing_/);
  await scanPage(central, 'admin-sources-vi');
  await central.goto(`${server.url}/admin/gateway-routes`);
  await central.getByTestId('gateway-system').waitFor();
  await scanPage(central, 'admin-gateway-routes-vi');
  // A legacy application registered; its route map's reason must be 5 characters as the route asks: a shorter
  // one is stopped in the form with that number, nothing is sent.
  const csrf = (await central.context().cookies()).find((c) => c.name === 'khien_csrf')?.value ?? '';
  const registered = await central.request.post(`${server.url}/api/access/systems`, { headers: { 'x-csrf-token': csrf }, data: { name: 'thu-cu-e2e', displayName: 'Phần mềm thu (cũ)' } });
  assert.equal(registered.status(), 201, await registered.text());
  await central.reload();
  await chooseOption(central, 'gateway-system', /^Phần mềm thu \(cũ\)/);
  await central.getByTestId('gateway-routes-save').click();
  await central.getByTestId('gateway-routes-confirm-reason').fill('Sửa');
  await central.getByTestId('gateway-routes-confirm-submit').click();
  await central.getByText('Nhập lý do (ít nhất 5 ký tự)').waitFor();
  await central.keyboard.press('Escape');
  await central.getByTestId('gateway-routes-confirm-reason').waitFor({ state: 'detached' });
  const unchanged = await central.request.get(`${server.url}/api/access/systems/${(await registered.json() as { systemId: string }).systemId}/gateway-routes`);
  assert.equal((await unchanged.json() as { routeMap: unknown }).routeMap, null, 'nothing was sent');
  // A malformed access-log mapping is refused after confirmation, each problem the server names listed.
  await central.goto(`${server.url}/admin/source-mappings`);
  await central.getByTestId('source-mappings-table').waitFor();
  await central.getByTestId('mapping-system').fill('thu-log-e2e');
  await central.getByTestId('source-mapping-json').fill('{ "displayName": "x" }');
  await central.getByTestId('source-mapping-save').click();
  await central.getByTestId('source-mapping-confirm-reason').fill('Kết nối nhật ký phần mềm thu');
  await central.getByTestId('source-mapping-confirm-submit').click();
  await central.getByTestId('error-problems').waitFor();
  await scanPage(central, 'admin-source-mappings-vi');
  await central.goto(`${server.url}/admin/sources`);
  await toEnglish(central);
  await central.getByTestId('tokens-table').waitFor();
  await scanPage(central, 'admin-sources-en');
  await central.goto(`${server.url}/admin/vpn`);
  await central.getByTestId('vpn-table').waitFor();
  await scanPage(central, 'admin-vpn-en');
  await central.goto(`${server.url}/admin/rules`);
  await central.getByTestId('rules-table').waitFor();
  await scanPage(central, 'admin-rules-en');
});
