/**
 * Browser journey of the insured person's portal (issue 14) on a phone-sized window (390×844): the home page's
 * link leads to the portal; the demo insured person signs in through the demo OpenID provider; the
 * participation history and the card match the registry (read from the database here); the PDF downloads,
 * reads back with pdftotext with its Vietnamese intact, and its verification code checks (API and check page);
 * a clerk's read made through the API appears under "who accessed my data" with its proof verified in the
 * page; "I don't recognise this access" opens a case the unit's security officer sees (API); English switch,
 * remembered; sign-out. Axe scans of each page in Vietnamese and English; screenshots to test-artifacts/.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { createStaffWithSession } from '../../src/auth/test-support.ts';
import { DEMO_CITIZEN_PASSWORD } from '../../src/citizen/demo-idp.ts';
import { ARTIFACTS, launchBrowser, scanPage, startConsoleServer, type ConsoleServer } from './support.ts';

let server: ConsoleServer;
let browser: Browser;
before(async () => {
  server = await startConsoleServer({ demo: true, citizen: true });
  browser = await launchBrowser();
  await mkdir(ARTIFACTS, { recursive: true });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

interface PersonRow extends Record<string, unknown> {
  id: string;
  personal_id: string;
  full_name: string;
}
interface PeriodRow extends Record<string, unknown> {
  from_month: string;
  to_month: string | null;
  insurance_types: string[];
  employer_name: string;
}

const rows = async <T extends Record<string, unknown>>(q: ReturnType<typeof sql>): Promise<T[]> => {
  const r: unknown = await server.app.khien.database.db.execute(q);
  return (r as { rows: T[] }).rows;
};
/** Large text (WCAG 1.4.4): at 200% text size the page still fits the phone's width; screenshot kept. */
async function largeText(page: Page, name: string): Promise<void> {
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `${name}: the page scrolls sideways by ${overflow}px at 200% text`);
  await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: true });
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '';
  });
}
const monthIdx = (m: string): number => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;

