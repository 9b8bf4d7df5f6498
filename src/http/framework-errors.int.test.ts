/**
 * Issue 21, defects 3, 4 and the validation half of 8, over the production app: an out-of-range number in a
 * path or query answers 400 (never 500); Fastify's own refusals (malformed URL, over-long parameter, media
 * type, body size, JSON, unknown route) carry the catalogue body (`code`, `message.vi`/`message.en`,
 * `requestId`); validation problems name the field and the allowed values in both languages.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { InjectOptions } from 'fastify';
import crypto from 'node:crypto';
import net from 'node:net';
import { createTestApp, type TestApp } from '../app/test-app.ts';
import { headerActorResolver } from '../app/test-actor.ts';
import type { Actor } from '../actors/context.ts';
import type { StaffActor } from '../actors/staff-actor.ts';

const auditor: StaffActor = {
  type: 'staff', accountId: crypto.randomUUID(), staffId: crypto.randomUUID(), username: 'AUDITOR', unitId: 'VSS',
  provinceCode: null, sessionId: crypto.randomUUID(), deviceId: null, deviceRegistered: true, mfa: true, mustChangePassword: false,
  roles: [{ role: 'auditor', unitId: 'VSS', validUntil: '2099-01-01T00:00:00.000Z' }],
};
let t: TestApp;
const lines: string[] = [];

before(async () => {
  t = await createTestApp({}, undefined, {
    extraResolvers: [headerActorResolver(new Map<string, Actor>([['auditor', auditor]]))],
    logStream: { write: (line: string) => void lines.push(line) },
  });
});
after(async () => {
  await t.close();
});

function assertCatalogue(res: { statusCode: number; body: string }, status: number, code: string, what: string): void {
  assert.equal(res.statusCode, status, `${what}: ${res.body.slice(0, 200)}`);
  const b = JSON.parse(res.body) as { code: string; message: { vi: string; en: string }; requestId: string };
  assert.equal(b.code, code, what);
  assert.ok(b.message.vi.length > 0 && b.message.en.length > 0, what);
  assert.match(b.requestId, /^[0-9a-f-]{36}$/, what);
  assert.deepEqual(Object.keys(b).filter((k) => !['code', 'message', 'requestId', 'details'].includes(k)), [], `${what}: no Fastify fields`);
}

test('an out-of-range sequence number in a path or query is a 400, never a 500', async () => {
  const h = { 'x-test-actor': 'auditor' };
  for (const url of [
    '/api/audit/entries/1e309/proof',
    '/api/audit/entries/9999999999999999999/proof',
    '/api/audit/entries/9007199254740992/proof',
    '/api/audit/entries?before=99999999999999999999',
    '/api/audit/entries?before=1e309',
    '/api/audit/entries.csv?before=9223372036854775808',
    '/api/audit/entries?before=-1e309',
  ]) {
    const res = await t.app.inject({ method: 'GET', url, headers: h });
    assertCatalogue(res, 400, 'KHIEN_COMMON_VALIDATION', url);
    const d = res.json().details as Array<{ field: string; rule: string; limit: number }>;
    const bounded = d.some((x) => x.rule === 'maximum' && x.limit === Number.MAX_SAFE_INTEGER) || d.some((x) => x.rule === 'finite');
    assert.ok(bounded && d.every((x) => /^(params\.seq|querystring\.before)$/.test(x.field)), `${url}: ${JSON.stringify(d)}`);
  }
  // The largest allowed value is a plain not-found.
  const ok = await t.app.inject({ method: 'GET', url: `/api/audit/entries/${Number.MAX_SAFE_INTEGER}/proof`, headers: h });
  assert.equal(ok.statusCode, 404, ok.body);
});

test("Fastify's own refusals carry the catalogue body", async () => {
  const cases: Array<[string, InjectOptions, number, string]> = [
    ['malformed URL', { method: 'GET', url: '/api/audit/entries/%E0%A4%A/proof' }, 400, 'KHIEN_COMMON_BAD_URL'],
    ['over-long parameter', { method: 'GET', url: `/api/audit/entries/${'9'.repeat(150)}/proof` }, 414, 'KHIEN_COMMON_URL_TOO_LONG'],
    ['unknown route', { method: 'GET', url: '/api/nothing-here' }, 404, 'KHIEN_COMMON_ROUTE_NOT_FOUND'],
    ['wrong method', { method: 'DELETE', url: '/api/auth/signin' }, 404, 'KHIEN_COMMON_ROUTE_NOT_FOUND'],
    ['media type', { method: 'POST', url: '/api/auth/signin', payload: '<x/>', headers: { 'content-type': 'application/xml' } }, 415, 'KHIEN_COMMON_UNSUPPORTED_MEDIA'],
    ['invalid JSON', { method: 'POST', url: '/api/auth/signin', payload: '{"username":', headers: { 'content-type': 'application/json' } }, 400, 'KHIEN_COMMON_BAD_JSON'],
    ['empty JSON', { method: 'POST', url: '/api/auth/signin', payload: '', headers: { 'content-type': 'application/json' } }, 400, 'KHIEN_COMMON_BAD_JSON'],
    ['__proto__ key', { method: 'POST', url: '/api/auth/signin', payload: '{"__proto__":{"x":1},"username":"a","password":"b"}', headers: { 'content-type': 'application/json' } }, 400, 'KHIEN_COMMON_BAD_JSON'],
    ['body too large', { method: 'POST', url: '/api/auth/signin', payload: JSON.stringify({ username: 'x'.repeat(1_100_000) }), headers: { 'content-type': 'application/json' } }, 413, 'KHIEN_COMMON_BODY_TOO_LARGE'],
  ];
  for (const [what, req, status, code] of cases) assertCatalogue(await t.app.inject(req), status, code, what);
  // The raw URL never reaches the log (it could hold an identifier).
  assert.ok(!lines.some((l) => l.includes('%E0%A4%A') || l.includes('9'.repeat(150))), 'URL not logged');
});

test('validation problems name the field and the allowed values in Vietnamese and English', async () => {
  const res = await t.app.inject({ method: 'GET', url: '/api/audit/entries?kind=secret&limit=0&from=yesterday', headers: { 'x-test-actor': 'auditor' } });
  assertCatalogue(res, 400, 'KHIEN_COMMON_VALIDATION', 'query');
  const d = res.json().details as Array<{ field: string; rule: string; allowed?: unknown[]; limit?: unknown; message: { vi: string; en: string } }>;
  const kind = d.find((x) => x.field === 'querystring.kind');
  assert.ok(kind, JSON.stringify(d));
  assert.equal(kind.rule, 'enum');
  assert.deepEqual(kind.allowed, ['access', 'auth', 'admin', 'external']);
  assert.equal(kind.message.vi, 'Trường querystring.kind phải là một trong: access, auth, admin, external');
  assert.equal(kind.message.en, 'Field querystring.kind must be one of: access, auth, admin, external');
  assert.equal(d.filter((x) => x.field === 'querystring.kind').length, 1, 'one problem per field, not one per literal');
  const limit = d.find((x) => x.field === 'querystring.limit');
  assert.deepEqual([limit?.rule, limit?.limit, limit?.message.vi], ['minimum', 1, 'Trường querystring.limit phải là số không nhỏ hơn 1']);
  const from = d.find((x) => x.field === 'querystring.from');
  assert.equal(from?.rule, 'format');
  assert.match(from.message.vi, /ngày giờ ISO 8601/);
  assert.ok(!JSON.stringify(d).includes('must be equal to constant'));

  const body = await t.app.inject({ method: 'POST', url: '/api/auth/signin', payload: { username: 'a', password: 'b', totp: '12', extra: 1 } });
  const bd = body.json().details as Array<{ field: string; rule: string; message: { vi: string; en: string } }>;
  assert.deepEqual(bd.map((x) => [x.field, x.rule]).sort(), [['body.extra', 'additionalProperties'], ['body.totp', 'pattern']]);
  const missing = await t.app.inject({ method: 'POST', url: '/api/auth/signin', payload: { password: 'b' } });
  assert.deepEqual(missing.json().details.map((x: { field: string; message: { en: string } }) => [x.field, x.message.en]), [['body.username', 'Field body.username is required']]);
});

/** Sends raw bytes to the listening app and reads the whole answer. */
function raw(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let out = '';
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => (out += d));
    socket.on('end', () => resolve(out));
    socket.on('close', () => resolve(out));
    socket.on('error', reject);
    socket.write(bytes);
  });
}

