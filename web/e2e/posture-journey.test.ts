/**
 * Browser journey (issue 16, Tests, Playwright item): the demo province's security officer works a finding to
 * "fixed" in the console, and the unit head signs last month's technical security report with a key held in the
 * browser; the server then verifies the signature and the audit record.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, signInAs, startConsoleServer, waitForOutcome, type ConsoleServer } from './support.ts';
import { ensurePostureDemo } from '../../src/posture/posture-demo.ts';
import { findDemoActor } from '../../src/auth/demo/demo-accounts.ts';
import { staffActor } from '../../src/posture/posture-test-helpers.ts';

let server: ConsoleServer;
let browser: Browser;
before(async () => {
  server = await startConsoleServer({ demo: true });
  assert.ok(await ensurePostureDemo(server.app.khien.posture, (username) => findDemoActor(server.app.khien.auth.ctx, username)));
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const signIn = (username: string): Promise<Page> => signInAs(server, browser, username);

test('the security officer works a finding to fixed; the head signs the month report', async () => {
  const db = server.app.khien.database.db;
  const posture = server.app.khien.posture;
  const officer = await signIn('DEMOAT01');
  await officer.goto(`${server.url}/posture/findings`);
  const fix = officer.locator('[data-testid^="fix-"]').first();
  await fix.waitFor();
  const findingId = (await fix.getAttribute('data-testid'))!.slice('fix-'.length);
  await fix.click();
  await officer.getByLabel('Cách đã khắc phục (lưu làm bằng chứng)').fill('Đã cập nhật bản vá và quét lại');
  await officer.getByTestId('confirm-fixed').click();
  await waitForOutcome(officer, officer.locator(`[data-testid="fix-${findingId}"]`), { state: 'detached', name: 'posture-fix' });
  const { findings } = await import('../../src/posture/posture.schema.ts');
  const { eq } = await import('drizzle-orm');
  const [row] = await db.select().from(findings).where(eq(findings.id, findingId));
  assert.equal(row?.state, 'fixed');

  const head = await signIn('DEMOLD01');
  await head.goto(`${server.url}/posture/reports`);
  const sign = head.locator('[data-testid^="sign-"]').first();
  await sign.waitFor();
  const reportId = (await sign.getAttribute('data-testid'))!.slice('sign-'.length);
  await sign.click();
  await waitForOutcome(head, head.locator(`[data-testid="sign-${reportId}"]`), { state: 'detached', name: 'posture-sign' });
  const v = await posture.reports.verify({ actor: staffActor('central_security_admin', 'VSS') }, reportId);
  assert.equal(v.signatureValid, true);
  assert.equal(v.contentUnchanged, true);
  assert.equal(v.valid, true);
});
