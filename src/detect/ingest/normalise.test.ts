import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMemoryContext } from '../context.ts';
import { accountFacts } from '../test-events.ts';
import { normaliseJsonItem, normaliseSyslogLine } from './normalise.ts';
import { parseKeyValues, parseSyslog } from './syslog-parse.ts';

const context = createMemoryContext({
  accounts: [accountFacts('11111111-1111-4111-8111-111111111111', { username: 'CB0001' })],
  vpnAccounts: [{ name: 'vpn.cb0002', accountId: '22222222-2222-4222-8222-222222222222', validFrom: '2026-01-01T00:00:00Z', validUntil: '2027-01-01T00:00:00Z', revoked: false, otpRequired: true }],
});
const now = Date.parse('2026-03-02T03:00:00Z');
const env = { context, now, defaultSystem: 'peer-10.0.0.1' };

test('RFC 5424 VPN login with structured data becomes a vpn_connect AuthEvent from the device', () => {
  const r = normaliseSyslogLine('<134>1 2026-03-02T09:59:00.120+07:00 vpn-hn-01 vpngw 4242 VPN_LOGIN [khien@32473 user="vpn.cb0002" src="203.0.113.7" action="connect" result="success" otp="yes"] login ok', env);
  assert.ok(r.ok);
  assert.equal(r.event.kind, 'auth');
  if (r.event.kind !== 'auth') return;
  assert.equal(r.event.action, 'vpn_connect');
  assert.equal(r.event.accountId, '22222222-2222-4222-8222-222222222222');
  assert.equal(r.event.source.system, 'vpn-hn-01');
  assert.equal(r.event.source.ip, '203.0.113.7');
  assert.equal(r.event.mfa, true);
  assert.equal(r.event.time, '2026-03-02T02:59:00.120Z');
});

test('RFC 3164 key=value and Cisco ASA lines map to VPN events; Vietnam time is assumed', () => {
  const a = normaliseSyslogLine('<86>Mar  2 09:00:00 vpn-hcm-02 openvpn[77]: user=CB0001 src=10.79.1.2 action=connect result=failure', env);
  assert.ok(a.ok && a.event.kind === 'auth');
  if (a.ok && a.event.kind === 'auth') {
    assert.equal(a.event.outcome, 'failure');
    assert.equal(a.event.accountId, '11111111-1111-4111-8111-111111111111');
    assert.equal(a.event.time, '2026-03-02T02:00:00.000Z');
  }
  const b = normaliseSyslogLine('<166>Mar 2 09:01:00 asa-01 %ASA-6-113039: Group <GV> User <CB0001> IP <198.51.100.4> AnyConnect parent session started.', env);
  assert.ok(b.ok && b.event.kind === 'auth' && b.event.action === 'vpn_connect' && b.event.source.ip === '198.51.100.4');
  const c = normaliseSyslogLine('<166>Mar 2 09:05:00 asa-01 %ASA-6-113019: Group = GV, Username = CB0001, IP = 198.51.100.4, Session disconnected.', env);
  assert.ok(c.ok); // no "User <…>" form: kept as an external event rather than guessed
});

test('an application sign-in maps to signin; other lines become ExternalEvents', () => {
  const a = normaliseSyslogLine('<134>1 2026-03-02T09:00:00+07:00 tnhs-app-01 tiepnhan - - - event=login user=CB0001 result=ok ip=10.1.4.4', env);
  assert.ok(a.ok && a.event.kind === 'auth' && a.event.action === 'signin' && a.event.outcome === 'success');
  const b = normaliseSyslogLine('<134>1 2026-03-02T09:00:00+07:00 tnhs-app-01 tiepnhan - REPORT_EXPORT - user=CB0001 rows=120', env);
  assert.ok(b.ok && b.event.kind === 'external');
  if (b.ok && b.event.kind === 'external') {
    assert.equal(b.event.eventType, 'REPORT_EXPORT');
    assert.equal(b.event.system, 'tnhs-app-01');
    assert.equal(b.event.attributes?.rows, '120');
  }
});

