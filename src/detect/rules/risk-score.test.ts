import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessEvent, accountFacts, at, authEvent, createHarness } from '../test-events.ts';
import { ALL_RULES } from './index.ts';
import { riskScore } from './risk-score.ts';
import { offHours } from './off-hours.ts';
import { concurrentSessions, impossibleTravel } from './lent-account.ts';
import { unregisteredDevice } from './device-vpn.ts';
import { failuresThenSuccess, leakedCredential } from './credentials.ts';
import { massDistinctPersons } from './scraping.ts';

const vn = (local: string): string => new Date(Date.parse(`${local}+07:00`)).toISOString();
const reads = (account: string, local: string, n: number, over = {}) =>
  Array.from({ length: n }, (_, i) => accessEvent(account, new Date(Date.parse(`${local}+07:00`) + i * 60_000).toISOString(), over));

// Failure cases first: what must alert at once, with the risk score running.
test('strong signals still alert at once: late evening reads, a borrower device, a leaked password used, reads from another province', async () => {
  const h = createHarness([offHours, concurrentSessions, unregisteredDevice, leakedCredential, impossibleTravel, riskScore]);
  h.context.setAccount(accountFacts('late'));
  await h.feed(...reads('late', '2026-04-22T19:45:00', 4)); // 2 h 45 after the end, not month end, no VPN
  assert.equal(h.of('KHIEN-R010').length, 1);
  await h.feed(accessEvent('lent', at(0)), accessEvent('lent', at(5), { source: { ip: '113.1.2.3', deviceId: 'borrower', deviceRegistered: false }, actor: { type: 'staff', accountId: 'lent', sessionId: 's-other' } }));
  assert.equal(h.of('KHIEN-R001').length, 1);
  assert.equal(h.of('KHIEN-R004').length, 1);
  await h.feed(authEvent('leak', at(10), { action: 'password_leaked', reason: 'import' }), authEvent('leak', at(20), { source: { ip: '185.1.2.3', deviceId: 'x', deviceRegistered: false } }));
  assert.equal(h.of('KHIEN-R007').length, 1);
  assert.equal(h.of('KHIEN-R007')[0]!.details.kind, 'leaked_credential_used');
  h.context.setAccount(accountFacts('away', { provinceCode: '79', unitId: 'P79-L1' }));
  await h.feed(accessEvent('away', at(30), { source: { ip: '10.92.0.5', deviceId: 'dev-away', deviceRegistered: true } }));
  assert.equal(h.of('KHIEN-R003')[0]?.details.kind, 'outside_home_province');
});

test('weak signals add up to one KHIEN-R025 alert with their evidence; alone they raise nothing', async () => {
  const h = createHarness([offHours, concurrentSessions, unregisteredDevice, leakedCredential, riskScore]);
  h.context.setAccount(accountFacts('a1'));
  // The owner's leaked password, the owner signing in from the registered device: weak (2).
  await h.feed(authEvent('a1', vn('2026-04-22T02:00:00'), { action: 'password_leaked', reason: 'import' }), authEvent('a1', vn('2026-04-22T07:30:00')));
  // A replacement device on the office network before registration: weak (3).
  await h.feed(accessEvent('a1', vn('2026-04-22T08:00:00')), accessEvent('a1', vn('2026-04-22T08:05:00'), { source: { ip: '10.1.0.10', deviceId: 'new', deviceRegistered: false } }));
  // A little after hours (18:10–18:15): weak (2).
  await h.feed(...reads('a1', '2026-04-22T18:10:00', 3));
  assert.equal(h.hits.length, 0, JSON.stringify(h.hits.map((x) => x.ruleId)));
  // Two registered devices of the owner on the office network (2) and two more new devices on it (3 + 3): over 10.
  await h.feed(
    accessEvent('a1', vn('2026-04-22T18:20:00'), { source: { ip: '10.1.0.10', deviceId: 'laptop', deviceRegistered: true }, actor: { type: 'staff', accountId: 'a1', sessionId: 's-laptop' } }),
    accessEvent('a1', vn('2026-04-22T18:25:00'), { source: { ip: '10.1.0.10', deviceId: 'new2', deviceRegistered: false } }),
    accessEvent('a1', vn('2026-04-22T18:30:00'), { source: { ip: '10.1.0.10', deviceId: 'new3', deviceRegistered: false } }),
  );
  const risk = h.of('KHIEN-R025');
  assert.equal(risk.length, 1, JSON.stringify(h.hits.map((x) => x.ruleId)));
  assert.match(String(risk[0]!.details.signals), /KHIEN-R007:leak_listed/);
  assert.match(String(risk[0]!.details.signals), /KHIEN-R004:office_network/);
  assert.ok(Number(risk[0]!.details.score) >= 10);
});

