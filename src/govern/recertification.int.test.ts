import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { createManualClock } from '../platform/clock.ts';
import { makeStaff } from '../seed/test-factories.ts';
import { accounts, vpnAccounts } from '../auth/auth.schema.ts';
import { assignments } from '../access/access.schema.ts';
import { recertItems } from './govern.schema.ts';
import { createGovernTestApp, type GovernTestApp } from './govern-test-helpers.ts';

const clock = createManualClock('2026-12-05T03:00:00.000Z');
let t: GovernTestApp;
type Who = Parameters<GovernTestApp['as']>[0];
const req = (who: Who, method: 'GET' | 'POST', url: string, payload?: object) => t.app.inject({ method, url, payload, headers: t.as(who) });
const vpn: Record<string, string> = {};

before(async () => {
  t = await createGovernTestApp(clock);
  const db = t.app.khien.database.db;
  const now = clock.now();
  // Two staff of P01 with VPN accounts; only the first has assigned work. One of P79.
  for (const [name, unitId, work] of [['busy', 'P01', true], ['idle', 'P01-L1', false], ['hcm', 'P79', false]] as const) {
    const s = await makeStaff(db, { unitId });
    const accountId = crypto.randomUUID();
    await db.insert(accounts).values({ id: accountId, staffId: s.id, username: s.staffNo, mustChangePassword: false });
    vpn[name] = crypto.randomUUID();
    await db.insert(vpnAccounts).values({ id: vpn[name], vpnUsername: `vpn-${name}`, ownerAccountId: accountId, purpose: 'Làm việc từ xa', justification: 'Công tác', approvedBy: accountId, validFrom: now, validUntil: new Date('2027-06-01T00:00:00Z'), createdBy: accountId });
    if (work) {
      await db.insert(assignments).values({ id: crypto.randomUUID(), assignmentId: crypto.randomUUID(), version: 1, documentNo: '12/QĐ-BHXH', documentDate: '2026-01-05', signerAccountId: accountId, assigneeAccountId: accountId, purpose: 'collection', categories: ['identity'], actions: ['read'], validFrom: now, validUntil: new Date('2027-01-01T00:00:00Z'), createdBy: accountId });
    }
  }
});
after(async () => t.close());

let campaignId = '';
const itemOf = async (who: Who, name: string): Promise<{ id: string; proposal: string | null; decision: string | null; late: boolean }> => {
  const out = (await req(who, 'GET', `/api/govern/recertifications/${campaignId}`)).json();
  return out.items.find((i: { targetId: string }) => i.targetId === vpn[name]);
};

test('a campaign is opened by the central team; idle VPN accounts are proposed for revocation', async () => {
  const body = { title: 'Rà soát tài khoản VPN quý IV', kinds: ['vpn_account'], unitId: 'VSS', deadline: '2026-12-20T00:00:00.000Z' };
  assert.equal((await req('officerHn', 'POST', '/api/govern/recertifications', body)).json().code, 'KHIEN_AUTH_FORBIDDEN');
  assert.equal((await req('headHn', 'POST', '/api/govern/recertifications', body)).json().code, 'KHIEN_GOVERN_FORBIDDEN_UNIT');
  const r = await req('central', 'POST', '/api/govern/recertifications', body);
  assert.equal(r.statusCode, 201, r.body);
  campaignId = r.json().id;
  assert.deepEqual([r.json().counts.items, r.json().counts.proposedRevocations], [3, 2]);
  assert.equal((await itemOf('headHn', 'busy')).proposal, null);
  assert.equal((await itemOf('headHn', 'idle')).proposal, 'revoke');
  const hn = (await req('headHn', 'GET', `/api/govern/recertifications/${campaignId}`)).json();
  assert.equal(hn.items.length, 2, 'a head sees only their units’ items');
});

test('decisions: only the head covering the item; a revocation disables the VPN account in auth', async () => {
  const idle = await itemOf('headHn', 'idle');
  assert.equal((await req('headHcm', 'POST', `/api/govern/recertifications/items/${idle.id}/decision`, { decision: 'revoke', reason: 'Không có phân công' })).json().code, 'KHIEN_GOVERN_ITEM_NOT_FOUND');
  assert.equal((await req('officerHn', 'POST', `/api/govern/recertifications/items/${idle.id}/decision`, { decision: 'revoke', reason: 'Không có phân công' })).json().code, 'KHIEN_AUTH_FORBIDDEN');
  const [still] = await t.app.khien.database.db.select().from(vpnAccounts).where(eq(vpnAccounts.id, vpn.idle!));
  assert.equal(still!.status, 'active');
  const r = await req('headHn', 'POST', `/api/govern/recertifications/items/${idle.id}/decision`, { decision: 'revoke', reason: 'Không có phân công công việc' });
  assert.equal(r.statusCode, 200, r.body);
  assert.equal(r.json().decision, 'revoke');
  const [after_] = await t.app.khien.database.db.select().from(vpnAccounts).where(eq(vpnAccounts.id, vpn.idle!));
  assert.equal(after_!.status, 'disabled', 'revoked by the owning module');
  const busy = await itemOf('headHn', 'busy');
  assert.equal((await req('headHn', 'POST', `/api/govern/recertifications/items/${busy.id}/decision`, { decision: 'keep', reason: 'Đang thu BHXH từ xa' })).json().decision, 'keep');
  assert.equal((await req('headHn', 'POST', `/api/govern/recertifications/items/${busy.id}/decision`, { decision: 'revoke', reason: 'đổi ý' })).json().code, 'KHIEN_GOVERN_ITEM_DECIDED');
});

test('closing before the deadline is refused; after it the undecided item is flagged late and counted for its unit', async () => {
  assert.equal((await req('central', 'POST', `/api/govern/recertifications/${campaignId}/close`)).json().code, 'KHIEN_GOVERN_BAD_DATE');
  clock.set('2026-12-21T03:00:00.000Z');
  const r = await req('central', 'POST', `/api/govern/recertifications/${campaignId}/close`);
  assert.equal(r.statusCode, 200, r.body);
  assert.deepEqual(r.json().counts, { items: 3, kept: 1, revoked: 1, undecided: 1, late: 1, proposedRevocations: 2 });
  const late = await t.app.khien.database.db.select().from(recertItems).where(eq(recertItems.targetId, vpn.hcm!));
  assert.ok(late[0]!.flaggedLateAt);
  const acc = (await req('headHcm', 'GET', '/api/govern/accountability?unitId=P79')).json();
  assert.equal(acc.recertification.lateItems, 1);
  assert.equal((await req('headHn', 'GET', '/api/govern/accountability?unitId=P01')).json().recertification.lateItems, 0);
});