test('malformed syslog lines are rejected with stable reasons', () => {
  const cases: Array<[string, string]> = [
    ['', 'EMPTY'], ['just text', 'NO_PRI'], ['<192>1 2026-03-02T09:00:00Z h a - - - m', 'BAD_PRI'],
    ['<13>1 yesterday h a - - - m', 'BAD_TIMESTAMP'], ['<13>Foo 2 09:00:00 h a: m', 'BAD_TIMESTAMP'],
    ['<13>1 2027-03-02T09:00:00Z h a - - - m', 'FUTURE_TIMESTAMP'], [`<13>1 2026-03-02T09:00:00Z h a - - - ${'x'.repeat(9000)}`, 'TOO_LONG'],
    ['<13>1 2026-03-02T09:00:00Z h vpn - - - user=bad/user action=connect', 'BAD_USER'],
  ];
  for (const [line, reason] of cases) {
    const r = normaliseSyslogLine(line, env);
    assert.equal(r.ok ? 'ok' : r.reason, reason, line.slice(0, 40));
  }
});

test('JSON items: VPN, sign-in and external mappings, and each rejection reason', () => {
  const v = normaliseJsonItem({ time: '2026-03-02T02:00:00Z', type: 'vpn_connect', user: 'vpn.cb0002', host: 'vpn-dn-01', ip: '203.0.113.8', mfa: false }, env);
  assert.ok(v.ok && v.event.kind === 'auth' && v.event.action === 'vpn_connect' && v.event.source.system === 'vpn-dn-01' && v.event.mfa === false);
  const e = normaliseJsonItem(JSON.stringify({ time: '2026-03-02T02:00:00Z', type: 'case.print', user: 'CB0001', attributes: { pages: 3 } }), env);
  assert.ok(e.ok && e.event.kind === 'external' && e.event.system === 'peer-10.0.0.1' && e.event.attributes?.pages === '3');
  const s = normaliseJsonItem('<134>1 2026-03-02T09:00:00+07:00 app-01 x - - - event=logout user=CB0001', env);
  assert.ok(s.ok && s.event.kind === 'auth' && s.event.action === 'signout');
  const bad: Array<[unknown, string]> = [
    ['{nope', 'BAD_JSON'], [[1, 2], 'NOT_OBJECT'], [{ type: 'signin', user: 'CB0001' }, 'BAD_TIMESTAMP'],
    [{ time: '2026-03-02T02:00:00Z' }, 'MISSING_TYPE'], [{ time: '2026-03-02T02:00:00Z', type: 'signin' }, 'MISSING_USER'],
    [{ time: '2026-03-02T02:00:00Z', type: 'signin', user: 'CB0001', outcome: 'maybe' }, 'BAD_OUTCOME'],
    [{ time: '2026-03-02T02:00:00Z', type: 'signin', user: 'CB0001', ip: 'not-an-ip' }, 'BAD_IP'],
    [{ time: '2026-03-02T02:00:00Z', type: 'signin', user: 'a b' }, 'BAD_USER'],
  ];
  for (const [item, reason] of bad) {
    const r = normaliseJsonItem(item, env);
    assert.equal(r.ok ? 'ok' : r.reason, reason, JSON.stringify(item));
  }
});

test('parseSyslog keeps RFC 3164 in last year when the date would be in the future; key=value handles quotes', () => {
  const jan1 = Date.parse('2027-01-01T00:30:00Z');
  const r = parseSyslog('<13>Dec 31 23:59:00 h app: m', jan1);
  assert.ok('format' in r && new Date(r.time).getUTCFullYear() === 2026);
  assert.deepEqual(parseKeyValues('user="Nguyen Van A" src=1.2.3.4, result=ok'), { user: 'Nguyen Van A', src: '1.2.3.4', result: 'ok' });
});