test('benign: month-end overtime, VPN-entitled evening work, holiday daytime on-call, a forgotten password', async () => {
  const h = createHarness([offHours, failuresThenSuccess, riskScore]);
  h.context.setAccount(accountFacts('clerk'));
  await h.feed(...reads('clerk', '2026-04-29T20:00:00', 5)); // last working days of April run until 21:00
  h.context.setAccount(accountFacts('vpn'));
  h.context.setVpnAccount({ name: accountFacts('vpn').username, accountId: 'vpn', validFrom: '2026-01-01T00:00:00Z', validUntil: '2027-01-01T00:00:00Z', revoked: false, otpRequired: true });
  await h.feed(...reads('vpn', '2026-04-22T20:30:00', 5));
  await h.feed(...reads('clerk', '2026-04-30T09:00:00', 5)); // 30/4, a Thursday holiday, daytime
  const fails = Array.from({ length: 6 }, (_, i) => authEvent('forgot', at(i), { outcome: 'failure', reason: 'BAD_PASSWORD' }));
  await h.feed(...fails, authEvent('forgot', at(7), { action: 'password_reset' }), authEvent('forgot', at(8)));
  assert.equal(h.hits.length, 0, JSON.stringify(h.hits.map((x) => [x.ruleId, x.details])));
});

test('without KHIEN-R025 a weak signal is an ordinary alert (rule tests, partial rule sets)', async () => {
  const h = createHarness([leakedCredential]);
  const hits = await h.feed(authEvent('a1', at(0), { action: 'password_leaked', reason: 'import' }));
  assert.equal(hits.length, 1);
  assert.equal(hits[0]!.points, 2);
});

test('R001 on two registered devices of the owner on one network is weak; R014 finds a slow day of distinct persons', async () => {
  const h = createHarness(ALL_RULES.filter((r) => r.id === 'KHIEN-R001'));
  const hits = await h.feed(accessEvent('a1', at(0)), accessEvent('a1', at(1), { source: { ip: '10.1.0.11', deviceId: 'laptop', deviceRegistered: true }, actor: { type: 'staff', accountId: 'a1', sessionId: 's-2' } }));
  assert.equal(hits[0]?.details.kind, 'two_registered_devices');
  assert.equal(hits[0]?.points, 2);
  const s = createHarness([massDistinctPersons]);
  // 200 distinct persons over a working day, under the hourly threshold, no baseline: over dailyMin but
  // under dailyHardMax (1000) → nothing cold; 1050 → fires once.
  const day = (n: number, acc: string) => Array.from({ length: n }, (_, i) => accessEvent(acc, new Date(Date.parse(vn('2026-04-22T07:30:00')) + i * 45_000).toISOString(), { subjects: [`p-${acc}-${i}`] }));
  await s.feed(...day(200, 'slow'));
  assert.equal(s.of('KHIEN-R014').length, 0);
  await s.feed(...day(1050, 'fast'));
  assert.ok(s.of('KHIEN-R014').some((x) => x.details.kind === 'daily'));
});
