import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessEvent, at, authEvent, createHarness } from '../test-events.ts';
import { unregisteredDevice, vpnOutsideValidity, vpnWithoutOtp } from './device-vpn.ts';

test('R004 fires on a read and on a sign-in from an unregistered device, once per period', async () => {
  const h = createHarness([unregisteredDevice]);
  const hits = await h.feed(
    accessEvent('a1', at(0), { source: { ip: '10.1.0.2', deviceId: 'x', deviceRegistered: false } }),
    accessEvent('a1', at(1), { source: { ip: '10.1.0.2', deviceId: 'x', deviceRegistered: false } }),
    authEvent('a2', at(2), { source: { ip: '10.1.0.3', deviceId: 'y', deviceRegistered: false } }),
  );
  assert.equal(hits.length, 2);
  assert.equal(hits[0]!.severity, 'high');
  assert.equal(hits[1]!.severity, 'medium');
});

test('R004 ignores registered or unknown device status and failed sign-ins', async () => {
  const h = createHarness([unregisteredDevice]);
  await h.feed(
    accessEvent('a1', at(0)),
    accessEvent('a1', at(1), { source: { deviceRegistered: null } }),
    authEvent('a1', at(2), { outcome: 'failure', source: { deviceRegistered: false } }),
    accessEvent('a1', at(3), { outcome: 'deny', source: { deviceRegistered: false } }),
  );
  assert.equal(h.hits.length, 0);
});

test('R005 fires for expired, revoked and unknown VPN accounts, not for a valid one', async () => {
  const h = createHarness([vpnOutsideValidity]);
  const base = { validFrom: '2026-01-01T00:00:00Z', validUntil: '2026-02-28T00:00:00Z', revoked: false, otpRequired: true, accountId: 'a1' };
  h.context.setVpnAccount({ name: 'vpn.expired', ...base });
  h.context.setVpnAccount({ name: 'vpn.revoked', ...base, validUntil: '2026-12-31T00:00:00Z', revoked: true });
  h.context.setVpnAccount({ name: 'vpn.ok', ...base, validUntil: '2026-12-31T00:00:00Z' });
  const vpn = (username: string, outcome: 'success' | 'failure' = 'success') =>
    authEvent(null, at(0), { action: 'vpn_connect', username, outcome, source: { ip: '203.0.113.9', system: 'vpn-hn-01' } });
  const hits = await h.feed(vpn('vpn.expired'), vpn('vpn.revoked'), vpn('vpn.ghost'), vpn('vpn.ok'), vpn('vpn.expired', 'failure'));
  assert.deepEqual(hits.map((x) => x.details.kind), ['expired', 'revoked', 'unknown_vpn_account']);
  assert.equal(hits[0]!.accountId, 'a1');
});

test('R006 fires on a VPN connection without OTP, not with OTP or when OTP is not required', async () => {
  const h = createHarness([vpnWithoutOtp]);
  h.context.setVpnAccount({ name: 'svc.backup', accountId: null, validFrom: '2026-01-01T00:00:00Z', validUntil: '2027-01-01T00:00:00Z', revoked: false, otpRequired: false });
  const vpn = (username: string, mfa: boolean | null) => authEvent(null, at(0), { action: 'vpn_connect', username, mfa, source: { system: 'vpn-hn-01' } });
  const hits = await h.feed(vpn('u1', false), vpn('u2', null), vpn('u3', true), vpn('svc.backup', false));
  assert.equal(hits.length, 2);
});
