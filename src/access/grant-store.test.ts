import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DATA_CATEGORIES, type AccessAction, type DataCategory } from '../events/types.ts';
import { decide, requiredCategory } from './decide.ts';
import { createGrantStore, indexAssignment, type GrantStore } from './grant-store.ts';
import type { AccessResource, AssignmentAction, DenyReason, IndexedAssignment, RecordKind, SubjectFacts } from './decision-types.ts';
import { makeStaffActor } from './access-test-support.ts';
import { createPrng } from '../seed/prng.ts';
import { itemAt, pickItem } from '../platform/arrays.ts';

const NOW = Date.parse('2026-06-15T03:00:00Z');

/** Deterministic random numbers in [0, 1) (the seed generator's PRNG), so a failure reproduces. */
function prng(seed: number): () => number {
  const g = createPrng(seed);
  return () => g.next();
}

const asList = <T,>(xs: ReadonlySet<T> | readonly T[]): T[] => [...xs];

/** The terms of an assignment as plain sorted lists, for comparing what the store holds with what was put. */
function terms(a: IndexedAssignment): unknown {
  const sorted = (xs: ReadonlySet<string> | readonly string[]): string[] => [...new Set(xs)].sort();
  return {
    id: a.id, assignmentId: a.assignmentId, version: a.version, accountId: a.accountId, purpose: a.purpose,
    categories: sorted(a.categories), actions: sorted(a.actions), provinces: sorted(a.provinces), communes: sorted(a.communes),
    employers: sorted(a.employers), persons: sorted(a.persons), validFrom: a.validFrom, validUntil: a.validUntil,
  };
}

/** The reference model of the index: a list per account, a put replaces by assignment id and goes last. */
class Model {
  readonly byAccount = new Map<string, IndexedAssignment[]>();
  put(a: IndexedAssignment): void {
    this.remove(a.assignmentId);
    this.byAccount.set(a.accountId, [...(this.byAccount.get(a.accountId) ?? []), a]);
  }
  remove(assignmentId: string): void {
    for (const [account, list] of this.byAccount) {
      const kept = list.filter((x) => x.assignmentId !== assignmentId);
      if (kept.length === 0) this.byAccount.delete(account);
      else this.byAccount.set(account, kept);
    }
  }
  removeAccount(accountId: string): void {
    this.byAccount.delete(accountId);
  }
  size(): number {
    return [...this.byAccount.values()].reduce((n, l) => n + l.length, 0);
  }
}

/** The decision rule over plain objects, as `decide` had it before assignments were packed. */
function referenceMatch(list: readonly IndexedAssignment[], action: AccessAction, resource: AccessResource, purpose: string, now: number): IndexedAssignment | DenyReason {
  const stages: DenyReason[] = ['DENY_NO_ASSIGNMENT', 'DENY_NOT_YET_VALID', 'DENY_EXPIRED', 'DENY_PURPOSE_MISMATCH', 'DENY_ACTION_NOT_ASSIGNED', 'DENY_CATEGORY_NOT_ASSIGNED', 'DENY_OUT_OF_SCOPE'];
  const want: AssignmentAction = action === 'unmask' ? 'view' : action;
  const needed: DataCategory[] = resource.kind === 'search' ? ['identity'] : [requiredCategory(resource.record)];
  let furthest = 0;
  for (const a of list) {
    let stage: number;
    if (now < a.validFrom) stage = 1;
    else if (now >= a.validUntil) stage = 2;
    else if (a.purpose !== purpose) stage = 3;
    else if (!asList(a.actions).includes(want)) stage = 4;
    else if (!needed.every((c) => asList(a.categories).includes(c))) stage = 5;
    else if (resource.kind === 'search') return a;
    else {
      const s = resource.subject;
      if (asList(a.persons).includes(s.personId) || asList(a.provinces).includes(s.provinceCode) || asList(a.communes).includes(s.communeCode)
        || s.employerIds.some((e) => asList(a.employers).includes(e))) return a;
      stage = 6;
    }
    furthest = Math.max(furthest, stage);
  }
  return itemAt(stages, furthest);
}

// Account ids as the database gives them (lowercase UUIDs, kept in the store's UUID table) and in other forms
// (kept in its fallback map), including the upper-case spelling of one UUID, which is a different account.
const ACCOUNTS = [
  ...Array.from({ length: 8 }, (_, i) => `a1b2c3d4-e5f6-4a7b-8c9d-${String(i).padStart(12, '0')}`),
  'A1B2C3D4-E5F6-4A7B-8C9D-000000000000',
  'a1b2c3d4-e5f6-4a7b-8c9d-00000000000',
  'acc-1',
  'acc-2',
];
// Digit codes of every length the store codes arithmetically (1–9) and longer ones it keeps in a table.
const PROVINCES = ['01', '04', '08', '79', '92', '1', '999999999', '000000000', '1000000000'];
const COMMUNES = ['01001', '01007', '79001', '79002', '92010'];
const PURPOSES = ['benefit_settlement', 'card_issuance', 'contribution_collection'];