test('insured person: home link → sign in → history, PDF, card, accesses with proofs, dispute → English → sign out', async () => {
  // A Hà Nội person with a card and several periods (one with a gap when the seed has one).
  const [person] = await rows<PersonRow>(sql`
    select p.id, p.personal_id, p.full_name from registry_persons p
    where p.province_code = '01' and p.status = 'active'
      and exists (select 1 from registry_health_cards c where c.person_id = p.id)
      and (select count(*) from registry_participation_periods pp where pp.person_id = p.id) >= 2
    order by (select count(*) from registry_participation_periods pp where pp.person_id = p.id) desc, p.id
    limit 1`);
  assert.ok(person, 'a seeded person with a card and a history');
  const periods = await rows<PeriodRow>(sql`
    select pp.from_month, pp.to_month, pp.insurance_types, e.name as employer_name
    from registry_participation_periods pp join registry_employers e on e.id = pp.employer_id
    where pp.person_id = ${person.id}`);
  const [card] = await rows<{ card_code: string; registered_clinic_name: string; level: number | null }>(sql`
    select c.card_code, c.registered_clinic_name,
      (select l.level from registry_card_benefit_levels l where l.card_id = c.id and l.person_id = c.person_id
        and l.effective_from <= (now() at time zone 'Asia/Ho_Chi_Minh')::date
        and (l.effective_to is null or l.effective_to >= (now() at time zone 'Asia/Ho_Chi_Minh')::date)
        order by l.effective_from desc limit 1) as level
    from registry_health_cards c where c.person_id = ${person.id} order by c.valid_from desc limit 1`);
  assert.ok(card);

  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, acceptDownloads: true, isMobile: true, hasTouch: true });
  const page = await ctx.newPage();

  // The home page's link leads to the portal.
  await page.goto(`${server.url}/about`);
  await page.locator('a[href="/portal/"]').click();
  await page.waitForURL(`${server.url}/portal/`);
  await page.getByTestId('portal-signin').waitFor();
  await scanPage(page, 'portal-signin-vi');

  // Sign in through the demo provider (a registry person's number + the demo password), consent.
  await page.getByTestId('portal-signin').click();
  await page.locator('input[name="personalId"]').fill(person.personal_id);
  await page.locator('input[name="password"]').fill(DEMO_CITIZEN_PASSWORD);
  await page.locator('button[type="submit"]').click();
  await page.locator('button[value="allow"]').click();
  await page.waitForURL(`${server.url}/portal/`).catch(async (e: unknown) => {
    throw new Error(`${page.url()}\n${(await page.locator('body').innerText()).slice(0, 500)}\n${String(e)}`);
  });
  await page.getByTestId('portal-greeting').waitFor();
  assert.match(await page.getByTestId('portal-greeting').innerText(), new RegExp(person.full_name));
  await scanPage(page, 'portal-home-vi');

  // History: every period of the registry, and the months per type as the registry adds up.
  await page.getByTestId('portal-nav-history').click();
  await page.getByTestId('history-period').first().waitFor();
  assert.equal(await page.getByTestId('history-period').count(), periods.length);
  const now = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7);
  const expected = new Map<string, Set<number>>();
  const covered = new Set<number>();
  for (const p of periods) {
    for (let i = monthIdx(p.from_month); i <= monthIdx(p.to_month ?? now); i++) {
      covered.add(i);
      for (const ty of p.insurance_types) (expected.get(ty) ?? expected.set(ty, new Set()).get(ty)!).add(i);
    }
  }
  for (const [ty, months] of expected) {
    const shown = await page.locator(`[data-testid="history-totals"] [data-type="${ty}"] dd`).getAttribute('data-months');
    assert.equal(Number(shown), months.size, `months of ${ty}`);
  }
  const sorted = [...covered].sort((a, b) => a - b);
  const gaps = sorted.filter((m, i) => i > 0 && m - sorted[i - 1]! > 1).length;
  assert.equal(await page.getByTestId('history-gap').count(), gaps);
  const historyText = await page.locator('main').innerText();
  for (const p of periods) assert.ok(historyText.includes(p.employer_name), p.employer_name);
  await scanPage(page, 'portal-history-vi');
  await largeText(page, 'portal-history-200pct-vi');

  // The PDF: downloads, reads back in Vietnamese, and its code checks.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('history-pdf').click()]);
  const file = path.join(ARTIFACTS, 'portal-participation.pdf');
  await download.saveAs(file);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).normalize('NFC');
  assert.match(text, /QUÁ TRÌNH THAM GIA BẢO HIỂM XÃ HỘI, BẢO HIỂM Y TẾ/);
  assert.ok(text.includes(person.full_name.normalize('NFC')), 'holder name with diacritics');
  assert.ok(text.includes(periods[0]!.employer_name.normalize('NFC').slice(0, 20)), 'an employer name');
  const code = /Mã kiểm tra:\s*([A-Za-z0-9_\-.\s]+)/.exec(text)?.[1]?.replace(/\s+/g, '');
  assert.ok(code, 'verification code printed');
  const checked = await fetch(`${server.url}/api/citizen/documents/verify?code=${encodeURIComponent(code)}`);
  assert.equal(checked.status, 200);
  const facts = (await checked.json()) as { holderName: string; periods: number };
  assert.equal(facts.holderName, person.full_name);
  assert.equal(facts.periods, periods.length);

  // The public check page (a fresh context: no sign-in needed), then an altered code.
  const checker = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await checker.goto(`${server.url}/portal/check?code=${encodeURIComponent(code)}`);
  await checker.getByTestId('check-valid').waitFor();
  assert.equal(await checker.getByTestId('check-holder').innerText(), person.full_name);
  await scanPage(checker, 'portal-check-vi');
  await checker.getByTestId('check-code').fill(`${code.slice(0, 20)}${code[20] === 'A' ? 'B' : 'A'}${code.slice(21)}`);
  await checker.getByTestId('check-submit').click();
  await checker.getByTestId('check-invalid').waitFor();
  await scanPage(checker, 'portal-check-invalid-vi');

  // Card.
  await page.getByTestId('portal-nav-card').click();
  await page.getByTestId('card-code').first().waitFor();
  assert.equal(await page.getByTestId('card-code').first().innerText(), card.card_code);
  assert.match(await page.getByTestId('card-clinic').first().innerText(), new RegExp(card.registered_clinic_name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  if (card.level !== null) assert.match(await page.getByTestId('card-level').first().innerText(), new RegExp(`\\b${card.level}\\b`));
  await scanPage(page, 'portal-card-vi');
  await largeText(page, 'portal-card-200pct-vi');

  // A clerk's read through the API, under a signed assignment; a checkpoint covers it.
  const head = await createStaffWithSession(server.app, { unitId: 'P01', roles: [{ role: 'unit_head' }] });
  const clerk = await createStaffWithSession(server.app, { unitId: 'P01-L1', fullName: 'Cán Bộ Không Được Hiện' });
  const officer = await createStaffWithSession(server.app, { unitId: 'P01', roles: [{ role: 'security_officer' }] });
  const at = (h: number): string => new Date(Date.now() + h * 3_600_000).toISOString();
  const assigned = await server.app.inject({
    method: 'POST',
    url: '/api/access/assignments',
    headers: head.headers,
    payload: {
      documentNo: '77/QĐ-BHXH', documentDate: at(-24).slice(0, 10), assigneeAccountId: clerk.accountId, purpose: 'benefit_settlement',
      categories: ['identity', 'contact', 'address', 'employment'], scope: { provinces: ['01'] }, actions: ['search', 'view'],
      validFrom: at(-1), validUntil: at(24 * 30),
    },
  });
  assert.equal(assigned.statusCode, 201, assigned.body);
  const read = await server.app.inject({ method: 'GET', url: `/api/registry/persons/${person.id}?purpose=benefit_settlement`, headers: clerk.headers });
  assert.equal(read.statusCode, 200, read.body);
  await server.app.khien.audit.checkpointNow();

  // Who accessed my data: the read, its unit and purpose, the proof verified in the page, no staff name.
  await page.getByTestId('portal-nav-accesses').click();
  // Newest first: the clerk's read (purpose "Giải quyết chế độ, chính sách") is the first with that purpose.
  const clerkItem = page.getByTestId('access-item').filter({ has: page.getByTestId('access-purpose').filter({ hasText: 'Giải quyết chế độ, chính sách' }) }).first();
  await clerkItem.waitFor();
  await clerkItem.getByTestId('access-proof').and(page.locator('[data-state="verified"]')).waitFor();
  await page.getByTestId('accesses-verified').waitFor();
  const accessesText = await page.locator('main').innerText();
  assert.doesNotMatch(accessesText, /Cán Bộ Không Được Hiện/);
  assert.doesNotMatch(accessesText, new RegExp(clerk.accountId));
  await scanPage(page, 'portal-accesses-vi');
  await largeText(page, 'portal-accesses-200pct-vi');

  // "I don't recognise this access": confirm, then the case's state is shown.
  await clerkItem.getByTestId('access-dispute-open').click();
  await page.getByTestId('dispute-dialog').waitFor();
  await page.locator('#dispute-note').fill('Tôi không liên hệ cơ quan BHXH trong thời gian này.');
  await scanPage(page, 'portal-dispute-vi');
  await page.getByTestId('dispute-confirm').click();
  const state = page.getByTestId('access-dispute').first();
  await state.waitFor();
  assert.match(await state.innerText(), /PA-[A-Z0-9]{8}/);
  assert.match(await state.innerText(), /đã tiếp nhận|đang xác minh|đã ghi nhận/);

  // The unit's security officer sees the case (through the API).
  const cases = await server.app.inject({ method: 'GET', url: '/api/cases/?limit=50', headers: officer.headers });
  assert.equal(cases.statusCode, 200, cases.body);
  const list = cases.json<Array<{ origin: string }>>();
  assert.ok(list.some((c) => c.origin === 'citizen_report'), JSON.stringify(list).slice(0, 400));

  // English, remembered across a reload; each page scanned again.
  await page.getByTestId('portal-lang').click();
  await page.reload();
  await page.getByTestId('access-item').first().waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await page.getByText('Who accessed my data').first().waitFor();
  await scanPage(page, 'portal-accesses-en');
  for (const [nav, wait, name] of [
    ['portal-nav-history', 'history-period', 'portal-history-en'],
    ['portal-nav-card', 'card-code', 'portal-card-en'],
  ] as const) {
    await page.getByTestId(nav).click();
    await page.getByTestId(wait).first().waitFor();
    await scanPage(page, name);
  }
  await page.goto(`${server.url}/portal/`);
  await page.getByTestId('portal-greeting').waitFor();
  assert.match(await page.getByTestId('portal-greeting').innerText(), /^Hello/);
  await scanPage(page, 'portal-home-en');
  await checker.evaluate(() => localStorage.setItem('khien.lang', 'en'));
  await checker.goto(`${server.url}/portal/check?code=${encodeURIComponent(code)}`);
  await checker.getByTestId('check-valid').waitFor();
  await scanPage(checker, 'portal-check-en');

  // Sign out: the sign-in view again, and the session is gone server-side.
  await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/citizen/auth/logout') && r.status() === 204), page.getByTestId('portal-signout').click()]);
  await page.getByTestId('portal-signin').waitFor();
  await scanPage(page, 'portal-signin-en');
  const me = await page.request.get(`${server.url}/api/citizen/me`);
  assert.equal(me.status(), 401);
});
