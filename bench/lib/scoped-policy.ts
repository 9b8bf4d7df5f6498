/**
 * One scoped-role policy, so that Khiên's `decide` can be compared with casbin and Cedar on the same work: an
 * assignment lets one staff account perform some actions on some data categories of persons living in some
 * provinces or communes, for one purpose, between two instants (end exclusive).
 *
 *  - `oracle` is the specification in ten lines of plain code (the equivalence test's referee);
 *  - `decide` is Khiên's real decision over its real in-memory grant store (`src/access/`), here;
 *  - casbin, RBAC with domains: bench/lib/casbin-scoped.ts;
 *  - Cedar, one policy over sliced principal entities: bench/lib/cedar-scoped.ts.
 *
 * Requests use record kinds whose required category is one category (person → identity, participation →
 * employment, card → health_insurance) and the actions view / update / export, so each request asks for
 * exactly one (account, action, category, province, commune, purpose, time) tuple in every engine.
 */
import { decide } from '../../src/access/decide.ts';
import { createGrantStore, type GrantStore } from '../../src/access/grant-store.ts';
import type { AccessResource, AssignmentAction, DecisionEnv, IndexedAssignment, RecordKind } from '../../src/access/decision-types.ts';
import { BUILTIN_PURPOSES } from '../../src/access/purposes.ts';
import type { StaffActor } from '../../src/actors/staff-actor.ts';
import type { DataCategory } from '../../src/events/types.ts';
import { itemAt, pickItem } from '../../src/platform/arrays.ts';

/** An assignment in the bench's neutral form (times in epoch ms). */
export interface ScopedAssignment {
  readonly id: string;
  readonly accountId: string;
  readonly purpose: string;
  readonly categories: readonly DataCategory[];
  readonly actions: readonly AssignmentAction[];
  readonly provinces: readonly string[];
  readonly communes: readonly string[];
  readonly validFrom: number;
  readonly validUntil: number;
}

/** A request in the bench's neutral form. */
export interface ScopedRequest {
  readonly accountId: string;
  readonly action: Exclude<AssignmentAction, 'search'>;
  readonly record: Exclude<RecordKind, 'household'>;
  readonly provinceCode: string;
  readonly communeCode: string;
  readonly purpose: string;
  readonly now: number;
}

const CATEGORIES: readonly DataCategory[] = ['identity', 'contact', 'address', 'employment', 'health_insurance', 'benefits', 'sensitive'];
const ACTIONS: readonly AssignmentAction[] = ['search', 'view', 'update', 'export'];
const REQUEST_ACTIONS: readonly ScopedRequest['action'][] = ['view', 'update', 'export'];
const RECORDS: readonly ScopedRequest['record'][] = ['person', 'participation', 'card'];
const PURPOSES: readonly string[] = BUILTIN_PURPOSES.map((p) => p.code);
/** 2025 province codes (34 provinces). */
const PROVINCES: readonly string[] = [
  '01', '04', '08', '11', '12', '14', '15', '19', '20', '22', '24', '25', '31', '33', '37', '38', '40',
  '42', '44', '46', '48', '51', '52', '56', '66', '68', '75', '79', '80', '82', '86', '91', '92', '96',
];
const DAY = 86_400_000;
/** The instant requests are made around (fixed, so runs are reproducible). */
export const BASE_NOW = Date.UTC(2026, 10, 21, 9, 0, 0);

/** The category a record kind needs (as in `requiredCategory` of decide.ts). */
export function categoryOf(record: ScopedRequest['record']): DataCategory {
  return record === 'person' ? 'identity' : record === 'participation' ? 'employment' : 'health_insurance';
}

/** Deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rnd: () => number, xs: readonly T[]): T {
  return pickItem(xs, rnd());
}

function subset<T>(rnd: () => number, xs: readonly T[], min: number, max: number): T[] {
  const n = min + Math.floor(rnd() * (max - min + 1));
  const copy = [...xs];
  const out: T[] = [];
  while (out.length < n && copy.length > 0) out.push(itemAt(copy.splice(Math.floor(rnd() * copy.length), 1), 0));
  return out;
}

function uuidFrom(prefix: number, i: number): string {
  const hex = i.toString(16).padStart(12, '0');
  return `${prefix.toString(16).padStart(8, '0')}-0000-4000-8000-${hex}`;
}

function commune(rnd: () => number): string {
  return String(10000 + Math.floor(rnd() * 89999));
}

/**
 * Generates assignments: about five per account.
 *
 * @param n - how many
 * @param seed - PRNG seed
 * @returns the assignments and the account ids
 */
export function generateAssignments(n: number, seed = 7): { assignments: ScopedAssignment[]; accounts: string[] } {
  const rnd = prng(seed);
  const accountCount = Math.max(1, Math.round(n / 5));
  const accounts = Array.from({ length: accountCount }, (_, i) => uuidFrom(0xacc, i));
  const assignments: ScopedAssignment[] = [];
  for (let i = 0; i < n; i++) {
    const byProvince = rnd() < 0.7;
    // Started up to a year before BASE_NOW or starting up to two months after it.
    const validFrom = BASE_NOW + (Math.floor(rnd() * 425) - 365) * DAY;
    assignments.push({
      id: uuidFrom(0xa55, i),
      accountId: itemAt(accounts, i % accountCount),
      purpose: pick(rnd, PURPOSES),
      categories: subset(rnd, CATEGORIES, 1, 4),
      actions: subset(rnd, ACTIONS, 1, 3),
      provinces: byProvince ? subset(rnd, PROVINCES, 1, 2) : [],
      communes: byProvince ? [] : Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => commune(rnd)),
      validFrom,
      validUntil: validFrom + (30 + Math.floor(rnd() * 700)) * DAY,
    });
  }
  return { assignments, accounts };
}

/**
 * Generates requests that mostly aim at an existing assignment (so allows and the different denials all occur).
 *
 * @param assignments - the assignments
 * @param count - how many requests
 * @param seed - PRNG seed
 * @param at - the instant every request is made at (as in service: decisions are made now); when absent, each
 *   request gets its own instant, mostly inside the aimed assignment's validity, sometimes just outside or
 *   exactly at its end (for walking through time in the equivalence test)
 * @returns the requests
 */
export function generateRequests(assignments: readonly ScopedAssignment[], count: number, seed = 11, at?: number): ScopedRequest[] {
  const rnd = prng(seed);
  const out: ScopedRequest[] = [];
  for (let i = 0; i < count; i++) {
    const a = pick(rnd, assignments);
    const reqCats = a.categories.filter((c) => c === 'identity' || c === 'employment' || c === 'health_insurance');
    const wantCat = reqCats.length > 0 && rnd() < 0.8 ? pick(rnd, reqCats) : null;
    const record = wantCat ? RECORDS.find((r) => categoryOf(r) === wantCat) ?? 'person' : pick(rnd, RECORDS);
    const okActs = a.actions.filter((x): x is ScopedRequest['action'] => x !== 'search');
    const inScope = rnd() < 0.75;
    let provinceCode = pick(rnd, PROVINCES);
    let communeCode = commune(rnd);
    if (inScope) {
      if (a.provinces.length > 0) provinceCode = pick(rnd, a.provinces);
      else communeCode = pick(rnd, a.communes);
    }
    out.push({
      accountId: rnd() < 0.05 ? uuidFrom(0xdead, i) : a.accountId,
      action: okActs.length > 0 && rnd() < 0.8 ? pick(rnd, okActs) : pick(rnd, REQUEST_ACTIONS),
      record,
      provinceCode,
      communeCode,
      purpose: rnd() < 0.8 ? a.purpose : pick(rnd, PURPOSES),
      now: at ?? (rnd() < 0.85 ? a.validFrom + Math.floor(rnd() * (a.validUntil - a.validFrom)) : rnd() < 0.5 ? a.validFrom - DAY : a.validUntil + (rnd() < 0.2 ? 0 : DAY)),
    });
  }
  return out;
}

