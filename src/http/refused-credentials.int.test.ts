/**
 * Refused credentials are recorded and reach the detectors (issue 21, defect 1): a departed employee's old
 * session cookie, a revoked API key and a revoked ingestion token each leave `credential_refused` auth events
 * naming the account or key, one per credential and minute plus one count of the rest, and R021 raises for
 * the departed account.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { createTestApp } from '../app/test-app.ts';
import { createEventBus } from '../events/bus.ts';
import { createMemoryRecorder } from '../events/memory-recorder.ts';
import type { AuthEvent, KhienEvent } from '../events/types.ts';
import { createManualClock } from '../platform/clock.ts';
import { createStaffWithSession } from '../auth/test-support.ts';
import { alerts } from '../detect/detect.schema.ts';
import { ingestTokens } from '../detect/detect.schema.ts';
import { createIngestToken } from '../detect/ingest/ingest-tokens.ts';

const refusedOf = (events: readonly KhienEvent[]): AuthEvent[] =>
  events.filter((e): e is AuthEvent => e.kind === 'auth' && e.action === 'credential_refused');

test('after an HR exit, reads with the old cookie are recorded, aggregated per minute, and R021 raises', async (t) => {
  const clock = createManualClock('2026-03-02T02:00:10.000Z');
  const bus = createEventBus();
  const recorder = createMemoryRecorder(bus);
  const { app, close } = await createTestApp({}, clock, { bus, recorder });
  t.after(close);
  const officer = await createStaffWithSession(app, { roles: [{ role: 'security_officer' }] });
  const leaver = await createStaffWithSession(app, { unitId: 'P01-L1', roles: [{ role: 'staff' }] });
  let res = await app.inject({ method: 'POST', url: '/api/admin/hr/events', headers: officer.headers, payload: { staffId: leaver.staffId, kind: 'resignation', effectiveOn: '2026-03-02' } });
  assert.equal(res.statusCode, 200, res.body);

  const person = crypto.randomUUID();
  for (let i = 0; i < 25; i++) {
    res = await app.inject({ method: 'GET', url: i % 2 ? `/api/registry/persons/${person}` : '/api/auth/me', headers: leaver.headers });
    assert.equal(res.statusCode, 401);
    assert.equal(res.json<{ code: string }>().code, 'KHIEN_AUTH_SESSION_EXPIRED');
  }
  // The first refusal is in the log at once, naming the session and the account it belonged to.
  let refused = refusedOf(recorder.events).filter((e) => e.accountId === leaver.accountId);
  assert.equal(refused.length, 1, 'a flood does not flood the log');
  assert.equal(refused[0]!.sessionId, leaver.sessionId);
  assert.equal(refused[0]!.reason, 'session_revoked');
  assert.equal(refused[0]!.outcome, 'failure');
  assert.deepEqual(refused[0]!.credential, { type: 'session', id: leaver.sessionId, attempts: 1, accountStatus: 'disabled', staffStatus: 'resigned', agreementId: null });
  // The rest of the minute is one event with its count once the minute is over.
  clock.advance(60_000);
  await app.khien.refusals.flush();
  refused = refusedOf(recorder.events).filter((e) => e.accountId === leaver.accountId);
  assert.deepEqual(refused.map((e) => e.credential?.attempts), [1, 24]);

  // R021 saw the departed account knocking (without waiting for the detector context's reload).
  await app.khien.detect.alerts.flush();
  const raised = await app.khien.database.db.select().from(alerts).where(and(eq(alerts.ruleId, 'KHIEN-R021'), eq(alerts.accountId, leaver.accountId)));
  assert.equal(raised.length, 1, 'R021 raised');
  assert.equal(raised[0]!.details.status, 'account_disabled');
  // A session that merely expired is recorded too, and does not raise R021.
  const idle = await createStaffWithSession(app, { unitId: 'P01-L1' });
  clock.advance(24 * 3_600_000);
  res = await app.inject({ method: 'GET', url: '/api/auth/me', headers: idle.headers });
  assert.equal(res.statusCode, 401);
  const timedOut = refusedOf(recorder.events).filter((e) => e.accountId === idle.accountId);
  assert.equal(timedOut.length, 1);
  assert.match(timedOut[0]!.reason, /^session_(idle|absolute)_timeout$/);
  await app.khien.detect.alerts.flush();
  assert.equal((await app.khien.database.db.select().from(alerts).where(and(eq(alerts.ruleId, 'KHIEN-R021'), eq(alerts.accountId, idle.accountId)))).length, 0);
  // A forged cookie names no account: it is recorded per source address.
  res = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `khien_session=${'f'.repeat(43)}` } });
  assert.equal(res.statusCode, 401);
  const forged = refusedOf(recorder.events).filter((e) => e.reason === 'session_unknown');
  assert.equal(forged.length, 1);
  assert.equal(forged[0]!.accountId, null);
  assert.equal(forged[0]!.credential?.id, null);
});

test('a revoked API key and a revoked ingestion token are recorded naming the key and the token', async (t) => {
  const clock = createManualClock('2026-06-15T03:00:00.000Z');
  const recorder = createMemoryRecorder();
  const { app, close } = await createTestApp({}, clock, { recorder });
  t.after(close);
  const admin = await createStaffWithSession(app, { unitId: 'VSS-CNTT', roles: [{ role: 'central_security_admin' }] });
  let res = await app.inject({
    method: 'POST', url: '/api/access/agreements', headers: admin.headers,
    payload: {
      organisation: 'Cục Thuế', legalBasis: 'Thỏa thuận số 12/TT-BHXH-CT', purpose: 'contribution_collection',
      categories: ['identity'], dailyRecordLimit: 2, ratePerMinute: 5, validFrom: '2026-06-01T00:00:00.000Z', validUntil: '2026-06-20T00:00:00.000Z',
    },
  });
  assert.equal(res.statusCode, 201, res.body);
  const agreementId = res.json<{ id: string }>().id;
  res = await app.inject({ method: 'POST', url: `/api/access/agreements/${agreementId}/keys`, headers: admin.headers });
  assert.equal(res.statusCode, 201, res.body);
  const { key, id: keyId } = res.json<{ key: string; id: string }>();
  res = await app.inject({ method: 'POST', url: `/api/access/agreements/keys/${keyId}/revoke`, headers: admin.headers, payload: { reason: 'Nghi lộ khóa' } });
  assert.equal(res.statusCode, 204, res.body);
  for (let i = 0; i < 3; i++) {
    res = await app.inject({ method: 'POST', url: '/api/external/persons/lookup', headers: { 'x-api-key': key }, payload: { purpose: 'contribution_collection', personalId: '001090000001' } });
    assert.equal(res.statusCode, 401);
  }
  const byKey = refusedOf(recorder.events).filter((e) => e.credential?.type === 'api_key');
  assert.equal(byKey.length, 1);
  assert.equal(byKey[0]!.reason, 'api_key_revoked');
  assert.equal(byKey[0]!.credential?.id, keyId);
  assert.equal(byKey[0]!.credential?.agreementId, agreementId);
  assert.ok(!JSON.stringify(byKey).includes(key.slice(-20)), 'the secret is not recorded');

  const db = app.khien.database.db;
  const { id: tokenId, token } = await createIngestToken(db, clock, 'vpn-hn-01');
  await db.update(ingestTokens).set({ revokedAt: clock.now() }).where(eq(ingestTokens.id, tokenId));
  res = await app.inject({ method: 'POST', url: '/api/ingest/events', headers: { authorization: `Bearer ${token}` }, payload: { events: [] } });
  assert.equal(res.statusCode, 401, res.body);
  const byToken = refusedOf(recorder.events).filter((e) => e.credential?.type === 'ingest_token');
  assert.equal(byToken.length, 1);
  assert.equal(byToken[0]!.reason, 'ingest_token_revoked');
  assert.equal(byToken[0]!.credential?.id, tokenId);
  // The counts of the minute are written at close too.
  await app.khien.refusals.stop();
  assert.deepEqual(refusedOf(recorder.events).filter((e) => e.credential?.type === 'api_key').map((e) => e.credential?.attempts), [1, 2]);
});
