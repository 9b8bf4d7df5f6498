/**
 * Browser journey (issue 12): the head signs an export assignment (the unit's assignment list, filtered by
 * expiry, with the revoke confirmation; the unit's staff), the clerk requests an export of search results, the
 * head approves it (the head's own request cannot be approved by the head: the page says so and the server
 * refuses it), the clerk downloads it once (a second download refused). Axe scans in Vietnamese and English.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { accounts } from '../../src/auth/auth.schema.ts';
import { exportRequests } from '../../src/access/access.schema.ts';
import type { AccessSettings } from '../../src/access/access-context.ts';
import { persons } from '../../src/registry/registry.schema.ts';
import { chooseOption, launchBrowser, scanPage, signInAs, startConsoleServer, type ConsoleServer } from './support.ts';
import { callApi, dialogSettled, scanBoth, searchByPersonalId } from './work-support.ts';

let server: ConsoleServer;
let browser: Browser;
// One signed-in page per account for the test (sign-in is the slow part).
let clerk: Page;
let head: Page;
before(async () => {
  server = await startConsoleServer({ demo: true });
  (server.app.khien.access.ctx.settings as { -readonly [K in keyof AccessSettings]: AccessSettings[K] }).exportApprovalThreshold = 0;
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function accountId(username: string): Promise<string> {
  const [a] = await server.app.khien.database.db.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, username));
  assert.ok(a, username);
  return a.id;
}

test('export: requested from the results, the head approves (never their own), downloaded once', async () => {
  clerk = await signInAs(server, browser, 'DEMOCB01');
  head = await signInAs(server, browser, 'DEMOLD01');
  const clerkId = await accountId('DEMOCB01');
  const headId = await accountId('DEMOLD01');
  const [person] = await server.app.khien.database.db.select().from(persons).where(and(eq(persons.provinceCode, '01'), eq(persons.status, 'active'))).limit(1);
  assert.ok(person);
  const now = Date.now();
  const signed = await callApi(head, 'POST', '/api/access/assignments', {
    assigneeAccountId: clerkId, documentNo: '77/QĐ-BHXH', documentDate: new Date(now).toISOString().slice(0, 10), purpose: 'contribution_collection',
    categories: ['identity', 'contact'], actions: ['search', 'view', 'export'], scope: { provinces: ['01'], communes: [], employers: [], persons: [] },
    validFrom: new Date(now - 60_000).toISOString(), validUntil: new Date(now + 5 * 86_400_000).toISOString(),
  });
  assert.equal(signed.status, 201);
  await head.goto(`${server.url}/head/assignments`);
  await head.getByTestId('revoke-DEMOCB01').waitFor();
  await chooseOption(head, 'filter-expiry', 'Sắp hết hạn (7 ngày)');
  await head.getByText('Sắp hết hạn', { exact: true }).first().waitFor();
  await scanBoth(head, 'head-assignments');
  await head.getByTestId('revoke-DEMOCB01').click();
  assert.match(await head.locator('.ant-modal').innerText(), /hết hiệu lực ngay/);
  await dialogSettled(head);
  await scanPage(head, 'head-assignment-revoke-vi');
  await head.locator('.ant-modal-close').click();
  await head.goto(`${server.url}/head/staff`);
  await head.getByText('DEMOCB01').first().waitFor();
  await scanBoth(head, 'head-staff');

  await searchByPersonalId(server, clerk, person.personalId);
  await clerk.getByRole('checkbox', { name: new RegExp(`Chọn ${person.fullName}`) }).check();
  await clerk.getByTestId('export-start').click();
  await clerk.getByTestId('export-recipient').fill('Phòng Quản lý thu BHXH Hà Nội');
  await clerk.getByTestId('export-reason').fill('Đối chiếu danh sách nợ đóng quý IV');
  await dialogSettled(clerk);
  await scanPage(clerk, 'export-request-vi');
  await clerk.getByTestId('export-submit').click();
  await clerk.getByTestId('export-filed-link').click();
  await clerk.getByTestId('export-status').first().waitFor();
  assert.equal(await clerk.getByTestId('export-status').first().innerText(), 'Chờ duyệt');
  await scanBoth(clerk, 'exports-mine');

  // The head's own request (filed as if the head had exported): shown, but only another head may decide it.
  const ownId = crypto.randomUUID();
  await server.app.khien.database.db.insert(exportRequests).values({
    id: ownId, requestNo: 'XK-OWN-000001', requesterAccountId: headId, requesterUnitId: 'P01', recipientName: 'Văn phòng', purpose: 'contribution_collection',
    categories: ['identity'], personIds: [person.id], provinces: ['01'], format: 'csv', reason: 'Yêu cầu của chính lãnh đạo', status: 'pending', canary: crypto.randomBytes(16).toString('hex'), createdAt: new Date(),
  });
  await head.goto(`${server.url}/head/exports`);
  await head.getByTestId('own-XK-OWN-000001').waitFor();
  const self = await callApi(head, 'POST', `/api/access/exports/${ownId}/approve`, { note: 'Tự duyệt' });
  assert.deepEqual(self, { status: 403, code: 'KHIEN_ACCESS_EXPORT_SELF_APPROVAL' }, 'four eyes enforced by the server');
  const approve = head.locator('[data-testid^="approve-XK-"]').first();
  await approve.waitFor();
  await scanBoth(head, 'head-exports');
  await head.locator('[data-testid^="approve-XK-"]').first().click();
  await head.getByTestId('export-decision-reason').fill('Đồng ý, đúng phạm vi phân công');
  await dialogSettled(head);
  await scanPage(head, 'head-export-approve-vi');
  await head.getByTestId('export-decision-submit').click();
  await head.locator('[data-testid^="approve-XK-"]').waitFor({ state: 'detached' });

  await clerk.reload();
  const button = clerk.locator('[data-testid^="download-XK-"]').first();
  await button.waitFor();
  const [download] = await Promise.all([clerk.waitForEvent('download'), button.click()]);
  assert.match(download.suggestedFilename(), /^XK-.*\.csv$/);
  await clerk.getByText('Đã tải', { exact: true }).first().waitFor();
  const [req] = await server.app.khien.database.db.select().from(exportRequests).where(eq(exportRequests.requesterAccountId, clerkId));
  assert.ok(req);
  const again = await callApi(clerk, 'GET', `/api/access/exports/${req.id}/download`);
  assert.deepEqual(again, { status: 410, code: 'KHIEN_ACCESS_EXPORT_UNAVAILABLE' }, 'a second download is refused');
});
