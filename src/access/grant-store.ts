/**
 * The in-memory grant index behind `decide`: assignments per account, live break-glass grants per
 * (account, person), agreements, approved export requests and configured purposes.
 *
 * It is a cache of the database, kept in step by the services that write (create, amend, revoke, HR exit,
 * break-glass, approvals) and by a periodic full reload (`grant-sync.ts`) that also catches changes made by
 * other processes. A lookup touches only the grants of one account, so a decision does not grow with the
 * number of assignments.
 */
import type { DataCategory } from '../events/types.ts';
import { BUILTIN_PURPOSE_CODES } from './purposes.ts';
import type {
  AssignmentAction,
  GrantLookup,
  IndexedAgreement,
  IndexedAssignment,
  IndexedBreakGlass,
  IndexedExportRequest,
} from './decision-types.ts';

/** A complete snapshot loaded from the database. */
export interface GrantSnapshot {
  readonly assignments: readonly IndexedAssignment[];
  readonly breakGlass: readonly IndexedBreakGlass[];
  readonly agreements: readonly IndexedAgreement[];
  readonly exportRequests: readonly IndexedExportRequest[];
  readonly purposes: readonly string[];
}

/** The mutable index. */
export interface GrantStore extends GrantLookup {
  /** Adds or replaces one assignment version. */
  putAssignment(a: IndexedAssignment): void;
  /** Removes every version of an assignment. */
  removeAssignment(assignmentId: string): void;
  /** Removes every assignment of an account (HR transfer or exit). */
  removeAccount(accountId: string): void;
  putBreakGlass(g: IndexedBreakGlass): void;
  removeBreakGlass(id: string): void;
  putAgreement(a: IndexedAgreement): void;
  putExportRequest(r: IndexedExportRequest): void;
  removeExportRequest(id: string): void;
  addPurpose(code: string): void;
  /** A mark to take before loading a snapshot. */
  mark(): number;
  /**
   * Replaces everything with a fresh snapshot, then replays the changes made since `since` (a {@link mark}
   * taken before the snapshot was read), so that a revocation during the reload is not undone by it.
   */
  replaceAll(s: GrantSnapshot, since?: number): void;
  /** Number of indexed assignment versions. */
  size(): number;
}

const bgKey = (accountId: string, personId: string): string => `${accountId}|${personId}`;

/**
 * Creates an empty grant store.
 *
 * @returns the store
 */
