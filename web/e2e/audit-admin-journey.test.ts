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
import { launchBrowser, scanPage, signInAs, startConsoleServer, type ConsoleServer } from './support.ts';
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
  await server.app.khien.audit!.checkpointNow();

  const auditor = await signIn('DEMOTT01');
  await auditor.goto(`${server.url}/audit`);
  await auditor.getByTestId('audit-account').click();
  await auditor.keyboard.type('DEMOCB01');
  await auditor.locator('.ant-select-dropdown:visible').getByText('DEMOCB01', { exact: false }).first().click();
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
  await central.goto(`${server.url}/audit/integrity`);
  await central.getByTestId('start-verification').click();
  await central.locator('.ant-modal-confirm .ant-btn-primary').click();
  await central.getByTestId('verification-reports').getByText('Nguyên vẹn').first().waitFor({ timeout: 30_000 });
  assert.match(await central.getByTestId('last-verification').innerText(), /Nguyên vẹn/);
  await scanPage(central, 'audit-integrity-vi');
});
