/**
 * One state record per account, shared by every rule: the detector looks the event's account up once and
 * hands the record to the rules in {@link DetectInput.account}; each rule keeps its own per-account state in
 * a slot of that record (an array index, not another keyed map). Slots keep the semantics of one
 * {@link KeyedState} per rule: a slot is created on first use, stamped with the event time at every use, and
 * dropped by a sweep once idle for longer than its rule's horizon; records are bounded by the same
 * second-chance eviction as keyed state. Records are indexed by the account's integer (`account-ids.ts`,
 * interned once where the event enters), not by its id string.
 */
import { AccountIds, HOLDER } from './account-ids.ts';
import { IndexedState } from './indexed-state.ts';
import type { KeyedEntry } from './keyed-state.ts';

/** The per-account record: rule states by slot index and the event time each slot was last used. */
export interface AccountRecord {
  /** State of each slot, `undefined` until its rule first needs it (or after a sweep dropped it). */
  readonly slots: unknown[];
  /** Event time (ms) each slot was last used. */
  readonly used: number[];
}

/** What a rule needs of an input to reach its slot. */
export interface SlotInput {
  readonly account: AccountRecord | null;
  readonly t: number;
}

/** One rule's per-account state, stored in the shared records. */
export interface AccountSlot<S> {
  /**
   * The state of the input's account, created on first use; marks the slot used at `input.t`.
   *
   * @throws Error when the input has no account record (the rule must check `input.accountId` first)
   */
  get(input: SlotInput): S;
  /** Number of accounts holding state in this slot. */
  size(): number;
}

/** The shared per-account records of one detector. */
export interface AccountStore {
  /** The account integers the records are indexed by. */
  readonly ids: AccountIds;
  /** The record of an account, created on first use; marks it used at `t`. */
  record(accountId: string, t: number): AccountRecord;
  /** The record of an account's integer ({@link AccountIds.intern}), created on first use; marks it used at `t`. */
  at(key: number, t: number): AccountRecord;
  /**
   * Registers a slot.
   *
   * @param create - makes the state of an account new to this slot
   * @param horizonMs - a slot idle longer than this is dropped by {@link AccountStore.sweep}
   */
  slot<S>(create: () => S, horizonMs: number): AccountSlot<S>;
  /** Drops slots idle past their horizon as of `nowMs`, and records left with no slot. */
  sweep(nowMs: number): void;
  /** Accounts held. */
  size(): number;
  /** Every record in eviction order (a detector snapshot; live objects, not copies). */
  dump(): Array<KeyedEntry<AccountRecord>>;
  /** Replaces every record with dumped ones and recounts the slots (restoring a snapshot). */
  load(entries: ReadonlyArray<KeyedEntry<AccountRecord>>): void;
}

/**
 * Creates the shared store.
 *
 * @param maxKeys - most accounts kept (second-chance eviction beyond it)
 * @param ids - the account integers (default: a table of its own; the detector shares the baselines')
 * @returns the store
 */
export function createAccountStore(maxKeys: number, ids: AccountIds = new AccountIds()): AccountStore {
  const horizons: number[] = [];
  const counts: number[] = [];
  const drop = (r: AccountRecord): void => {
    for (let k = 0; k < r.slots.length; k++) if (r.slots[k] !== undefined) counts[k]!--;
  };
  const records = new IndexedState<AccountRecord>(ids, HOLDER.records, () => ({ slots: [], used: [] }), maxKeys, drop);
  return {
    ids,
    record: (accountId, t) => records.get(ids.intern(accountId), t),
    at: (key, t) => records.get(key, t),
    slot<S>(create: () => S, horizonMs: number): AccountSlot<S> {
      const k = horizons.length;
      horizons.push(horizonMs);
      counts.push(0);
      return {
        get(input) {
          const r = input.account;
          if (!r) throw new Error('account state asked for an event without an account');
          let s = r.slots[k];
          if (s === undefined) {
            s = create();
            while (r.slots.length < k) {
              r.slots.push(undefined);
              r.used.push(0);
            }
            r.slots[k] = s;
            r.used[k] = input.t;
            counts[k]!++;
          } else if (input.t > r.used[k]!) {
            r.used[k] = input.t;
          }
          // The slot holds what `create` made for this index only.
          return s as S;
        },
        size: () => counts[k]!,
      };
    },
    sweep(nowMs) {
      records.retain((r) => {
        let live = 0;
        for (let k = 0; k < r.slots.length; k++) {
          if (r.slots[k] === undefined) continue;
          if (r.used[k]! < nowMs - horizons[k]!) {
            r.slots[k] = undefined;
            counts[k]!--;
          } else {
            live++;
          }
        }
        return live > 0;
      });
    },
    size: () => records.size(),
    dump: () => records.dump(),
    load(entries) {
      records.load(entries);
      counts.fill(0);
      for (const [, r] of entries) {
        for (let k = 0; k < r.slots.length && k < counts.length; k++) if (r.slots[k] !== undefined) counts[k]!++;
      }
    },
  };
}
