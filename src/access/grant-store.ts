/**
 * The in-memory grant index behind `decide`: assignments per account, live break-glass grants per
 * (account, person), agreements, approved export requests and configured purposes.
 *
 * It is a cache of the database, kept in step by the services that write (create, amend, revoke, HR exit,
 * break-glass, approvals) and by a periodic full reload (`grant-sync.ts`) that also catches changes made by
 * other processes. A lookup touches only the grants of one account, so a decision does not grow with the
 * number of assignments.
 *
 * Assignments are packed (layout: `PACKED` in decision-types.ts): purposes and scope codes are interned to small
 * integers, actions and categories are bit masks, validity instants are 32-bit seconds with their milliseconds
 * beside the masks, and all assignments of one account sit in one contiguous block of a shared `Uint32Array` arena
 * (about 50 bytes per assignment). A decision therefore reads one map entry and a few adjacent cache lines
 * instead of a graph of `Set`s (the size of the index no longer turns every decision into cache misses). A
 * change rewrites the account's block at the end of the arena; the space of the old block is reclaimed when
 * the arena is next compacted (when it fills up), so updates cost O(assignments of the account), amortised.
 */
import { DATA_CATEGORIES, type DataCategory } from '../events/types.ts';
import { BUILTIN_PURPOSE_CODES } from './purposes.ts';
import {
  ACTION_BIT,
  ASSIGNMENT_ACTIONS,
  PACKED,
  PACKED_TIME_LIMIT,
  packedField,
  validityInstant,
  type AssignmentAction,
  type GrantLookup,
  type IndexedAgreement,
  type IndexedAssignment,
  type IndexedBreakGlass,
  type IndexedExportRequest,
  type InternedKind,
  type ValueList,
} from './decision-types.ts';

// The layout offsets as module constants: read through the import binding on every access, they cost a call each.
const { BLOCK_COUNT, BLOCK_HEADER, BLOCK_LENGTH, CATEGORY_SHIFT, END_COMMUNES, END_EMPLOYERS, END_PROVINCES, FROM_MS_SHIFT, FROM_S, LENGTH, PURPOSE, RECORD_HEADER, SLOT, TERMS, UNTIL_MS_SHIFT, UNTIL_S, VERSION } = PACKED;

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
  /** The assignments of one account as indexed, unpacked, in the order `decide` tries them (tests, diagnostics). */
  assignmentsOf(accountId: string): readonly IndexedAssignment[];
  /** Words of the arena: live, reclaimable, allocated (diagnostics). */
  arenaStats(): { fields: number; garbage: number; capacity: number };
}

/**
 * Strings of one value space mapped to 32-bit integers (and back). In a `digits` space (province and commune
 * codes) a string of 1–9 ASCII digits is coded arithmetically, {@link DIGIT_OFFSET}[length] + value (so "01" and
 * "1" differ), which needs no table on the decision path; any other string gets a table code from
 * {@link TABLE_BASE} on.
 */
interface Interner {
  readonly digits: boolean;
  readonly codes: Map<string, number>;
  readonly values: string[];
}

/** Longest digit string coded arithmetically. */
const MAX_DIGITS = 9;
/** First code of the digit strings of each length: (10^len − 10) / 9, so 0 for one digit, 10 for two, 110 for three… */
const DIGIT_OFFSET: readonly number[] = Array.from({ length: MAX_DIGITS + 2 }, (_, len) => (len === 0 ? 0 : (10 ** len - 10) / 9));
/** First table code of a digits space: past every digit code (1,111,111,110, below 2³²). */
const TABLE_BASE = DIGIT_OFFSET[MAX_DIGITS + 1] ?? 0;
/** Codes are 32-bit words: a table may not grow past this. */
const CODE_LIMIT = 2 ** 32;

const newInterner = (digits: boolean): Interner => ({ digits, codes: new Map(), values: [] });
const newInterners = (): Record<InternedKind, Interner> => ({
  purpose: newInterner(false),
  province: newInterner(true),
  commune: newInterner(true),
  employer: newInterner(false),
  person: newInterner(false),
});

