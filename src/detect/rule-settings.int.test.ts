/**
 * Detection rule settings over the production app (issue 13, item 5): 401/403/400 first, then a threshold
 * change and a switch-off by the central security admin, stored and recorded with before/after and reason.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { createTestApp, type TestApp } from '../app/test-app.ts';
import { headerActorResolver } from '../app/test-actor.ts';
import type { Actor } from '../actors/context.ts';
import type { StaffActor } from '../actors/staff-actor.ts';
import type { Role } from '../actors/roles.ts';
import { createManualClock } from '../platform/clock.ts';
import { createMemoryRecorder } from '../events/memory-recorder.ts';
import { loadRuleOverrides, runningRuleSettings, validateOverrides } from './rule-settings.ts';

const clock = createManualClock('2026-03-02T02:00:00.000Z');
function staff(roles: Array<[Role, string]>): StaffActor {
  return {
    type: 'staff', accountId: crypto.randomUUID(), staffId: crypto.randomUUID(), username: 'X', unitId: roles[0]![1],
    provinceCode: null, sessionId: crypto.randomUUID(), deviceId: null, deviceRegistered: true, mfa: true, mustChangePassword: false,
    roles: roles.map(([role, unitId]) => ({ role, unitId, validUntil: '2027-01-01T00:00:00.000Z' })),
  };
}
const actors = new Map<string, Actor>([
  ['officer', staff([['security_officer', 'P01']])],
  ['central', staff([['central_security_admin', 'VSS']])],
  ['auditor', staff([['auditor', 'VSS']])],
]);
const recorder = createMemoryRecorder();
let t: TestApp;
before(async () => {
  t = await createTestApp({}, clock, { recorder, extraResolvers: [headerActorResolver(actors)] });
});
after(async () => {
  await t.close();
});
const call = (method: 'GET' | 'PUT', url: string, actor?: string, payload?: unknown) =>
  t.app.inject({ method, url, headers: actor ? { 'x-test-actor': actor } : {}, ...(payload ? { payload } : {}) });

test('validateOverrides keeps known keys of the same type that differ from the defaults', () => {
  const d = { threshold: 50, windowMinutes: 10, ratio: 0.5, on: true, list: ['a'] };
  assert.deepEqual(validateOverrides(d, { threshold: 20, windowMinutes: 10 }), { threshold: 20 });
  for (const bad of [{ nope: 1 }, { threshold: -1 }, { threshold: 2.5 }, { threshold: '20' }, { on: 1 }, { list: 'a' }]) {
    assert.throws(() => validateOverrides(d, bad as never), /KHIEN_DETECTRULES_BAD_PARAM/);
  }
});

test('rule settings: refusals first, then a recorded threshold change and switch-off', async () => {
  assert.equal((await call('GET', '/api/detect/rule-settings')).statusCode, 401);
  assert.equal((await call('GET', '/api/detect/rule-settings', 'auditor')).statusCode, 403);
  const list = (await call('GET', '/api/detect/rule-settings', 'officer')).json<Array<{ id: string; defaults: Record<string, unknown>; enabled: boolean }>>();
  assert.ok(list.length >= 20);
  const rule = list.find((r) => Object.values(r.defaults).some((v) => typeof v === 'number' && Number.isInteger(v)))!;
  const key = Object.entries(rule.defaults).find(([, v]) => typeof v === 'number' && Number.isInteger(v))![0];
  const value = (rule.defaults[key] as number) + 7;
  const body = { enabled: false, params: { [key]: value }, reason: 'Giảm báo động nhầm dịp Tết' };
  assert.equal((await call('PUT', `/api/detect/rule-settings/${rule.id}`, 'officer', body)).statusCode, 403);
  assert.equal((await call('PUT', `/api/detect/rule-settings/KHIEN-R999`, 'central', body)).json().code, 'KHIEN_DETECTRULES_RULE_NOT_FOUND');
  const bad = await call('PUT', `/api/detect/rule-settings/${rule.id}`, 'central', { ...body, params: { nope: 1 } });
  assert.equal(bad.statusCode, 400);
  assert.equal(bad.json().code, 'KHIEN_DETECTRULES_BAD_PARAM');
  assert.equal((await call('PUT', `/api/detect/rule-settings/${rule.id}`, 'central', { ...body, reason: '' })).statusCode, 400);
  assert.equal(recorder.events.filter((e) => e.kind === 'admin' && e.action === 'detect.rule_settings').length, 0, 'nothing recorded for refusals');

  const ok = await call('PUT', `/api/detect/rule-settings/${rule.id}`, 'central', body);
  assert.equal(ok.statusCode, 200, ok.body);
  assert.deepEqual([ok.json().enabled, ok.json().overrides[key]], [false, value]);
  const events = recorder.events.filter((e) => e.kind === 'admin' && e.action === 'detect.rule_settings');
  assert.equal(events.length, 1);
  assert.deepEqual((events[0] as { after: unknown }).after, { enabled: false, params: { [key]: value } });
  assert.equal((events[0] as { reason: string }).reason, body.reason);
  const saved = await loadRuleOverrides(t.app.khien.database.db);
  assert.deepEqual(saved.params[rule.id], { [key]: value });
  assert.ok(saved.disabled.has(rule.id));
});

test('saved settings are what a node starting on the database runs: switched-off rules left out, thresholds applied, stale overrides dropped', async () => {
  const db = t.app.khien.database.db;
  const on = (await call('GET', '/api/detect/rule-settings', 'central')).json<Array<{ id: string; defaults: Record<string, unknown>; enabled: boolean }>>().filter((r) => r.enabled);
  const rule = on.find((r) => Object.values(r.defaults).some((v) => typeof v === 'number' && Number.isInteger(v)))!;
  const key = Object.entries(rule.defaults).find(([, v]) => typeof v === 'number' && Number.isInteger(v))![0];
  const value = (rule.defaults[key] as number) + 3;
  assert.equal((await call('PUT', `/api/detect/rule-settings/${rule.id}`, 'central', { enabled: true, params: { [key]: value }, reason: 'Ngưỡng mới' })).statusCode, 200);
  const { detectRuleSettings } = await import('./rule-settings.schema.ts');
  const { eq } = await import('drizzle-orm');
  // An override saved by an earlier version (a parameter the rule no longer has) must not stop a node.
  await db.update(detectRuleSettings).set({ params: JSON.stringify({ [key]: value, removedParam: 5 }) }).where(eq(detectRuleSettings.ruleId, rule.id));
  const dropped: string[] = [];
  const running = await runningRuleSettings(db, (d) => dropped.push(...d));
  assert.deepEqual(running.params[rule.id], { [key]: value });
  assert.deepEqual(dropped, [`${rule.id}.removedParam`]);
  const off = (await loadRuleOverrides(db)).disabled;
  assert.ok(off.size >= 1, 'the previous test switched a rule off');
  for (const id of off) assert.ok(!running.rules.some((r) => r.id === id), `${id} is switched off`);
  // A detector built from them runs the new threshold.
  const { createDetector } = await import('./detector.ts');
  const { createMemoryContext } = await import('./context.ts');
  const detector = createDetector({ rules: running.rules, params: running.params, context: createMemoryContext(), clock, onAlert: () => {} });
  assert.equal(detector.rules.find((r) => r.rule.id === rule.id)?.params[key], value);
});