test("requests Node's HTTP parser refuses carry the catalogue body too, and nothing of them is logged", async () => {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const port = (t.app.server.address() as net.AddressInfo).port;
  const cases: Array<[string, string, number, string]> = [
    ['malformed request line', 'GET /health ZqFzBAD\r\n\r\n', 400, 'KHIEN_COMMON_BAD_REQUEST'],
    ['invalid method', 'ZQFZ@ /health HTTP/1.1\r\nHost: x\r\n\r\n', 400, 'KHIEN_COMMON_BAD_REQUEST'],
    ['invalid header', 'GET /health HTTP/1.1\r\nHost: x\r\nBad Header ZqFz: 1\r\n\r\n', 400, 'KHIEN_COMMON_BAD_REQUEST'],
    ['headers too large', `GET /health HTTP/1.1\r\nHost: x\r\nX-ZqFz: ${'h'.repeat(20_000)}\r\n\r\n`, 431, 'KHIEN_COMMON_HEADERS_TOO_LARGE'],
  ];
  for (const [what, bytes, status, code] of cases) {
    const answer = await raw(port, bytes);
    const [head, ...rest] = answer.split('\r\n\r\n');
    assert.match(head ?? '', new RegExp(`^HTTP/1.1 ${status} `), `${what}: ${answer.slice(0, 120)}`);
    assertCatalogue({ statusCode: status, body: rest.join('\r\n\r\n') }, status, code, what);
  }
  assert.ok(!lines.some((l) => /zqfz/i.test(l)), 'nothing of a refused request in the log');
});

test('every answer carries the security headers: the console, an API answer, an API refusal, an unknown route', async () => {
  for (const url of ['/', '/health', '/api/audit/entries', '/no/such/route']) {
    const res = await t.app.inject({ method: 'GET', url });
    const csp = String(res.headers['content-security-policy'] ?? '');
    assert.match(csp, /default-src 'self'/, `${url}: CSP`);
    assert.match(csp, /script-src 'self'(;|$)/, `${url}: no inline or foreign script`);
    assert.match(csp, /frame-ancestors 'none'|frame-ancestors 'self'/, `${url}: framing`);
    assert.equal(res.headers['x-content-type-options'], 'nosniff', url);
    assert.match(String(res.headers['strict-transport-security'] ?? ''), /max-age=\d+/, url);
    assert.equal(res.headers['x-powered-by'], undefined, url);
  }
});
