import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessEvent, at, authEvent, createHarness } from '../test-events.ts';
import { concurrentSessions, impossibleTravel, sharedDevice } from './lent-account.ts';

test('R001 fires when two live sessions of one account are on two devices', async () => {
  const h = createHarness([concurrentSessions]);
  await h.feed(authEvent('a1', at(0), { sessionId: 's1', source: { ip: '10.1.0.5', deviceId: 'd1' } }));
  const hits = await h.feed(accessEvent('a1', at(2), { actor: { type: 'staff', accountId: 'a1', sessionId: 's2' }, source: { ip: '10.1.0.6', deviceId: 'd2' } }));
  assert.equal(hits.length, 1);
  assert.equal(hits[0]!.details.kind, 'two_devices');
  assert.equal(hits[0]!.accountId, 'a1');
});

test('R001 fires on two networks even without device ids', async () => {
  const h = createHarness([concurrentSessions]);
  await h.feed(authEvent('a1', at(0), { sessionId: 's1', source: { ip: '10.1.0.5' } }));
  const hits = await h.feed(authEvent('a1', at(1), { sessionId: 's2', source: { ip: '10.79.4.5' } }));
  assert.equal(hits[0]?.details.kind, 'two_networks');
});

test('R001 stays quiet after sign-out, after idle expiry, and for one session moving', async () => {
  const h = createHarness([concurrentSessions]);
  await h.feed(authEvent('a1', at(0), { sessionId: 's1', source: { ip: '10.1.0.5', deviceId: 'd1' } }));
  await h.feed(authEvent('a1', at(5), { action: 'signout', sessionId: 's1', source: { ip: '10.1.0.5', deviceId: 'd1' } }));
  await h.feed(authEvent('a1', at(6), { sessionId: 's2', source: { ip: '10.1.0.9', deviceId: 'd2' } }));
  // Idle beyond 30 minutes: the old session no longer counts.
  await h.feed(authEvent('a1', at(60), { sessionId: 's3', source: { ip: '10.1.0.7', deviceId: 'd3' } }));
  // Same session, same device, new address in the same /24.
  await h.feed(accessEvent('a1', at(61), { actor: { type: 'staff', accountId: 'a1', sessionId: 's3' }, source: { ip: '10.1.0.8', deviceId: 'd3' } }));
  assert.equal(h.hits.length, 0);
});

test('R002 fires when a second account uses the same device within the window, not after it', async () => {
  const h = createHarness([sharedDevice]);
  await h.feed(authEvent('a1', at(0), { source: { deviceId: 'shared' } }));
  const hits = await h.feed(authEvent('a2', at(5), { source: { deviceId: 'shared' } }));
  assert.equal(hits.length, 1);
  assert.equal(hits[0]!.accountId, 'a2');
  assert.equal(hits[0]!.details.accountsOnDevice, 2);
  const h2 = createHarness([sharedDevice]);
  await h2.feed(authEvent('a1', at(0), { source: { deviceId: 'shared' } }));
  await h2.feed(authEvent('a2', at(30), { source: { deviceId: 'shared' } }));
  await h2.feed(authEvent('a2', at(31), { source: { deviceId: 'shared' } }));
  assert.equal(h2.hits.length, 0);
});

test('R003 fires for Hà Nội then TP HCM ten minutes later, not for neighbouring or slow travel', async () => {
  const h = createHarness([impossibleTravel]);
  await h.feed(authEvent('a1', at(0), { source: { ip: '10.1.2.3' } }));
  const hits = await h.feed(authEvent('a1', at(10), { source: { ip: '10.79.2.3' } }));
  assert.equal(hits.length, 1);
  assert.equal(hits[0]!.details.fromProvince, '01');
  assert.equal(hits[0]!.details.toProvince, '79');
  const h2 = createHarness([impossibleTravel]);
  await h2.feed(authEvent('a1', at(0), { source: { ip: '10.1.2.3' } }));
  await h2.feed(authEvent('a1', at(600), { source: { ip: '10.79.2.3' } })); // 10 hours later: plausible by air
  await h2.feed(authEvent('a1', at(700), { source: { ip: '10.79.9.9' } })); // same province
  await h2.feed(authEvent('a1', at(701), { source: { ip: '192.168.1.1' } })); // unknown network
  assert.equal(h2.hits.length, 0);
});

test('R001 reports a conflict once while the same two sessions stay live, and again for a session new to it', async () => {
  const h = createHarness([concurrentSessions]);
  const s1 = { actor: { type: 'staff' as const, accountId: 'a1', sessionId: 's1' }, source: { ip: '10.1.0.5', deviceId: 'd1' } };
  const s2 = { actor: { type: 'staff' as const, accountId: 'a1', sessionId: 's2' }, source: { ip: '172.16.4.9', deviceId: 'd2' } };
  await h.feed(accessEvent('a1', at(0), s1));
  assert.equal((await h.feed(accessEvent('a1', at(1), s2))).length, 1);
  // Both sessions keep working for twenty minutes: still the one lent-account episode.
  for (let m = 2; m < 22; m += 2) {
    await h.feed(accessEvent('a1', at(m), s1));
    await h.feed(accessEvent('a1', at(m + 1), s2));
  }
  assert.equal(h.hits.length, 1);
  // A third device joins: news.
  const hits = await h.feed(accessEvent('a1', at(23), { actor: { type: 'staff', accountId: 'a1', sessionId: 's3' }, source: { ip: '10.79.0.5', deviceId: 'd3' } }));
  assert.equal(hits.length, 1);
  assert.equal(hits[0]!.details.kind, 'two_devices');
  // Once s2 has been idle past 30 minutes and signed-out s3 is gone, a new second session fires again.
  await h.feed(authEvent('a1', at(24), { action: 'signout', sessionId: 's3', source: { ip: '10.79.0.5', deviceId: 'd3' } }));
  for (let m = 25; m < 60; m += 5) await h.feed(accessEvent('a1', at(m), s1));
  const again = await h.feed(accessEvent('a1', at(61), { actor: { type: 'staff', accountId: 'a1', sessionId: 's4' }, source: { ip: '10.1.0.5', deviceId: 'd4' } }));
  assert.equal(again.length, 1);
  assert.equal(h.hits.length, 3);
});

test('R002 counts the window from the first account\'s latest use of the device, not its first', async () => {
  const h = createHarness([sharedDevice]);
  for (let m = 0; m <= 14; m += 2) await h.feed(authEvent('a1', at(m), { source: { deviceId: 'shared' } }));
  // a1 last used the device at minute 14: a2 at minute 20 is within 15 minutes of it.
  const hits = await h.feed(authEvent('a2', at(20), { source: { deviceId: 'shared' } }));
  assert.equal(hits.length, 1);
  assert.equal(hits[0]!.details.accountsOnDevice, 2);
});
