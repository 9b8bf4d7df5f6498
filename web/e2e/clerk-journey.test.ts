/**
 * Browser journey (issue 12, Tests, first item): the demo clerk signs in (device link, password, TOTP from the
 * shared secret), is refused a search without an assignment, the demo unit head signs an assignment in the
 * console, then the clerk searches with the purpose, opens the person, shows one masked field with a reason;
 * the head then amends the assignment in the console (a new version in force, the signed one kept) and the
 * clerk searches on under it.
 * Axe scans of each page on the way; screenshots to test-artifacts/.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { and, eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { persons } from '../../src/registry/registry.schema.ts';
import { assignments } from '../../src/access/access.schema.ts';
import { chooseOption, ARTIFACTS, launchBrowser, scanPage, signInAs, startConsoleServer, type ConsoleServer } from './support.ts';

let server: ConsoleServer;
let browser: Browser;
before(async () => {
  server = await startConsoleServer({ demo: true });
  browser = await launchBrowser();
  await mkdir(ARTIFACTS, { recursive: true });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const axe = scanPage;
const signIn = (username: string): Promise<Page> => signInAs(server, browser, username);

async function choosePurpose(page: Page): Promise<void> {
  await chooseOption(page, 'purpose-select', 'Thu bảo hiểm xã hội, bảo hiểm y tế');
}

test('clerk refused without an assignment → head signs one in the console → clerk searches, opens the person, shows a field', async () => {
  const [person] = await server.app.khien.database.db.select().from(persons).where(and(eq(persons.provinceCode, '01'), eq(persons.status, 'active'))).limit(1);
  assert.ok(person, 'a seeded person in Hà Nội');

  const clerk = await signIn('DEMOCB01');
  await axe(clerk, 'home-staff-vi');
  await clerk.goto(`${server.url}/search`);
  await choosePurpose(clerk);
  await clerk.getByTestId('search-value').fill(person.personalId);
  await clerk.getByTestId('search-submit').click();
  const refusal = clerk.getByTestId('error-alert');
  await refusal.waitFor();
  assert.match(await refusal.innerText(), /KHIEN_ACCESS_SEARCH_DENIED/);
  await axe(clerk, 'search-refused-vi');

  const head = await signIn('DEMOLD01');
  await head.goto(`${server.url}/head/assignments/new`);
  await chooseOption(head, 'staff-picker', /^DEMOCB01 · /, 'DEMOCB01');
  await head.getByTestId('document-no').fill('123/QĐ-BHXH');
  await choosePurpose(head);
  await head.getByTestId('provinces').click();
  await head.keyboard.type('01');
  await head.keyboard.press('Enter');
  await head.keyboard.press('Escape');
  await axe(head, 'assignment-new-vi');
  await head.getByTestId('assignment-sign').click();
  await head.waitForURL(`${server.url}/`);

  await clerk.getByTestId('search-submit').click();
  const row = clerk.locator('tbody tr td a').first();
  await row.waitFor();
  await axe(clerk, 'search-results-vi');
  await row.click();
  await clerk.getByTestId('person-fields').waitFor();
  await clerk.getByTestId('show-personalId').click();
  await clerk.getByTestId('reveal-reason').fill('Đối chiếu hồ sơ thu');
  await clerk.getByTestId('reveal-submit').click();
  const revealed = clerk.getByTestId('revealed-personalId');
  await revealed.waitFor();
  assert.equal(await revealed.innerText(), person.personalId);
  await axe(clerk, 'person-vi');
  // The head amends it in the console under a new decision: a new version in force, the signed one kept.
  await head.goto(`${server.url}/head/assignments`);
  const signed = head.locator('tr', { hasText: '123/QĐ-BHXH' });
  await signed.getByTestId('amend-DEMOCB01').click();
  const amendForm = head.getByTestId('amend-form');
  await amendForm.getByLabel('Số văn bản sửa đổi').fill('124/QĐ-BHXH');
  await axe(head, 'assignment-amend-vi');
  await head.getByTestId('amend-submit').click();
  await amendForm.waitFor({ state: 'detached' });
  await head.locator('tr', { hasText: '124/QĐ-BHXH' }).getByTestId('amend-DEMOCB01').waitFor();
  const db = server.app.khien.database.db;
  const [v2] = await db.select().from(assignments).where(and(eq(assignments.documentNo, '124/QĐ-BHXH'), eq(assignments.status, 'active')));
  assert.ok(v2, 'the amended version is in force');
  const versions = await db.select().from(assignments).where(eq(assignments.assignmentId, v2.assignmentId));
  assert.deepEqual(versions.map((v) => [v.version, v.documentNo, v.status]).sort(), [[1, '123/QĐ-BHXH', 'superseded'], [2, '124/QĐ-BHXH', 'active']]);
  // The clerk works on under the amended version.
  await clerk.goto(`${server.url}/search`);
  await choosePurpose(clerk);
  await clerk.getByTestId('search-value').fill(person.personalId);
  await clerk.getByTestId('search-submit').click();
  await clerk.locator('tbody tr td a').first().waitFor();
});
