/**
 * Keys are registered by one code: posture's older `POST /api/posture/signing-keys` runs auth's registration
 * (same table, same answer, same refusal), and a key registered at `POST /api/auth/signing-keys` signs a
 * posture monthly report.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { createManualClock } from '../platform/clock.ts';
import { createPostureTestApp, type PostureTestApp } from './posture-test-helpers.ts';

const clock = createManualClock('2026-11-10T02:00:00.000Z');
let t: PostureTestApp;
const keyPair = (): { raw: string; sign: (text: string) => string } => {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
  return {
    raw: publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('base64'),
    sign: (text) => crypto.sign(null, Buffer.from(text, 'utf8'), privateKey).toString('base64'),
  };
};

before(async () => {
  t = await createPostureTestApp(clock, { auditLog: true });
  clock.set(new Date('2026-12-02T02:00:00.000Z'));
});
after(async () => {
  await t?.close();
});

test('the posture key route is the auth route: same answer, same table, a bad key refused the same way', async () => {
  const k = keyPair();
  const viaPosture = await t.app.inject({ method: 'POST', url: '/api/posture/signing-keys', headers: t.as('headHn'), payload: { publicKey: k.raw } });
  assert.equal(viaPosture.statusCode, 201, viaPosture.body);
  assert.equal(viaPosture.json().fingerprint, crypto.createHash('sha256').update(Buffer.from(k.raw, 'base64')).digest('hex'));
  const listed = await t.app.inject({ method: 'GET', url: '/api/auth/signing-keys', headers: t.as('headHn') });
  assert.deepEqual(listed.json().map((x: { id: string }) => x.id), [viaPosture.json().id]);
  for (const url of ['/api/posture/signing-keys', '/api/auth/signing-keys']) {
    const bad = await t.app.inject({ method: 'POST', url, headers: t.as('headHn'), payload: { publicKey: 'A'.repeat(44) } });
    assert.equal(bad.json().code, 'KHIEN_AUTH_BAD_SIGNING_KEY', url);
  }
});

test('a key registered at the auth route signs a posture monthly report', async () => {
  clock.set(new Date('2026-12-02T03:00:00.000Z'));
  const k = keyPair();
  const reg = await t.app.inject({ method: 'POST', url: '/api/auth/signing-keys', headers: t.as('headHn'), payload: { publicKey: k.raw } });
  assert.equal(reg.statusCode, 201, reg.body);
  const report = await t.app.inject({ method: 'POST', url: '/api/posture/reports', headers: t.as('officerHn'), payload: { unitId: 'P01', month: '2026-11' } });
  assert.equal(report.statusCode, 201, report.body);
  const detail = (await t.app.inject({ method: 'GET', url: `/api/posture/reports/${report.json().id}`, headers: t.as('headHn') })).json();
  const signed = await t.app.inject({ method: 'POST', url: `/api/posture/reports/${report.json().id}/sign`, headers: t.as('headHn'), payload: { signature: k.sign(detail.canonical) } });
  assert.equal(signed.statusCode, 200, signed.body);
  const v = await t.app.inject({ method: 'GET', url: `/api/posture/reports/${report.json().id}/verify`, headers: t.as('headHn') });
  assert.equal(v.json().signatureValid, true);
});
