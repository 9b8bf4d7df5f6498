/**
 * The set-up both tests of the example application share: Khiên (test app) listening on a loopback port with
 * its public URL set to it (the SSO issuer is derived from it), a central security admin, a clerk of province 01
 * with an assignment (contribution collection, identity and employment, province 01, search and view), one person
 * inside it (Hà Nội) and one outside (HCMC), and the application's own synthetic copy of both.
 */
import crypto from 'node:crypto';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../src/app/test-app.ts';
import type { KhienApp } from '../../src/app/app-services.ts';
import { headerActorResolver } from '../../src/app/test-actor.ts';
import type { Actor } from '../../src/actors/context.ts';
import { systemClock, type Clock } from '../../src/platform/clock.ts';
import { createStaffWithSession, type StaffWithSession } from '../../src/auth/test-support.ts';
import { seedPerson, type SeededPerson } from '../../src/access/access-test-support.ts';
import { freePort } from '../../src/access/sso-test-support.ts';
import { auditEntries } from '../../src/audit/audit.schema.ts';
import type { SyntheticPerson } from './app.ts';

/** An access entry of the audit log with its event parsed. */
export interface ExampleAccessEntry {
  readonly subjectIds: readonly string[];
  readonly outcome: string | null;
  readonly accountId: string | null;
  readonly event: { readonly source: { readonly system: string; readonly systemName?: string }; readonly reason: string };
}

/** Khiên as the example application's tests see it. */
export interface ExampleKhien {
  readonly app: KhienApp;
  /** Where Khiên listens (also its public URL). */
  readonly url: string;
  readonly admin: StaffWithSession;
  /** Assignment: contribution collection, province 01. */
  readonly clerk: StaffWithSession;
  /** Hà Nội: inside the assignment. */
  readonly a: SeededPerson;
  /** HCMC: outside it. */
  readonly b: SeededPerson;
  /** The application's own copy, keyed by the same social insurance numbers as Khiên's registry. */
  readonly people: SyntheticPerson[];
  /** Registers a business system as the admin; returns its id and credential. */
  register(name: string, displayName: string): Promise<{ systemId: string; credential: string }>;
  /** The access entries recorded for a business system, in order. */
  accessEntries(system: string): Promise<ExampleAccessEntry[]>;
  /** The application names person `a` sees in their own access history. */
  namesSeenByA(): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * Starts Khiên for the example application's tests.
 *
 * @param opts - `documentNo`: the assignment's decision number; `clock`: Khiên's clock (the system's by default)
 * @returns Khiên, listening
 */
export async function startExampleKhien(opts: { documentNo: string; clock?: Clock }): Promise<ExampleKhien> {
  const clock = opts.clock ?? systemClock;
  const hours = (h: number): string => new Date(clock.now().getTime() + h * 3_600_000).toISOString();
  const actors = new Map<string, Actor>();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const t: TestApp = await createTestApp({ publicUrl: url, port, host: '127.0.0.1' }, opts.clock, { extraResolvers: [headerActorResolver(actors)] });
  const k = t.app;
  const admin = await createStaffWithSession(k, { unitId: 'VSS-CNTT', roles: [{ role: 'central_security_admin' }] });
  const head = await createStaffWithSession(k, { unitId: 'P01', roles: [{ role: 'unit_head' }] });
  const clerk = await createStaffWithSession(k, { unitId: 'P01-L1' });
  const a = await seedPerson(k.khien.database.db, { provinceCode: '01', communeCode: '01001' });
  const b = await seedPerson(k.khien.database.db, { provinceCode: '79', communeCode: '79001' });
  const res = await k.inject({
    method: 'POST', url: '/api/access/assignments', headers: head.headers,
    payload: {
      documentNo: opts.documentNo, documentDate: hours(-48).slice(0, 10), assigneeAccountId: clerk.accountId, purpose: 'contribution_collection',
      categories: ['identity', 'employment'], scope: { provinces: ['01'] }, actions: ['search', 'view'], validFrom: hours(-1), validUntil: hours(24 * 30),
    },
  });
  assert.equal(res.statusCode, 201, res.body);
  await k.khien.detect.context.refresh?.();
  const people = [a, b].map((p, i) => ({
    socialInsuranceNo: p.socialInsuranceNo, name: `Người tham gia ${i + 1} (tổng hợp)`,
    periods: [{ from: '2021-01', to: null, employer: 'Công ty TNHH Ví Dụ (tổng hợp)', salary: 7_500_000 + i }],
  }));
  await k.listen({ port, host: '127.0.0.1' });
  actors.set('person-a', { type: 'citizen', personId: a.id, subject: 'vneid-a', sessionId: crypto.randomUUID() });
  return {
    app: k, url, admin, clerk, a, b, people,
    async register(name, displayName) {
      const r = await k.inject({ method: 'POST', url: '/api/access/systems', headers: admin.headers, payload: { name, displayName } });
      assert.equal(r.statusCode, 201, r.body);
      return r.json<{ systemId: string; credential: string }>();
    },
    async accessEntries(system) {
      return (await k.khien.database.db.select().from(auditEntries).where(eq(auditEntries.kind, 'access')))
        .map((e) => ({ ...e, event: JSON.parse(e.body) as ExampleAccessEntry['event'] }))
        .filter((e) => e.event.source.system === system);
    },
    async namesSeenByA() {
      const r = await k.inject({ method: 'GET', url: '/api/citizen/me/accesses', headers: { 'x-test-actor': 'person-a' } });
      assert.equal(r.statusCode, 200, r.body);
      return r.json<{ items: Array<{ application: { name: string | null } | null }> }>().items.map((i) => i.application?.name ?? '');
    },
    close: () => t.close(),
  };
}