function randomAssignment(rnd: () => number, assignmentId: string, version: number): IndexedAssignment {
  const pick = <T,>(xs: readonly T[]): T => pickItem(xs, rnd());
  const some = <T,>(xs: readonly T[], p: number): T[] => xs.filter(() => rnd() < p);
  // Now and then a caseload long enough to be searched by bisection.
  const persons = rnd() < 0.2 ? Array.from({ length: 1 + Math.floor(rnd() * 30) }, () => `p-${Math.floor(rnd() * 60)}`) : [];
  // Whole seconds or not: the packed store keeps the milliseconds beside the 32-bit seconds.
  const validFrom = NOW - Math.floor(rnd() * 10) * 1000 + (rnd() < 0.1 ? 20_000 : 0) + (rnd() < 0.5 ? Math.floor(rnd() * 1000) : 0);
  // Lists come as arrays (stored rows) or sets (older callers); both are accepted.
  return {
    id: `${assignmentId}@${version}`,
    assignmentId,
    version,
    accountId: pick(ACCOUNTS),
    purpose: pick(PURPOSES),
    categories: some(DATA_CATEGORIES, 0.5),
    actions: new Set(some<AssignmentAction>(['search', 'view', 'update', 'export'], 0.5)),
    provinces: some(PROVINCES, 0.25),
    communes: new Set(some(COMMUNES, 0.2)),
    employers: some(['emp-1', 'emp-2', 'emp-3'], 0.15),
    persons,
    validFrom,
    validUntil: validFrom + (rnd() < 0.1 ? 1 + Math.floor(rnd() * 1999) : 60_000),
  };
}

function assertSameIndex(store: GrantStore, model: Model, label: string): void {
  assert.equal(store.size(), model.size(), `${label}: size`);
  for (const account of [...ACCOUNTS, 'acc-none', 'a1b2c3d4-e5f6-4a7b-8c9d-999999999999']) {
    assert.deepEqual(store.assignmentsOf(account).map(terms), (model.byAccount.get(account) ?? []).map(terms), `${label}: ${account}`);
  }
}

function assertSameDecisions(store: GrantStore, model: Model, rnd: () => number, label: string): void {
  const records: RecordKind[] = ['person', 'participation', 'household', 'card'];
  const actions: AccessAction[] = ['search', 'view', 'update', 'export', 'unmask'];
  for (let i = 0; i < 300; i++) {
    const accountId = pickItem(ACCOUNTS, rnd());
    const subject: SubjectFacts = {
      personId: `p-${Math.floor(rnd() * 70)}`,
      provinceCode: pickItem(PROVINCES, rnd()),
      communeCode: pickItem(COMMUNES, rnd()),
      employerIds: rnd() < 0.5 ? ['emp-2'] : [],
    };
    const resource: AccessResource = rnd() < 0.1 ? { kind: 'search' } : { kind: 'record', record: pickItem(records, rnd()), subject };
    const action = pickItem(actions, rnd());
    const purpose = pickItem(PURPOSES, rnd());
    const now = NOW + Math.floor(rnd() * 3000);
    const want = referenceMatch(model.byAccount.get(accountId) ?? [], action, resource, purpose, now);
    const d = decide(makeStaffActor({ accountId }), action, resource, purpose, { now, grants: store });
    const what = `${label} #${i} ${accountId} ${action} ${purpose}`;
    if (typeof want === 'string') {
      assert.equal(d.outcome, 'deny', what);
      assert.equal(d.reason, want, what);
    } else {
      assert.equal(d.outcome, 'allow', what);
      assert.deepEqual(d.grant, { type: 'assignment', id: want.assignmentId, version: want.version }, what);
      assert.deepEqual(d.categories, DATA_CATEGORIES.filter((c) => asList(want.categories).includes(c)), what);
    }
  }
}

