/**
 * Browser journey (issue 12): break-glass from the clerk's refused search (explained without telling whether
 * the person exists) to the unit head's review. Axe scans of each page added, in Vietnamese and English;
 * screenshots to test-artifacts/.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { persons } from '../../src/registry/registry.schema.ts';
import { launchBrowser, chooseOption, scanPage, signInAs, startConsoleServer, type ConsoleServer } from './support.ts';
import { dialogSettled, scanBoth, searchByPersonalId } from './work-support.ts';

let server: ConsoleServer;
let browser: Browser;
let clerk: Page;
let head: Page;
before(async () => {
  server = await startConsoleServer({ demo: true });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});


test('break-glass: refused search explained → break-glass with reason and justification → time left → the head reviews it', async () => {
  const [person] = await server.app.khien.database.db.select().from(persons).where(and(eq(persons.provinceCode, '01'), eq(persons.status, 'active'))).limit(1);
  assert.ok(person);
  clerk = await signInAs(server, browser, 'DEMOCB01');
  await searchByPersonalId(server, clerk, person.personalId);
  const help = clerk.getByTestId('refusal-help');
  await help.getByText(/không có phân công còn hiệu lực/).waitFor();
  assert.match(await help.innerText(), /không cho biết người này có trong cơ sở dữ liệu/);
  await scanPage(clerk, 'search-refusal-help-vi');
  await clerk.getByTestId('break-glass-start').click();
  await chooseOption(clerk, 'break-glass-reason', 'Người tham gia đang chờ tại quầy');
  await clerk.getByTestId('break-glass-justification').fill('Người tham gia đang chờ tại quầy, cần đối chiếu quá trình đóng');
  await dialogSettled(clerk);
  await scanPage(clerk, 'break-glass-dialog-vi');
  await clerk.getByTestId('break-glass-submit').click();
  const left = clerk.getByTestId('break-glass-left');
  // On failure, say what the dialog shows (an error from the server, a validation message).
  await left.waitFor({ timeout: 20_000 }).catch(async (e: unknown) => assert.fail(`${String(e)}\n${await clerk.locator('.ant-modal').innerText()}`));
  assert.match(await left.innerText(), /Còn \d+:\d\d/);
  assert.match(await clerk.locator('.ant-modal').innerText(), /Lãnh đạo đơn vị sẽ xem xét/);
  await dialogSettled(clerk);
  await scanPage(clerk, 'break-glass-opened-vi');
  await clerk.getByTestId('break-glass-open-record').click();
  await clerk.getByTestId('person-fields').waitFor();

  // A record the clerk may not open (here: one that does not exist) is explained the same way, from the
  // clerk's own assignments, with the break-glass offered: nothing tells whether the person exists.
  await clerk.goto(`${server.url}/persons/00000000-0000-4000-8000-000000000000?purpose=contribution_collection`);
  await clerk.getByTestId('refusal-help').getByText(/không có phân công còn hiệu lực/).waitFor();
  await clerk.getByTestId('break-glass-start').waitFor();
  await scanBoth(clerk, 'person-refused');

  head = await signInAs(server, browser, 'DEMOLD01');
  await head.goto(`${server.url}/head/break-glass`);
  const review = head.getByTestId('review-DEMOCB01');
  await review.waitFor();
  await scanBoth(head, 'head-break-glass');
  await head.getByTestId('review-DEMOCB01').click();
  await head.getByTestId('review-reason').fill('Đã xác minh người tham gia tại quầy');
  await dialogSettled(head);
  await scanPage(head, 'head-break-glass-review-vi');
  await head.getByTestId('review-submit').click();
  await head.getByTestId('review-DEMOCB01').waitFor({ state: 'detached' });
});