export function createGrantStore(): GrantStore {
  let byAccount = new Map<string, IndexedAssignment[]>();
  let accountOf = new Map<string, string>();
  let breakGlass = new Map<string, IndexedBreakGlass>();
  let breakGlassById = new Map<string, string>();
  let agreements = new Map<string, IndexedAgreement>();
  let exports = new Map<string, IndexedExportRequest>();
  let purposes = new Set<string>(BUILTIN_PURPOSE_CODES);
  let count = 0;
  let seq = 0;
  let journal: Array<{ seq: number; replay: () => void }> = [];
  // Changes are journaled only while a reload is in flight (between `mark` and `replaceAll`).
  let recording = false;
  const log = (replay: () => void): void => {
    seq += 1;
    if (!recording) return;
    journal.push({ seq, replay });
    // The journal only needs to outlive one reload; keep it bounded.
    if (journal.length > 100_000) journal = journal.slice(-50_000);
  };

  const removeAssignment = (assignmentId: string): void => {
    const account = accountOf.get(assignmentId);
    if (account === undefined) return;
    const list = byAccount.get(account) ?? [];
    const kept = list.filter((a) => a.assignmentId !== assignmentId);
    count -= list.length - kept.length;
    if (kept.length) byAccount.set(account, kept);
    else byAccount.delete(account);
    accountOf.delete(assignmentId);
  };
  const putAssignment = (a: IndexedAssignment): void => {
    removeAssignment(a.assignmentId);
    const list = byAccount.get(a.accountId) ?? [];
    list.push(a);
    byAccount.set(a.accountId, list);
    accountOf.set(a.assignmentId, a.accountId);
    count += 1;
  };
  const putBreakGlass = (g: IndexedBreakGlass): void => {
    breakGlass.set(bgKey(g.accountId, g.personId), g);
    breakGlassById.set(g.id, bgKey(g.accountId, g.personId));
  };

  const removeAccount = (accountId: string): void => {
    for (const a of byAccount.get(accountId) ?? []) accountOf.delete(a.assignmentId);
    count -= byAccount.get(accountId)?.length ?? 0;
    byAccount.delete(accountId);
    for (const [key, g] of breakGlass) {
      if (g.accountId === accountId) {
        breakGlass.delete(key);
        breakGlassById.delete(g.id);
      }
    }
  };
  const removeBreakGlass = (id: string): void => {
    const key = breakGlassById.get(id);
    if (key !== undefined) breakGlass.delete(key);
    breakGlassById.delete(id);
  };
  const journaled = <A extends unknown[]>(fn: (...args: A) => void) => (...args: A): void => {
    fn(...args);
    log(() => fn(...args));
  };

  return {
    assignmentsOf: (accountId) => byAccount.get(accountId) ?? [],
    breakGlassOf: (accountId, personId) => breakGlass.get(bgKey(accountId, personId)),
    agreement: (id) => agreements.get(id),
    exportRequest: (id) => exports.get(id),
    isPurpose: (code) => purposes.has(code),
    putAssignment: journaled(putAssignment),
    removeAssignment: journaled(removeAssignment),
    removeAccount: journaled(removeAccount),
    putBreakGlass: journaled(putBreakGlass),
    removeBreakGlass: journaled(removeBreakGlass),
    putAgreement: journaled((a: IndexedAgreement) => {
      agreements.set(a.id, a);
    }),
    putExportRequest: journaled((r: IndexedExportRequest) => {
      exports.set(r.id, r);
    }),
    removeExportRequest: journaled((id: string) => {
      exports.delete(id);
    }),
    addPurpose: journaled((code: string) => {
      purposes.add(code);
    }),
    mark: () => {
      recording = true;
      return seq;
    },
    replaceAll: (s, since) => {
      byAccount = new Map();
      accountOf = new Map();
      count = 0;
      for (const a of s.assignments) putAssignment(a);
      breakGlass = new Map();
      breakGlassById = new Map();
      for (const g of s.breakGlass) putBreakGlass(g);
      agreements = new Map(s.agreements.map((a) => [a.id, a]));
      exports = new Map(s.exportRequests.map((r) => [r.id, r]));
      purposes = new Set([...BUILTIN_PURPOSE_CODES, ...s.purposes]);
      const replay = journal.filter((j) => since !== undefined && j.seq > since);
      journal = [];
      recording = false;
      for (const j of replay) j.replay();
    },
    size: () => count,
  };
}

/** Row shape of an assignment version as stored (subset used by the index). */
export interface AssignmentRowLike {
  readonly id: string;
  readonly assignmentId: string;
  readonly version: number;
  readonly assigneeAccountId: string;
  readonly purpose: string;
  readonly categories: readonly string[];
  readonly actions: readonly string[];
  readonly scopeProvinces: readonly string[];
  readonly scopeCommunes: readonly string[];
  readonly scopeEmployers: readonly string[];
  readonly scopePersons: readonly string[];
  readonly validFrom: Date;
  readonly validUntil: Date;
}

/**
 * Converts a stored assignment version into its indexed form.
 *
 * @param row - the stored version
 * @returns the indexed assignment
 */
export function indexAssignment(row: AssignmentRowLike): IndexedAssignment {
  return Object.freeze({
    id: row.id,
    assignmentId: row.assignmentId,
    version: row.version,
    accountId: row.assigneeAccountId,
    purpose: row.purpose,
    categories: new Set(row.categories as DataCategory[]),
    actions: new Set(row.actions as AssignmentAction[]),
    provinces: new Set(row.scopeProvinces),
    communes: new Set(row.scopeCommunes),
    employers: new Set(row.scopeEmployers),
    persons: new Set(row.scopePersons),
    validFrom: row.validFrom.getTime(),
    validUntil: row.validUntil.getTime(),
  });
}