test('packed index: puts, new versions, moves between accounts and removals match a plain model, through compactions', () => {
  const rnd = prng(42);
  const store = createGrantStore();
  const model = new Model();
  const ids = Array.from({ length: 60 }, (_, i) => `asg-${i}`);
  const versions = new Map<string, number>();
  let compactions = 0;
  let capacity = store.arenaStats().capacity;
  for (let step = 0; step < 3000; step++) {
    const roll = rnd();
    const id = pickItem(ids, rnd());
    if (roll < 0.7) {
      const v = (versions.get(id) ?? 0) + 1;
      versions.set(id, v);
      const a = randomAssignment(rnd, id, v);
      store.putAssignment(a);
      model.put(a);
    } else if (roll < 0.95) {
      store.removeAssignment(id);
      model.remove(id);
    } else {
      const account = pickItem(ACCOUNTS, rnd());
      store.removeAccount(account);
      model.removeAccount(account);
    }
    const stats = store.arenaStats();
    if (stats.capacity !== capacity || stats.garbage === 0) compactions += 1;
    capacity = stats.capacity;
    if (step % 100 === 0) {
      assertSameIndex(store, model, `step ${step}`);
      assertSameDecisions(store, model, rnd, `step ${step}`);
    }
  }
  assertSameIndex(store, model, 'end');
  assertSameDecisions(store, model, rnd, 'end');
  assert.ok(compactions > 0, 'the arena was compacted at least once');
  const stats = store.arenaStats();
  assert.ok(stats.fields <= stats.capacity && stats.garbage <= stats.capacity, JSON.stringify(stats));
});

test('replaceAll packs a snapshot (later versions win) and replays changes made during the reload', () => {
  const rnd = prng(7);
  const store = createGrantStore();
  const model = new Model();
  const snapshot: IndexedAssignment[] = [];
  for (let i = 0; i < 400; i++) snapshot.push(randomAssignment(rnd, `asg-${i % 150}`, 1 + Math.floor(i / 150)));
  store.putAssignment(randomAssignment(rnd, 'stale', 1));
  const since = store.mark();
  // Made while the snapshot was being read: a revocation and a new assignment.
  store.removeAssignment('asg-3');
  const late = randomAssignment(rnd, 'late', 1);
  store.putAssignment(late);
  store.replaceAll({ assignments: snapshot, breakGlass: [], agreements: [], exportRequests: [], purposes: [] }, since);
  for (const a of snapshot) model.put(a);
  model.remove('asg-3');
  model.put(late);
  assertSameIndex(store, model, 'after reload');
  assertSameDecisions(store, model, rnd, 'after reload');
  assert.equal(store.assignmentsOf('stale').length, 0);
});

test('a stored row is indexed with its own arrays and packed on put', () => {
  const row = {
    id: 'v2', assignmentId: 'asg', version: 2, assigneeAccountId: 'acc', purpose: 'benefit_settlement',
    categories: ['identity', 'bogus'], actions: ['view', 'fly'], scopeProvinces: ['01'], scopeCommunes: [], scopeEmployers: ['emp-1'], scopePersons: [],
    validFrom: new Date(NOW - 1000), validUntil: new Date(NOW + 1000),
  };
  const store = createGrantStore();
  store.putAssignment(indexAssignment(row));
  const held = itemAt(store.assignmentsOf('acc'), 0);
  // Values outside the vocabulary can never be asked for; the store drops them.
  assert.deepEqual(terms(held), terms({ ...indexAssignment(row), categories: ['identity'], actions: ['view'] }));
  const d = decide(makeStaffActor({ accountId: 'acc' }), 'view', { kind: 'record', record: 'person', subject: { personId: 'x', provinceCode: '79', communeCode: '79001', employerIds: ['emp-1'] } }, 'benefit_settlement', { now: NOW, grants: store });
  assert.equal(d.outcome, 'allow');
  assert.deepEqual(d.grant, { type: 'assignment', id: 'asg', version: 2 });
});

test('province and commune codes: digit strings keep their leading zeros, other strings go through a table', () => {
  const store = createGrantStore();
  const a: IndexedAssignment = {
    id: 'v1', assignmentId: 'asg', version: 1, accountId: 'acc', purpose: 'benefit_settlement',
    categories: ['identity'], actions: ['view'], provinces: ['01', 'HN', '1234567890123'], communes: ['00007'], employers: [], persons: [],
    validFrom: NOW - 1000, validUntil: NOW + 1000,
  };
  store.putAssignment(a);
  assert.deepEqual(terms(itemAt(store.assignmentsOf('acc'), 0)), terms(a));
  const view = (provinceCode: string, communeCode = '99999'): string =>
    decide(makeStaffActor({ accountId: 'acc' }), 'view', { kind: 'record', record: 'person', subject: { personId: 'x', provinceCode, communeCode, employerIds: [] } }, 'benefit_settlement', { now: NOW, grants: store }).reason;
  assert.equal(view('01'), 'ALLOW_ASSIGNMENT');
  assert.equal(view('1'), 'DENY_OUT_OF_SCOPE');
  assert.equal(view('001'), 'DENY_OUT_OF_SCOPE');
  assert.equal(view('HN'), 'ALLOW_ASSIGNMENT');
  assert.equal(view('hn'), 'DENY_OUT_OF_SCOPE');
  assert.equal(view('1234567890123'), 'ALLOW_ASSIGNMENT');
  assert.equal(view('123456789012'), 'DENY_OUT_OF_SCOPE');
  assert.equal(view('', ''), 'DENY_OUT_OF_SCOPE');
  assert.equal(view('79', '00007'), 'ALLOW_ASSIGNMENT');
  assert.equal(view('79', '7'), 'DENY_OUT_OF_SCOPE');
});

