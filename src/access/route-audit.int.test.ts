import crypto from 'node:crypto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp } from '../app/test-app.ts';
import { headerActorResolver } from '../app/test-actor.ts';
import type { Actor } from '../actors/context.ts';
import { createManualClock } from '../platform/clock.ts';
import { createMemoryRecorder } from '../events/memory-recorder.ts';
import type { AccessEvent } from '../events/types.ts';
import { DATA_CATEGORIES } from '../events/types.ts';
import { ROLES } from '../actors/roles.ts';
import { PROVINCES } from '../registry/reference.ts';
import { createStaffWithSession } from '../auth/test-support.ts';
import { makeStaffActor, seedPerson } from './access-test-support.ts';

/** Every (method, path) of the built app, read from Fastify's route tree. */
function allRoutes(tree: string): Array<{ method: string; url: string }> {
  const out: Array<{ method: string; url: string }> = [];
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    const m = /^([\s│]*)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    const full = (stack[depth - 1] ?? '') + m[2]!;
    stack[depth] = full;
    stack.length = depth + 1;
    for (const method of (m[3] ?? '').split(',').map((s) => s.trim()).filter(Boolean)) out.push({ method, url: full.startsWith('/') ? full : `/${full}` });
  }
  return out;
}

test('every route that returns registry data decides, records, and no route leaks a person without a record', async (t) => {
  const clock = createManualClock('2026-06-15T03:00:00.000Z');
  const recorder = createMemoryRecorder();
  const actors = new Map<string, Actor>();
  const { app, close } = await createTestApp({}, clock, { recorder, extraResolvers: [headerActorResolver(actors)] });
  t.after(close);
  const access = app.khien.access;
  const person = await seedPerson(app.khien.database.db, { provinceCode: '01' });

  // The most privileged reader imaginable: every role on the agency root and an assignment over every province.
  const head = await createStaffWithSession(app, { unitId: 'VSS', roles: [{ role: 'unit_head' }] });
  const reader = await createStaffWithSession(app, { unitId: 'P01' });
  actors.set('head', makeStaffActor({ accountId: head.accountId, unitId: 'VSS', roleNames: ['unit_head'] }));
  actors.set('all', makeStaffActor({ accountId: reader.accountId, unitId: 'P01', roles: ROLES.map((role) => ({ role, unitId: 'VSS', validUntil: '2099-01-01T00:00:00.000Z' })) }));
  const res = await app.inject({
    method: 'POST', url: '/api/access/assignments', headers: { 'x-test-actor': 'head' },
    payload: {
      documentNo: '1/QĐ', documentDate: '2026-06-01', assigneeAccountId: reader.accountId, purpose: 'benefit_settlement',
      categories: [...DATA_CATEGORIES], scope: { provinces: PROVINCES.map((p) => p.code) }, actions: ['search', 'view', 'update', 'export'],
      validFrom: '2026-06-15T00:00:00.000Z', validUntil: '2026-09-01T00:00:00.000Z',
    },
  });
  assert.equal(res.statusCode, 201, res.body);

  // A small export (at or under the threshold: approved at once) so that its download route has a real id.
  const exp = await app.inject({
    method: 'POST', url: '/api/access/exports', headers: { 'x-test-actor': 'all' },
    payload: { personIds: [person.id], purpose: 'benefit_settlement', categories: ['identity'], format: 'csv', recipientName: 'Kiểm tra tuyến', reason: 'Kiểm tra mọi tuyến đường' },
  });
  assert.equal(exp.statusCode, 201, exp.body);
  const exportId = exp.json<{ id: string }>().id;

  // An agreement and key so that the external lookup route is exercised as an organisation.
  actors.set('admin', makeStaffActor({ accountId: head.accountId, unitId: 'VSS', roleNames: ['central_security_admin'] }));
  const ag = await app.inject({
    method: 'POST', url: '/api/access/agreements', headers: { 'x-test-actor': 'admin' },
    payload: { organisation: 'Cục Thuế', legalBasis: 'Thỏa thuận thử nghiệm', purpose: 'benefit_settlement', categories: ['identity'], dailyRecordLimit: 100, ratePerMinute: 100, validFrom: '2026-06-01T00:00:00.000Z', validUntil: '2026-07-01T00:00:00.000Z' },
  });
  assert.equal(ag.statusCode, 201, ag.body);
  const apiKey = (await app.inject({ method: 'POST', url: `/api/access/agreements/${ag.json<{ id: string }>().id}/keys`, headers: { 'x-test-actor': 'admin' } })).json<{ key: string }>().key;

  const declared = access.routes.filter((r) => r.personalData && r.method !== 'HEAD');
  assert.ok(declared.length >= 7, 'the registry API declares its routes');
  const routes = allRoutes(app.printRoutes({ commonPrefix: false })).filter((r) => !['HEAD', 'OPTIONS'].includes(r.method) && !r.url.startsWith('/docs') && r.url !== '/openapi.json');
  t.diagnostic(`${routes.length} routes exercised, ${declared.length} declare personal data`);
  assert.ok(routes.length > declared.length + 10, 'the route tree was read');
  for (const d of declared) assert.ok(routes.some((r) => r.method === d.method && r.url === d.url), `${d.method} ${d.url} in the route tree`);

  const bodies: Record<string, unknown> = {};
  const secrets = [person.personalId, person.socialInsuranceNo, person.phone, person.street, person.fullName, person.cardCode];
  let decisions = 0;
  access.onDecision(() => {
    decisions += 1;
  });
  const bodiesInit: Record<string, unknown> = {
    '/api/registry/search': { purpose: 'benefit_settlement', personalId: person.personalId },
    '/api/registry/persons/:personId/unmask': { purpose: 'benefit_settlement', field: 'phone', justification: 'Kiểm tra tuyến đường' },
    '/api/registry/persons/:personId/contact': { purpose: 'benefit_settlement', reason: 'Kiểm tra tuyến đường', street: person.street },
  };
  // `/docs` and `/openapi.json` serve the API description (covered by the health test), never registry data.
  Object.assign(bodies, bodiesInit, { '/api/external/persons/lookup': { purpose: 'benefit_settlement', personalId: person.personalId } });
  for (const route of routes) {
    const url = route.url.replace(':personId', person.id).replace('/exports/:id', `/exports/${exportId}`).replace(/:[A-Za-z]+/g, crypto.randomUUID()).replace('*', 'x');
    const before = { decisions, events: recorder.events.length };
    const r = await app.inject({
      method: route.method as 'GET',
      url: `${url}${url.includes('?') ? '&' : '?'}purpose=benefit_settlement`,
      headers: route.url.startsWith('/api/external') ? { 'x-api-key': apiKey } : { 'x-test-actor': 'all' },
      ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: (bodies[route.url] ?? {}) as Record<string, unknown> }),
    });
    const label = `${route.method} ${route.url}`;
    assert.notEqual(r.statusCode, 500, `${label}: ${r.body}`);
    const events = recorder.events.slice(before.events).filter((e): e is AccessEvent => e.kind === 'access');
    if (declared.some((d) => d.method === route.method && d.url === route.url)) {
      assert.ok(decisions > before.decisions, `${label} calls decide`);
      assert.ok(events.length >= 1, `${label} records an access event`);
      assert.equal(r.statusCode, 200, `${label}: ${r.body}`);
    }
    const leaked = secrets.filter((s) => r.body.includes(s));
    if (leaked.length > 0) {
      assert.ok(events.some((e) => e.outcome === 'allow' && e.subjects.includes(person.id)), `${label} returned personal data without an access event`);
    }
  }
});