/** Groups assignments by account. */
export function byAccount(assignments: readonly ScopedAssignment[]): Map<string, ScopedAssignment[]> {
  const m = new Map<string, ScopedAssignment[]>();
  for (const a of assignments) {
    const list = m.get(a.accountId);
    if (list) list.push(a);
    else m.set(a.accountId, [a]);
  }
  return m;
}

/**
 * The specification: allowed when some assignment of the account is valid at `now`, has the purpose,
 * the action and the record's category, and covers the person's province or commune.
 *
 * @param index - assignments by account
 * @param r - the request
 * @returns whether the request is allowed
 */
export function oracle(index: ReadonlyMap<string, readonly ScopedAssignment[]>, r: ScopedRequest): boolean {
  const cat = categoryOf(r.record);
  return (index.get(r.accountId) ?? []).some(
    (a) =>
      r.now >= a.validFrom &&
      r.now < a.validUntil &&
      a.purpose === r.purpose &&
      a.actions.includes(r.action) &&
      a.categories.includes(cat) &&
      (a.provinces.includes(r.provinceCode) || a.communes.includes(r.communeCode)),
  );
}

// ---------------------------------------------------------------------------------------------------------
// Khiên: decide() over the real grant store

/** decide() prepared for a request set. */
export interface DecideEngine {
  readonly store: GrantStore;
  /** Decides request i of the prepared set. */
  decideAt(i: number): boolean;
  /** Decides an arbitrary request. */
  decideOne(r: ScopedRequest): boolean;
}

/** The assignment as the grant store indexes it. */
export function toIndexed(a: ScopedAssignment): IndexedAssignment {
  return {
    id: a.id,
    assignmentId: a.id,
    version: 1,
    accountId: a.accountId,
    purpose: a.purpose,
    categories: a.categories,
    actions: a.actions,
    provinces: a.provinces,
    communes: a.communes,
    employers: [],
    persons: [],
    validFrom: a.validFrom,
    validUntil: a.validUntil,
  };
}

function staffActor(accountId: string): StaffActor {
  return {
    type: 'staff',
    accountId,
    staffId: accountId,
    username: 'CB-BENCH',
    unitId: 'P01',
    provinceCode: '01',
    roles: [{ role: 'staff', unitId: 'P01', validUntil: '2099-01-01T00:00:00.000Z' }],
    sessionId: 'bench',
    deviceId: 'bench',
    deviceRegistered: true,
    mfa: true,
    mustChangePassword: false,
  };
}

/**
 * Loads the assignments into a fresh grant store and prepares `decide` calls.
 *
 * @param assignments - the assignments
 * @param requests - the request set `decideAt` indexes
 * @param existing - a store already holding the assignments (then `assignments` is not loaded again)
 * @returns the engine
 */
export function buildDecide(assignments: readonly ScopedAssignment[], requests: readonly ScopedRequest[], existing?: GrantStore): DecideEngine {
  const store = existing ?? createGrantStore();
  // As the service starts: one snapshot (grant-sync's reload), not a million single puts.
  if (!existing) store.replaceAll({ assignments: assignments.map(toIndexed), breakGlass: [], agreements: [], exportRequests: [], purposes: [] });
  const actors = new Map<string, StaffActor>();
  const prepare = (r: ScopedRequest): { actor: StaffActor; resource: AccessResource; env: DecisionEnv } => {
    let actor = actors.get(r.accountId);
    if (!actor) {
      actor = staffActor(r.accountId);
      actors.set(r.accountId, actor);
    }
    const resource: AccessResource = {
      kind: 'record',
      record: r.record,
      subject: { personId: 'p', provinceCode: r.provinceCode, communeCode: r.communeCode, employerIds: [] },
    };
    return { actor, resource, env: { now: r.now, grants: store } };
  };
  const prepared = requests.map((r) => ({ r, ...prepare(r) }));
  return {
    store,
    decideAt(i) {
      const p = itemAt(prepared, i % prepared.length);
      return decide(p.actor, p.r.action, p.resource, p.r.purpose, p.env).outcome === 'allow';
    },
    decideOne(r) {
      const p = prepare(r);
      return decide(p.actor, r.action, p.resource, r.purpose, p.env).outcome === 'allow';
    },
  };
}