test('validity to the millisecond, the 32-bit range and versions: kept exactly, or refused before anything changes', () => {
  const store = createGrantStore();
  const base: IndexedAssignment = {
    id: 'v1', assignmentId: 'asg', version: 1, accountId: 'acc', purpose: 'benefit_settlement',
    categories: ['identity'], actions: ['view'], provinces: ['01'], communes: [], employers: [], persons: [],
    validFrom: NOW + 1, validUntil: NOW + 1999,
  };
  const view = (now: number): string =>
    decide(makeStaffActor({ accountId: 'acc' }), 'view', { kind: 'record', record: 'person', subject: { personId: 'x', provinceCode: '01', communeCode: '00001', employerIds: [] } }, 'benefit_settlement', { now, grants: store }).reason;
  const put = (a: Partial<IndexedAssignment>): void => store.putAssignment({ ...base, ...a });
  // A staff role valid at the far end of the range, for the decisions made there.
  const farActor = makeStaffActor({ accountId: 'acc', roleUntil: '2107-01-01T00:00:00.000Z' });
  const viewAt = (now: number): string =>
    decide(farActor, 'view', { kind: 'record', record: 'person', subject: { personId: 'x', provinceCode: '01', communeCode: '00001', employerIds: [] } }, 'benefit_settlement', { now, grants: store }).reason;
  put({});
  assert.deepEqual(terms(itemAt(store.assignmentsOf('acc'), 0)), terms(base));
  assert.equal(view(NOW), 'DENY_NOT_YET_VALID');
  assert.equal(view(NOW + 0.5), 'DENY_NOT_YET_VALID', 'an instant between milliseconds');
  assert.equal(view(NOW + 1), 'ALLOW_ASSIGNMENT');
  assert.equal(view(NOW + 1998.5), 'ALLOW_ASSIGNMENT');
  assert.equal(view(NOW + 1999), 'DENY_EXPIRED', 'the end is exclusive');
  // The ends of the range: 1970-01-01T00:00:00.000Z and the last millisecond of 32-bit seconds.
  const last = 2 ** 32 * 1000 - 1;
  put({ validFrom: 0, validUntil: last });
  assert.deepEqual(terms(itemAt(store.assignmentsOf('acc'), 0)), terms({ ...base, validFrom: 0, validUntil: last }));
  assert.equal(view(0), 'ALLOW_ASSIGNMENT');
  assert.equal(viewAt(last - 1), 'ALLOW_ASSIGNMENT');
  assert.equal(viewAt(last), 'DENY_EXPIRED');
  assert.equal(view(-1), 'DENY_NOT_YET_VALID');
  // What the layout cannot hold exactly is refused with the assignment named; the index is left as it was.
  const refused = [
    { validFrom: -1 }, { validUntil: last + 1 }, { validFrom: NOW + 0.5 }, { validUntil: Number.POSITIVE_INFINITY },
    { validFrom: Number.NaN }, { version: -1 }, { version: 1.5 }, { version: 2 ** 32 },
  ];
  for (const bad of refused) {
    assert.throws(() => put({ assignmentId: 'other', ...bad }), /grant store: assignment other has/, JSON.stringify(bad));
    assert.throws(() => store.replaceAll({ assignments: [{ ...base, ...bad }], breakGlass: [], agreements: [], exportRequests: [], purposes: [] }), RangeError);
  }
  assert.equal(store.size(), 1);
  assert.equal(view(0), 'ALLOW_ASSIGNMENT', 'a refused snapshot leaves the previous index');
  put({ version: 2 ** 32 - 1 });
  assert.equal(itemAt(store.assignmentsOf('acc'), 0).version, 2 ** 32 - 1);
});

