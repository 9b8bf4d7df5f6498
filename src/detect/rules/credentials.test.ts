import { test } from 'node:test';
import assert from 'node:assert/strict';
import { at, authEvent, createHarness } from '../test-events.ts';
import { failuresThenSuccess, leakedCredential, passwordSpraying } from './credentials.ts';

test('R007 fires on password_leaked and on nothing else', async () => {
  const h = createHarness([leakedCredential]);
  const hits = await h.feed(authEvent('a1', at(0), { action: 'password_leaked', reason: 'LEAK_LIST' }), authEvent('a1', at(1)), authEvent('a1', at(2), { action: 'password_change' }));
  assert.equal(hits.length, 1);
  assert.equal(hits[0]!.details.reason, 'LEAK_LIST');
});

test('R008 fires on five failures then a success within the window', async () => {
  const h = createHarness([failuresThenSuccess]);
  for (let i = 0; i < 5; i++) await h.feed(authEvent('a1', at(i), { outcome: 'failure' }));
  const hits = await h.feed(authEvent('a1', at(6)));
  assert.equal(hits.length, 1);
  assert.equal(hits[0]!.details.failures, 5);
});

test('R008 stays quiet for few failures or failures outside the window', async () => {
  const h = createHarness([failuresThenSuccess]);
  for (let i = 0; i < 4; i++) await h.feed(authEvent('a1', at(i), { outcome: 'failure' }));
  await h.feed(authEvent('a1', at(5)));
  for (let i = 0; i < 5; i++) await h.feed(authEvent('a2', at(i), { outcome: 'failure' }));
  await h.feed(authEvent('a2', at(60)));
  assert.equal(h.hits.length, 0);
});

test('R009 fires when one address fails with ten usernames, keyed by the address', async () => {
  const h = createHarness([passwordSpraying]);
  for (let i = 0; i < 9; i++) await h.feed(authEvent(null, at(i), { username: `CB00${i}`, outcome: 'failure', source: { ip: '10.1.9.9' } }));
  assert.equal(h.hits.length, 0);
  const hits = await h.feed(authEvent(null, at(10), { username: 'CB0099', outcome: 'failure', source: { ip: '10.1.9.9' } }));
  assert.equal(hits.length, 1);
  assert.equal(hits[0]!.groupKey, '10.1.9.9');
  assert.equal(hits[0]!.accountId, null);
});

test('R009 ignores one username failing often and failures from many addresses', async () => {
  const h = createHarness([passwordSpraying]);
  for (let i = 0; i < 20; i++) await h.feed(authEvent(null, at(i), { username: 'CB0001', outcome: 'failure', source: { ip: '10.1.9.9' } }));
  for (let i = 0; i < 20; i++) await h.feed(authEvent(null, at(i), { username: `CB01${i}`, outcome: 'failure', source: { ip: `10.1.8.${i}` } }));
  assert.equal(h.hits.length, 0);
});

test('R009 counts refused session cookies and keys of many accounts from one address, but not sessions that timed out', async () => {
  const h = createHarness([passwordSpraying]);
  const refused = (i: number, reason: string, ip: string): ReturnType<typeof authEvent> =>
    authEvent(`acc${i}`, at(i), { action: 'credential_refused', outcome: 'failure', reason, source: { ip }, credential: { type: 'session', id: `s${i}`, attempts: 1 } });
  for (let i = 0; i < 12; i++) await h.feed(refused(i, 'session_idle_timeout', '10.1.7.7'));
  assert.equal(h.hits.length, 0, 'an office whose sessions expired overnight is no spraying');
  for (let i = 0; i < 9; i++) await h.feed(refused(i, 'session_unknown', '10.1.9.9'));
  await h.feed(authEvent(null, at(20), { action: 'credential_refused', outcome: 'failure', reason: 'api_key_wrong_secret', username: null, source: { ip: '10.1.9.9' }, credential: { type: 'api_key', id: 'k1', attempts: 1 } }));
  assert.equal(h.hits.length, 1);
  assert.equal(h.hits[0]!.groupKey, '10.1.9.9');
});