/** The arithmetic code of a string of 1–9 ASCII digits, else -1. */
function digitCode(value: string): number {
  const len = value.length;
  if (len === 0 || len > MAX_DIGITS) return -1;
  let v = 0;
  for (let i = 0; i < len; i++) {
    const c = value.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return (DIGIT_OFFSET[len] ?? 0) + v;
}

function intern(t: Interner, value: string): number {
  if (t.digits) {
    const d = digitCode(value);
    if (d >= 0) return d;
  }
  let code = t.codes.get(value);
  if (code === undefined) {
    code = (t.digits ? TABLE_BASE : 0) + t.values.length;
    if (code >= CODE_LIMIT) throw new RangeError('grant store: more distinct values than 32-bit codes can name');
    t.values.push(value);
    t.codes.set(value, code);
  }
  return code;
}

function lookup(t: Interner, value: string): number {
  if (t.digits) {
    const d = digitCode(value);
    if (d >= 0) return d;
  }
  return t.codes.get(value) ?? -1;
}

function valueOf(t: Interner, code: number): string {
  if (t.digits && code < TABLE_BASE) {
    let len = 1;
    while (code >= (DIGIT_OFFSET[len + 1] ?? Number.POSITIVE_INFINITY)) len += 1;
    return String(code - (DIGIT_OFFSET[len] ?? 0)).padStart(len, '0');
  }
  const value = t.values[t.digits ? code - TABLE_BASE : code];
  if (value === undefined) throw new RangeError(`grant store: no interned value has code ${code}`);
  return value;
}

const sizeOf = (xs: ValueList): number => (Array.isArray(xs) ? xs.length : (xs as ReadonlySet<string>).size);

const CATEGORY_BIT: ReadonlyMap<string, number> = new Map(DATA_CATEGORIES.map((c, i) => [c, 1 << i]));
const ACTION_BITS: ReadonlyMap<string, number> = new Map(ASSIGNMENT_ACTIONS.map((a) => [a, ACTION_BIT[a]]));
// The masks share the TERMS word with the milliseconds (layout: `PACKED`): they must fit their bits.
if (DATA_CATEGORIES.length > FROM_MS_SHIFT - CATEGORY_SHIFT || Math.max(...Object.values(ACTION_BIT)) >= 1 << CATEGORY_SHIFT) {
  throw new Error('grant store: the category or action vocabulary outgrew its bits in the packed layout');
}

function maskOf(xs: ValueList, bits: ReadonlyMap<string, number>): number {
  let m = 0;
  // Values outside the vocabulary can never be asked for, so they are dropped (as a `Set` lookup would miss them).
  for (const x of xs) m |= bits.get(x) ?? 0;
  return m;
}

/** Smallest arena, in words. */
const MIN_ARENA = 1024;

/** Whether a validity instant fits the packed layout: whole milliseconds in [0, PACKED_TIME_LIMIT). */
const packableTime = (t: number): boolean => Number.isInteger(t) && t >= 0 && t < PACKED_TIME_LIMIT;

/**
 * Rejects an assignment the packed layout cannot hold exactly (before anything is changed): validity instants
 * must be whole milliseconds from 1970-01-01T00:00:00.000Z to 2106-02-07T06:28:15.999Z (32-bit seconds), the
 * version an integer in [0, 2³²).
 *
 * @throws RangeError naming the assignment and the value
 */
function checkPackable(a: IndexedAssignment): void {
  if (!packableTime(a.validFrom) || !packableTime(a.validUntil)) {
    throw new RangeError(`grant store: assignment ${a.assignmentId} has validity ${a.validFrom}–${a.validUntil}; the store holds whole epoch milliseconds from 0 (1970-01-01T00:00:00.000Z) below ${PACKED_TIME_LIMIT} (2106-02-07T06:28:16Z)`);
  }
  if (!Number.isInteger(a.version) || a.version < 0 || a.version >= 2 ** 32) {
    throw new RangeError(`grant store: assignment ${a.assignmentId} has version ${a.version}; the store holds integers in [0, 2^32)`);
  }
}

/**
 * Creates an empty grant store.
 *
 * @returns the store
 */
export function createGrantStore(): GrantStore {
  // Packed assignments: one block per account in `arena` (fields [0, top)); `garbage` fields belong to
  // blocks that were rewritten or removed and are reclaimed by the next compaction.
  let arena = new Uint32Array(MIN_ARENA);
  let top = 0;
  let garbage = 0;
  let blockOf = new Map<string, number>();
  // Per slot: the assignment a packed record stands for.
  let slotOf = new Map<string, number>();
  let slotAssignment: Array<string | undefined> = [];
  let slotVersionId: string[] = [];
  let slotAccount: string[] = [];
  let freeSlots: number[] = [];
  let count = 0;
  let interned = newInterners();

  // Break-glass grants by account, then person: a decision that finds no assignment asks here without building a
  // key string (most accounts hold none, so the first lookup already misses).
  let breakGlass = new Map<string, Map<string, IndexedBreakGlass>>();
  let breakGlassById = new Map<string, { readonly accountId: string; readonly personId: string }>();
  let agreements = new Map<string, IndexedAgreement>();
  let exports = new Map<string, IndexedExportRequest>();
  let purposes = new Set<string>(BUILTIN_PURPOSE_CODES);
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

  const recordLength = (at: number): number => packedField(arena, at + LENGTH);

  /** Makes room for `extra` more fields after `top`, compacting live blocks into a new arena when full. */
  const reserve = (extra: number): void => {
    if (top + extra <= arena.length) return;
    const live = top - garbage;
    const next = new Uint32Array(Math.max(MIN_ARENA, 2 * (live + extra)));
    let at = 0;
    for (const [account, block] of blockOf) {
      const len = packedField(arena, block + BLOCK_LENGTH);
      next.set(arena.subarray(block, block + len), at);
      blockOf.set(account, at);
      at += len;
    }
    arena = next;
    top = at;
    garbage = 0;
  };

  /** Writes the codes of one scope list, sorted, at `p`; returns its end. */
  const writeList = (values: ValueList, table: Interner, p: number): number => {
    const start = p;
    for (const v of values) arena[p++] = intern(table, v);
    if (p - start > 1) arena.subarray(start, p).sort();
    return p;
  };

  /** Writes the packed record of `a` at `at` (room reserved by the caller); returns its length. */
  const writeRecord = (a: IndexedAssignment, slot: number, at: number): number => {
    // Checked by `checkPackable`: whole milliseconds in [0, 2^32 s), so the seconds fit a word exactly.
    arena[at + FROM_S] = Math.floor(a.validFrom / 1000);
    arena[at + UNTIL_S] = Math.floor(a.validUntil / 1000);
    arena[at + PURPOSE] = intern(interned.purpose, a.purpose);
    arena[at + TERMS] = maskOf(a.actions, ACTION_BITS) | (maskOf(a.categories, CATEGORY_BIT) << CATEGORY_SHIFT)
      | ((a.validFrom % 1000) << FROM_MS_SHIFT) | ((a.validUntil % 1000) << UNTIL_MS_SHIFT);
    arena[at + SLOT] = slot;
    arena[at + VERSION] = a.version;
    let p = writeList(a.provinces, interned.province, at + RECORD_HEADER);
    arena[at + END_PROVINCES] = p - at;
    p = writeList(a.communes, interned.commune, p);
    arena[at + END_COMMUNES] = p - at;
    p = writeList(a.employers, interned.employer, p);
    arena[at + END_EMPLOYERS] = p - at;
    p = writeList(a.persons, interned.person, p);
    arena[at + LENGTH] = p - at;
    return p - at;
  };

  const packedLength = (a: IndexedAssignment): number =>
    RECORD_HEADER + sizeOf(a.provinces) + sizeOf(a.communes) + sizeOf(a.employers) + sizeOf(a.persons);

  const takeSlot = (a: IndexedAssignment): number => {
    const slot = freeSlots.pop() ?? slotAssignment.length;
    slotAssignment[slot] = a.assignmentId;
    slotVersionId[slot] = a.id;
    slotAccount[slot] = a.accountId;
    slotOf.set(a.assignmentId, slot);
    count += 1;
    return slot;
  };
  const releaseSlot = (slot: number): void => {
    const assignmentId = slotAssignment[slot];
    if (assignmentId !== undefined) slotOf.delete(assignmentId);
    slotAssignment[slot] = undefined;
    slotVersionId[slot] = '';
    slotAccount[slot] = '';
    freeSlots.push(slot);
    count -= 1;
  };

  /**
   * Rewrites the block of an account at the end of the arena: its records in order, without the record of
   * slot `drop` (-1: none), followed by `add` (with slot `addSlot`) if given.
   */
  const rewriteBlock = (accountId: string, drop: number, add: IndexedAssignment | null, addSlot: number): void => {
    const oldLength = blockOf.has(accountId) ? packedField(arena, (blockOf.get(accountId) ?? 0) + BLOCK_LENGTH) : 0;
    // The old block's words (with its header), or a header for a new block: without it, a new account's block
    // written where the arena ends overran it by the header's two words (writes past a typed array's end are
    // dropped silently; the next read of the block threw).
    reserve((oldLength > 0 ? oldLength : BLOCK_HEADER) + (add ? packedLength(add) : 0));
    // `reserve` may have moved the block.
    const old = blockOf.get(accountId);
    const start = top;
    let p = start + BLOCK_HEADER;
    let n = 0;
    if (old !== undefined) {
      let r = old + BLOCK_HEADER;
      const records = packedField(arena, old + BLOCK_COUNT);
      for (let k = 0; k < records; k++) {
        const len = recordLength(r);
        if (packedField(arena, r + SLOT) !== drop) {
          arena.copyWithin(p, r, r + len);
          p += len;
          n += 1;
        }
        r += len;
      }
      garbage += oldLength;
    }
    if (add) {
      p += writeRecord(add, addSlot, p);
      n += 1;
    }
    if (n === 0) {
      blockOf.delete(accountId);
      return;
    }
    arena[start + BLOCK_LENGTH] = p - start;
    arena[start + BLOCK_COUNT] = n;
    blockOf.set(accountId, start);
    top = p;
  };

  const removeAssignment = (assignmentId: string): void => {
    const slot = slotOf.get(assignmentId);
    if (slot === undefined) return;
    rewriteBlock(slotAccount[slot] ?? '', slot, null, -1);
    releaseSlot(slot);
  };
  const putAssignment = (a: IndexedAssignment): void => {
    checkPackable(a);
    removeAssignment(a.assignmentId);
    rewriteBlock(a.accountId, -1, a, takeSlot(a));
  };
  const putBreakGlass = (g: IndexedBreakGlass): void => {
    let ofAccount = breakGlass.get(g.accountId);
    if (ofAccount === undefined) {
      ofAccount = new Map();
      breakGlass.set(g.accountId, ofAccount);
    }
    ofAccount.set(g.personId, g);
    breakGlassById.set(g.id, { accountId: g.accountId, personId: g.personId });
  };

  const slotsOf = (accountId: string): number[] => {
    const block = blockOf.get(accountId);
    if (block === undefined) return [];
    const out: number[] = [];
    let r = block + BLOCK_HEADER;
    for (let k = 0; k < packedField(arena, block + BLOCK_COUNT); k++) {
      out.push(packedField(arena, r + SLOT));
      r += recordLength(r);
    }
    return out;
  };
  const removeAccount = (accountId: string): void => {
    const block = blockOf.get(accountId);
    if (block !== undefined) {
      for (const slot of slotsOf(accountId)) releaseSlot(slot);
      garbage += packedField(arena, block + BLOCK_LENGTH);
      blockOf.delete(accountId);
    }
    const ofAccount = breakGlass.get(accountId);
    if (ofAccount !== undefined) {
      for (const g of ofAccount.values()) breakGlassById.delete(g.id);
      breakGlass.delete(accountId);
    }
  };
  const removeBreakGlass = (id: string): void => {
    const key = breakGlassById.get(id);
    if (key !== undefined) {
      const ofAccount = breakGlass.get(key.accountId);
      ofAccount?.delete(key.personId);
      if (ofAccount?.size === 0) breakGlass.delete(key.accountId);
    }
    breakGlassById.delete(id);
  };
  const journaled = <A extends unknown[]>(fn: (...args: A) => void) => (...args: A): void => {
    fn(...args);
    log(() => fn(...args));
  };

  /** The snapshot with one version per assignment: a later one replaces an earlier one and goes last. */
  const dedupe = (list: readonly IndexedAssignment[]): IndexedAssignment[] => {
    const latest = new Map<string, IndexedAssignment>();
    for (const a of list) {
      latest.delete(a.assignmentId);
      latest.set(a.assignmentId, a);
    }
    return [...latest.values()];
  };

  /** Packs a whole snapshot: one pass to group by account, one to write each account's block once. */
  const loadAssignments = (list: readonly IndexedAssignment[]): void => {
    // Every assignment is checked before the store is emptied: a snapshot the layout cannot hold leaves the
    // previous index in place.
    for (const a of list) checkPackable(a);
    arena = new Uint32Array(MIN_ARENA);
    top = 0;
    garbage = 0;
    blockOf = new Map();
    slotOf = new Map();
    slotAssignment = [];
    slotVersionId = [];
    slotAccount = [];
    freeSlots = [];
    count = 0;
    interned = newInterners();
    // Group by account, taking a slot per assignment. A snapshot holds one version per assignment; should one
    // hold several, the later replaces the earlier and goes last, as `putAssignment` would.
    // In a fresh store slots are taken in order, so assignment i of the list gets slot i.
    const grouped = new Map<string, number[]>();
    let fields = 0;
    let i = 0;
    for (const a of list) {
      if (slotOf.has(a.assignmentId)) {
        loadAssignments(dedupe(list));
        return;
      }
      takeSlot(a);
      const group = grouped.get(a.accountId);
      if (group) group.push(i);
      else grouped.set(a.accountId, [i]);
      fields += packedLength(a);
      i += 1;
    }
    reserve(fields + grouped.size * BLOCK_HEADER);
    for (const [accountId, group] of grouped) {
      const start = top;
      let p = start + BLOCK_HEADER;
      for (const slot of group) {
        const a = list[slot];
        if (a !== undefined) p += writeRecord(a, slot, p);
      }
      arena[start + BLOCK_LENGTH] = p - start;
      arena[start + BLOCK_COUNT] = group.length;
      blockOf.set(accountId, start);
      top = p;
    }
  };

  const decode = (slot: number, at: number): IndexedAssignment => {
    let p = at + RECORD_HEADER;
    const readList = (kind: InternedKind, endField: number): string[] => {
      const values: string[] = [];
      const end = at + packedField(arena, at + endField);
      while (p < end) values.push(valueOf(interned[kind], packedField(arena, p++)));
      return values;
    };
    // The lists follow each other in this order.
    const provinces = readList('province', END_PROVINCES);
    const communes = readList('commune', END_COMMUNES);
    const employers = readList('employer', END_EMPLOYERS);
    const persons = readList('person', LENGTH);
    const terms = packedField(arena, at + TERMS);
    const categories = terms >>> CATEGORY_SHIFT;
    const actions = terms;
    return {
      id: slotVersionId[slot] ?? '',
      assignmentId: slotAssignment[slot] ?? '',
      version: packedField(arena, at + VERSION),
      accountId: slotAccount[slot] ?? '',
      purpose: valueOf(interned.purpose, packedField(arena, at + PURPOSE)),
      categories: DATA_CATEGORIES.filter((_, i) => (categories & (1 << i)) !== 0),
      actions: ASSIGNMENT_ACTIONS.filter((x) => (actions & ACTION_BIT[x]) !== 0),
      provinces,
      communes,
      employers,
      persons,
      validFrom: validityInstant(packedField(arena, at + FROM_S), (terms >>> FROM_MS_SHIFT) & 1023),
      validUntil: validityInstant(packedField(arena, at + UNTIL_S), (terms >>> UNTIL_MS_SHIFT) & 1023),
    };
  };

  return {
    assignmentBlock: (accountId) => blockOf.get(accountId) ?? -1,
    assignmentArena: () => arena,
    codeOf: (kind, value) => lookup(interned[kind], value),
    assignmentIdOf: (slot) => slotAssignment[slot] ?? '',
    assignmentsOf: (accountId) => {
      const block = blockOf.get(accountId);
      if (block === undefined) return [];
      const out: IndexedAssignment[] = [];
      let r = block + BLOCK_HEADER;
      for (let k = 0; k < packedField(arena, block + BLOCK_COUNT); k++) {
        out.push(decode(packedField(arena, r + SLOT), r));
        r += recordLength(r);
      }
      return out;
    },
    breakGlassOf: (accountId, personId) => breakGlass.get(accountId)?.get(personId),
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
      loadAssignments(s.assignments);
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
    arenaStats: () => ({ fields: top - garbage, garbage, capacity: arena.length }),
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
    // The row's own arrays: the store packs them on `putAssignment` and keeps none of them.
    categories: row.categories as readonly DataCategory[],
    actions: row.actions as readonly AssignmentAction[],
    provinces: row.scopeProvinces,
    communes: row.scopeCommunes,
    employers: row.scopeEmployers,
    persons: row.scopePersons,
    validFrom: row.validFrom.getTime(),
    validUntil: row.validUntil.getTime(),
  });
}