test('many accounts: the UUID table grows, forgets removed accounts and finds every remaining one', () => {
  const store = createGrantStore();
  const id = (i: number): string => `0000abcd-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
  const put = (i: number, k: number): void => store.putAssignment({
    id: `${i}/${k}`, assignmentId: `${i}/${k}`, version: 1, accountId: id(i), purpose: 'benefit_settlement',
    categories: ['identity'], actions: ['view'], provinces: [String(i % 100).padStart(2, '0')], communes: [], employers: [], persons: [],
    validFrom: NOW - 1000, validUntil: NOW + 1000,
  });
  for (let i = 0; i < 5000; i++) for (let k = 0; k < 3; k++) put(i, k);
  for (let i = 0; i < 5000; i += 3) store.removeAccount(id(i));
  for (let i = 1; i < 5000; i += 3) store.removeAssignment(`${i}/1`);
  for (let i = 0; i < 5000; i += 6) put(i, 9);
  let expected = 0;
  for (let i = 0; i < 5000; i++) {
    const want = i % 6 === 0 ? [`${i}/9`] : i % 3 === 0 ? [] : i % 3 === 1 ? [`${i}/0`, `${i}/2`] : [`${i}/0`, `${i}/1`, `${i}/2`];
    expected += want.length;
    assert.deepEqual(store.assignmentsOf(id(i)).map((a) => a.assignmentId), want, id(i));
    const d = decide(makeStaffActor({ accountId: id(i) }), 'view', { kind: 'record', record: 'person', subject: { personId: 'x', provinceCode: String(i % 100).padStart(2, '0'), communeCode: '00001', employerIds: [] } }, 'benefit_settlement', { now: NOW, grants: store });
    assert.equal(d.reason, want.length > 0 ? 'ALLOW_ASSIGNMENT' : 'DENY_NO_ASSIGNMENT', id(i));
  }
  assert.equal(store.size(), expected);
});

test('break-glass grants: put, replace, remove by id, remove with the account, replace on reload', () => {
  const store = createGrantStore();
  const grant = (id: string, accountId: string, personId: string): { id: string; accountId: string; personId: string; purpose: string; expiresAt: number } =>
    ({ id, accountId, personId, purpose: 'benefit_settlement', expiresAt: NOW + 1000 });
  assert.equal(store.breakGlassOf('acc-1', 'p-1'), undefined, 'none yet');
  store.putBreakGlass(grant('bg-1', 'acc-1', 'p-1'));
  store.putBreakGlass(grant('bg-2', 'acc-1', 'p-2'));
  store.putBreakGlass(grant('bg-3', 'acc-2', 'p-1'));
  assert.equal(store.breakGlassOf('acc-1', 'p-1')?.id, 'bg-1');
  assert.equal(store.breakGlassOf('acc-1', 'p-2')?.id, 'bg-2');
  assert.equal(store.breakGlassOf('acc-2', 'p-1')?.id, 'bg-3');
  assert.equal(store.breakGlassOf('acc-2', 'p-2'), undefined, 'another person of the same account');
  assert.equal(store.breakGlassOf('acc-1|p', '1'), undefined, 'no key built by joining the two ids');
  // A new grant for the same account and person replaces the old one.
  store.putBreakGlass(grant('bg-4', 'acc-1', 'p-1'));
  assert.equal(store.breakGlassOf('acc-1', 'p-1')?.id, 'bg-4');
  store.removeBreakGlass('bg-2');
  assert.equal(store.breakGlassOf('acc-1', 'p-2'), undefined, 'removed by id');
  assert.equal(store.breakGlassOf('acc-1', 'p-1')?.id, 'bg-4', 'the other grant of the account stays');
  store.removeBreakGlass('no-such-id');
  store.removeAccount('acc-1');
  assert.equal(store.breakGlassOf('acc-1', 'p-1'), undefined, 'removed with the account (HR exit)');
  assert.equal(store.breakGlassOf('acc-2', 'p-1')?.id, 'bg-3', 'other accounts keep theirs');
  store.removeBreakGlass('bg-4');
  store.putBreakGlass(grant('bg-5', 'acc-1', 'p-1'));
  assert.equal(store.breakGlassOf('acc-1', 'p-1')?.id, 'bg-5', 'an id removed with its account does not remove a later grant');
  store.replaceAll({ assignments: [], breakGlass: [grant('bg-6', 'acc-3', 'p-3')], agreements: [], exportRequests: [], purposes: [] });
  assert.equal(store.breakGlassOf('acc-1', 'p-1'), undefined, 'a reload replaces every grant');
  assert.equal(store.breakGlassOf('acc-3', 'p-3')?.id, 'bg-6');
});
