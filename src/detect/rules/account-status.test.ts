import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessEvent, accountFacts, at, authEvent, createHarness } from '../test-events.ts';
import { dormantAccount, inactiveAccountActivity } from './account-status.ts';

test('R020 fires when an account idle for 60 days signs in, from history or from the stream', async () => {
  const h = createHarness([dormantAccount]);
  h.context.setAccount(accountFacts('a1', { lastActiveAt: new Date(Date.parse(at(0)) - 60 * 86_400_000).toISOString() }));
  const hits = await h.feed(authEvent('a1', at(0)));
  assert.equal(hits.length, 1);
  assert.equal(hits[0]!.details.idleDays, 60);
  await h.feed(accessEvent('a2', at(0)));
  const again = await h.feed(accessEvent('a2', at(50 * 1440)));
  assert.equal(again.length, 1);
});

test('R020 stays quiet for a regularly active account and for failed sign-ins', async () => {
  const h = createHarness([dormantAccount]);
  h.context.setAccount(accountFacts('a1', { lastActiveAt: at(-60 * 24 * 3) }));
  await h.feed(authEvent('a1', at(0)), accessEvent('a1', at(10)), authEvent('a9', at(0), { outcome: 'failure' }));
  assert.equal(h.hits.length, 0);
});

test('R021 fires for disabled accounts and retired, resigned or transferred staff', async () => {
  const h = createHarness([inactiveAccountActivity]);
  h.context.setAccount(accountFacts('a1', { accountStatus: 'disabled' }));
  h.context.setAccount(accountFacts('a2', { hrStatus: 'retired' }));
  h.context.setAccount(accountFacts('a3', { hrStatus: 'resigned' }));
  h.context.setAccount(accountFacts('a4', { hrStatus: 'transferred' }));
  const hits = await h.feed(authEvent('a1', at(0)), accessEvent('a2', at(1)), accessEvent('a3', at(2)), authEvent('a4', at(3), { action: 'vpn_connect' }));
  assert.deepEqual(hits.map((x) => x.details.status), ['account_disabled', 'hr_retired', 'hr_resigned', 'hr_transferred']);
});

test('R021 ignores active accounts, unknown accounts and failed sign-ins of a disabled one', async () => {
  const h = createHarness([inactiveAccountActivity]);
  h.context.setAccount(accountFacts('a1'));
  h.context.setAccount(accountFacts('a2', { accountStatus: 'disabled' }));
  await h.feed(accessEvent('a1', at(0)), accessEvent('zz', at(0)), authEvent('a2', at(1), { outcome: 'failure' }));
  assert.equal(h.hits.length, 0);
});

test('R021 fires for a refused credential of a departed account, from the status it carries, and not for a timed-out one', async () => {
  const h = createHarness([inactiveAccountActivity]);
  // The context still says active (its reload has not run since the HR exit): the event's status wins.
  h.context.setAccount(accountFacts('a1'));
  h.context.setAccount(accountFacts('a2'));
  const refused = (id: string, reason: string, accountStatus: string, staffStatus: string): ReturnType<typeof authEvent> =>
    authEvent(id, at(0), { action: 'credential_refused', outcome: 'failure', reason, credential: { type: 'session', id: `s-${id}`, attempts: 1, accountStatus, staffStatus } });
  const hits = await h.feed(refused('a1', 'session_revoked', 'disabled', 'resigned'), refused('a2', 'session_idle_timeout', 'active', 'active'), refused('unknown', 'session_revoked', 'suspended', 'active'));
  assert.deepEqual(hits.map((x) => [x.accountId, x.details.status, x.details.refused]), [['a1', 'account_disabled', 'session_revoked'], ['unknown', 'account_suspended', 'session_revoked']]);
});
