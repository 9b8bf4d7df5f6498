/**
 * Bounded per-account state indexed by the account's integer (`account-ids.ts`) instead of a map keyed by
 * the id string: {@link KeyedState}'s semantics (created on first use, stamped with the latest event time,
 * swept when idle, second-chance eviction beyond a bound, dumped and loaded keyed by the id string) over
 * plain arrays. Finding an account's state is an array index; the last-use times and second-chance flags
 * are typed arrays the garbage collector never walks.
 */
import type { AccountIds } from './account-ids.ts';
import type { KeyedEntry } from './keyed-state.ts';

/** Per-account state by integer. */
export class IndexedState<S> {
  private states: Array<S | undefined> = [];
  /** Event time each integer's state was last used. */
  private times = new Float64Array(256);
  /** Second-chance flag: used since the eviction hand last passed. */
  private refs = new Uint8Array(256);
  private count = 0;
  /** Where the eviction hand is (an integer). */
  private hand = 0;

  /**
   * @param ids - the account integers (shared by the detector's stores)
   * @param holder - this store's bit in {@link AccountIds.hold}
   * @param create - makes the state of an account new to the store
   * @param maxKeys - most accounts kept; beyond it an account not used since the hand's last pass is evicted
   * @param onDrop - called with the state of an account dropped by eviction or {@link IndexedState.sweep}
   */
  constructor(
    private readonly ids: AccountIds,
    private readonly holder: number,
    private readonly create: () => S,
    private readonly maxKeys: number,
    private readonly onDrop?: (state: S) => void,
  ) {}

  /** The state of an account's integer, created on first use; marks it used at `t`. */
  get(n: number, t: number): S {
    const s = this.states[n];
    if (s !== undefined) {
      this.refs[n] = 1;
      if (t > (this.times[n] ?? 0)) this.times[n] = t;
      return s;
    }
    if (this.count >= this.maxKeys) this.evictOne();
    const created = this.create();
    this.put(n, created, t, false);
    return created;
  }

  /** The state of an account's integer if present (does not touch it). */
  peek(n: number): S | undefined {
    return n < 0 ? undefined : this.states[n];
  }

  /** Drops accounts last used before `cutoff`. */
  sweep(cutoff: number): void {
    const states = this.states;
    for (let n = 0; n < states.length; n++) {
      const s = states[n];
      if (s === undefined || (this.times[n] ?? 0) >= cutoff) continue;
      this.drop(n);
      this.onDrop?.(s);
    }
  }

  /** Visits every account's state; drops the account when `keep` returns false (no `onDrop` call). */
  retain(keep: (state: S) => boolean): void {
    const states = this.states;
    for (let n = 0; n < states.length; n++) {
      const s = states[n];
      if (s !== undefined && !keep(s)) this.drop(n);
    }
  }

  /** Accounts held. */
  size(): number {
    return this.count;
  }

  /** Every account keyed by its id string, from the eviction hand on (a snapshot; live objects, not copies). */
  dump(): Array<KeyedEntry<S>> {
    const out: Array<KeyedEntry<S>> = [];
    const len = this.states.length;
    for (let i = 0; i < len; i++) {
      const n = (this.hand + i) % len;
      const s = this.states[n];
      if (s !== undefined) out.push([this.ids.idOf(n), s, this.times[n] ?? 0, this.refs[n] === 1]);
    }
    return out;
  }

  /** Replaces the content with dumped entries (restoring a snapshot; no `onDrop` calls). */
  load(entries: ReadonlyArray<KeyedEntry<S>>): void {
    this.retain(() => false);
    this.states = [];
    this.hand = 0;
    for (const [id, s, t, ref] of entries) this.put(this.ids.intern(id), s, t, ref);
  }

  private put(n: number, s: S, t: number, ref: boolean): void {
    if (n >= this.times.length) {
      let cap = this.times.length * 2;
      while (cap <= n) cap *= 2;
      const times = new Float64Array(cap);
      times.set(this.times);
      this.times = times;
      const refs = new Uint8Array(cap);
      refs.set(this.refs);
      this.refs = refs;
    }
    while (this.states.length < n) this.states.push(undefined);
    this.states[n] = s;
    this.times[n] = t;
    this.refs[n] = ref ? 1 : 0;
    this.count++;
    this.ids.hold(n, this.holder);
  }

  private drop(n: number): void {
    this.states[n] = undefined;
    this.count--;
    this.ids.letGo(n, this.holder);
  }

  /** Second-chance eviction: the hand clears the flag of used accounts and evicts the first unused one. */
  private evictOne(): void {
    const states = this.states;
    const len = states.length;
    for (let i = 0; i < 2 * len + 1; i++) {
      if (this.hand >= len) this.hand = 0;
      const n = this.hand++;
      const s = states[n];
      if (s === undefined) continue;
      if (this.refs[n] === 1) {
        this.refs[n] = 0;
        continue;
      }
      this.drop(n);
      this.onDrop?.(s);
      return;
    }
  }
}
