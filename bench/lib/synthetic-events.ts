/**
 * Synthetic events in the shared event types (src/events/types.ts), made fast and deterministically for the
 * audit and detector benchmarks: staff reading persons within working hours, sign-ins, the odd denial, admin
 * act and log line from another system. All identifiers are synthetic.
 */
import type { AccessEvent, AuthEvent, ExternalEvent, KhienEvent } from '../../src/events/types.ts';
import { prng } from './scoped-policy.ts';
import { itemAt, pickItem } from '../../src/platform/arrays.ts';

/** A deterministic UUID-shaped id from a namespace number and a counter. */
export function syntheticId(namespace: number, n: number): string {
  return `${namespace.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** Recovers the counter of a {@link syntheticId}. */
export function counterOf(id: string): number {
  return Number.parseInt(id.slice(24), 16);
}

/** Namespaces of synthetic ids. */
export const NS = { event: 0xe0, account: 0xacc, person: 0x9e, device: 0xde, session: 0x5e, request: 0x4e, assignment: 0xa55 } as const;

/** A staff account of the synthetic population. */
export interface SyntheticAccount {
  readonly accountId: string;
  readonly username: string;
  readonly unitId: string;
  readonly provinceCode: string;
  readonly deviceId: string;
  readonly ip: string;
}

/** Province codes (2025) used by the population. */
export const PROVINCE_CODES: readonly string[] = [
  '01', '04', '08', '11', '12', '14', '15', '19', '20', '22', '24', '25', '31', '33', '37', '38', '40',
  '42', '44', '46', '48', '51', '52', '56', '66', '68', '75', '79', '80', '82', '86', '91', '92', '96',
];

/**
 * Builds the staff population.
 *
 * @param count - accounts
 * @returns the accounts
 */
export function syntheticAccounts(count: number): SyntheticAccount[] {
  return Array.from({ length: count }, (_, i) => {
    const provinceCode = itemAt(PROVINCE_CODES, i % PROVINCE_CODES.length);
    return {
      accountId: syntheticId(NS.account, i),
      username: `CB${String(i).padStart(6, '0')}`,
      unitId: `P${provinceCode}-L${1 + (i % 4)}`,
      provinceCode,
      deviceId: syntheticId(NS.device, i),
      ip: `10.${Number(provinceCode)}.${(i >> 8) & 255}.${i & 255}`,
    };
  });
}

const PURPOSES = ['contribution_collection', 'benefit_settlement', 'card_issuance', 'registration_correction'] as const;
const USER_AGENT = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

/** Options of {@link createEventStream}. */
export interface StreamOptions {
  readonly accounts: readonly SyntheticAccount[];
  /** Size of the person id space. */
  readonly persons: number;
  /** Event time of the first event (epoch ms). */
  readonly startMs: number;
  /** Mean event-time gap between consecutive events (ms). */
  readonly meanGapMs: number;
  readonly seed?: number;
}

/** Produces events one at a time. */
export interface EventStream {
  /** The next ordinary event. */
  next(): KhienEvent;
  /** Event time of the last event produced (epoch ms). */
  readonly nowMs: number;
  /** Sequence number of the next event. */
  readonly seq: number;
  /** An access event with chosen fields (scenarios). */
  access(account: SyntheticAccount, over: Partial<AccessEvent>): AccessEvent;
}

/**
 * Creates a stream of ordinary activity: 88% allowed reads and searches, 3% denials, 7% sign-ins
 * (2% of them failures), 1% admin acts and 1% log lines from other systems. Event time advances by
 * exponential gaps within working hours (08:00–17:00 in Vietnam, weekdays); nights and weekends are skipped.
 *
 * @param opts - population, time base, seed
 * @returns the stream
 */
export function createEventStream(opts: StreamOptions): EventStream {
  const rnd = prng(opts.seed ?? 42);
  let t = opts.startMs;
  let seq = 0;
  const iso = (ms: number): string => new Date(ms).toISOString();
  const advance = (): void => {
    t += Math.max(1, Math.round(-Math.log(1 - rnd()) * opts.meanGapMs));
    // Working hours 08:00–17:00 ICT = 01:00–10:00 UTC; skip to the next working morning otherwise.
    const d = new Date(t);
    const h = d.getUTCHours();
    if (h >= 10 || h < 1 || d.getUTCDay() === 0 || d.getUTCDay() === 6) {
      const next = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + (h >= 1 ? 1 : 0), 1, 0, 0));
      while (next.getUTCDay() === 0 || next.getUTCDay() === 6) next.setUTCDate(next.getUTCDate() + 1);
      t = next.getTime() + Math.floor(rnd() * 60_000);
    }
  };
  const access = (a: SyntheticAccount, over: Partial<AccessEvent>): AccessEvent => ({
    id: syntheticId(NS.event, seq++),
    kind: 'access',
    time: iso(t),
    requestId: syntheticId(NS.request, seq),
    source: { ip: a.ip, userAgent: USER_AGENT, deviceId: a.deviceId, deviceRegistered: true, system: 'khien' },
    actor: { type: 'staff', accountId: a.accountId, unitId: a.unitId, provinceCode: a.provinceCode, roles: ['staff'], sessionId: syntheticId(NS.session, counterOf(a.accountId)) },
    action: 'view',
    resource: 'person',
    subjects: [syntheticId(NS.person, Math.floor(rnd() * opts.persons))],
    categories: ['identity', 'contact', 'address'],
    fields: ['fullName', 'personalId', 'dateOfBirth', 'phone', 'street', 'communeCode'],
    purpose: pickItem(PURPOSES, rnd()),
    grant: { type: 'assignment', id: syntheticId(NS.assignment, counterOf(a.accountId)), version: 1 },
    outcome: 'allow',
    reason: 'ALLOW_ASSIGNMENT',
    ...over,
  });
  const next = (): KhienEvent => {
    advance();
    const a = pickItem(opts.accounts, rnd());
    const r = rnd();
    if (r < 0.78) return access(a, {});
    if (r < 0.88) {
      const tail = String(Math.floor(rnd() * 10000)).padStart(4, '0');
      return access(a, { action: 'search', resource: 'search', categories: ['identity'], fields: ['fullName'], lookup: { by: 'personal_id', tail } });
    }
    if (r < 0.91) return access(a, { outcome: 'deny', reason: 'DENY_OUT_OF_SCOPE', grant: null, subjects: [], categories: [], fields: [] });
    if (r < 0.98) {
      const ok = rnd() > 0.02;
      const e: AuthEvent = {
        id: syntheticId(NS.event, seq++),
        kind: 'auth',
        time: iso(t),
        source: { ip: a.ip, userAgent: USER_AGENT, deviceId: a.deviceId, deviceRegistered: true, system: 'khien' },
        action: 'signin',
        accountId: a.accountId,
        username: a.username,
        outcome: ok ? 'success' : 'failure',
        reason: ok ? 'OK' : 'BAD_PASSWORD',
        sessionId: ok ? syntheticId(NS.session, counterOf(a.accountId)) : null,
        mfa: ok,
        unitId: a.unitId,
        provinceCode: a.provinceCode,
      };
      return e;
    }
    if (r < 0.99) {
      return {
        id: syntheticId(NS.event, seq++),
        kind: 'admin',
        time: iso(t),
        source: { ip: a.ip, system: 'khien' },
        actor: { type: 'staff', accountId: a.accountId, unitId: a.unitId, provinceCode: a.provinceCode, roles: ['unit_head'] },
        action: 'assignment.create',
        target: { type: 'assignment', id: syntheticId(NS.assignment, seq) },
        outcome: 'success',
      };
    }
    const ext: ExternalEvent = {
      id: syntheticId(NS.event, seq++),
      kind: 'external',
      time: iso(t),
      source: { ip: a.ip, system: 'tms' },
      system: 'tms',
      eventType: 'record.view',
      accountName: a.username,
      outcome: 'success',
      message: 'record viewed',
    };
    return ext;
  };
  return {
    next,
    access: (a, over) => access(a, over),
    get nowMs() {
      return t;
    },
    get seq() {
      return seq;
    },
  };
}
