/**
 * Test helpers: builders of synthetic events and a detector harness collecting detections. Used by the
 * rule tests and the benchmark; never by production code.
 */
import crypto from 'node:crypto';
import type { AccessEvent, AuthEvent, KhienEvent } from '../events/types.ts';
import { createManualClock } from '../platform/clock.ts';
import { createMemoryContext, type AccountFacts, type MemoryContext } from './context.ts';
import { createDetector, type Detector } from './detector.ts';
import { defaultIpPrefixes } from './province-geo.ts';
import type { Detection, RuleDefinition, RuleParams } from './rule.ts';
import { createBaselineStore, type BaselineOptions } from './baselines.ts';

/** A Monday 10:00 in Hà Nội (03:00 UTC), a working day. */
export const WORKDAY_10AM = Date.parse('2026-03-02T03:00:00.000Z');

/** Time helper: base + minutes. */
export function at(minutes: number, base = WORKDAY_10AM): string {
  return new Date(base + minutes * 60_000).toISOString();
}

/**
 * Builds an access event by a staff account.
 *
 * @param accountId - the actor
 * @param time - ISO time
 * @param over - fields to override
 * @returns the event
 */
export function accessEvent(accountId: string, time: string, over: Partial<AccessEvent> = {}): AccessEvent {
  return {
    id: crypto.randomUUID(),
    kind: 'access',
    time,
    requestId: null,
    source: { ip: '10.1.0.10', userAgent: 'Mozilla/5.0 (Windows NT 10.0) Chrome/130', deviceId: `dev-${accountId}`, deviceRegistered: true, system: 'khien' },
    actor: { type: 'staff', accountId, unitId: 'P01-L1', provinceCode: '01', roles: ['staff'], sessionId: `s-${accountId}` },
    action: 'view',
    resource: 'person',
    subjects: [crypto.randomUUID()],
    categories: ['identity'],
    fields: ['fullName'],
    purpose: 'contribution_collection',
    grant: { type: 'assignment', id: 'asg-1' },
    outcome: 'allow',
    reason: 'ALLOW_ASSIGNMENT',
    ...over,
  };
}

/**
 * Builds a sign-in (or other auth) event.
 *
 * @param accountId - the account (null for an unknown username)
 * @param time - ISO time
 * @param over - fields to override
 * @returns the event
 */
export function authEvent(accountId: string | null, time: string, over: Partial<AuthEvent> = {}): AuthEvent {
  return {
    id: crypto.randomUUID(),
    kind: 'auth',
    time,
    source: { ip: '10.1.0.10', userAgent: 'Mozilla/5.0 Chrome/130', deviceId: accountId ? `dev-${accountId}` : null, deviceRegistered: true, system: 'khien' },
    action: 'signin',
    accountId,
    username: accountId ? `CB${accountId.slice(0, 6).toUpperCase()}` : 'CBUNKNOWN',
    outcome: 'success',
    reason: 'OK',
    sessionId: accountId ? `s-${accountId}` : null,
    mfa: true,
    unitId: 'P01-L1',
    provinceCode: '01',
    ...over,
  };
}

/** Account facts with defaults (an active staff member of a Hà Nội local office). */
export function accountFacts(accountId: string, over: Partial<AccountFacts> = {}): AccountFacts {
  return {
    accountId,
    username: `CB${accountId.slice(0, 6).toUpperCase()}`,
    accountStatus: 'active',
    hrStatus: 'active',
    unitId: 'P01-L1',
    unitKind: 'local',
    provinceCode: '01',
    roles: ['staff'],
    lastActiveAt: null,
    ...over,
  };
}

/** A detector over an in-memory context, collecting detections. */
export interface Harness {
  readonly context: MemoryContext;
  readonly detector: Detector;
  readonly hits: Detection[];
  /** Feeds events and waits a tick for asynchronous rules. */
  feed(...events: KhienEvent[]): Promise<Detection[]>;
  /** Detections of one rule. */
  of(ruleId: string): Detection[];
}

/**
 * Creates a harness.
 *
 * @param rules - rules to run
 * @param params - parameter overrides
 * @param baseline - baseline options (warm-up)
 * @returns the harness
 */
export function createHarness(rules: readonly RuleDefinition[], params: Record<string, RuleParams> = {}, baseline: Partial<BaselineOptions> = {}): Harness {
  const context = createMemoryContext({ ipPrefixes: defaultIpPrefixes() });
  const hits: Detection[] = [];
  const detector = createDetector({
    rules,
    params,
    context,
    clock: createManualClock(),
    onAlert: (d) => hits.push(d),
    baselines: createBaselineStore(baseline),
  });
  return {
    context,
    detector,
    hits,
    async feed(...events) {
      const before = hits.length;
      for (const e of events) detector.process(e);
      await new Promise((r) => setImmediate(r));
      return hits.slice(before);
    },
    of: (id) => hits.filter((h) => h.ruleId === id),
  };
}
