/**
 * Bounded per-key state for rules: a Map with second-chance (CLOCK) eviction approximating least-recently-used
 * when full and, on sweep, dropping every key idle longer than the rule's horizon.
 * This is what keeps the detector's memory bounded however many accounts, devices or addresses it sees.
 */

/** One key of a {@link KeyedState} as a snapshot holds it: key, state, last use (event ms), second-chance flag. */
export type KeyedEntry<S> = [key: string, state: S, t: number, ref: boolean];

/** Keyed state with LRU eviction. */
export interface KeyedState<S> {
  /** State of a key, created on first use; marks the key as used at `t`. */
  get(key: string, t: number): S;
  /** State of a key if present (does not touch it). */
  peek(key: string): S | undefined;
  delete(key: string): void;
  /** Drops keys last used before `cutoff`. */
  sweep(cutoff: number): void;
  /** Visits every key's state; drops the key when `keep` returns false (no `onDrop` call: the visitor decided). */
  retain(keep: (state: S) => boolean): void;
  size(): number;
  /** Every key in eviction order (a detector snapshot; the states are the live objects, not copies). */
  dump(): Array<KeyedEntry<S>>;
  /** Replaces the content with dumped entries (restoring a snapshot; no `onDrop` calls). */
  load(entries: ReadonlyArray<KeyedEntry<S>>): void;
}

// The keyed states created while {@link collectKeyedStates} runs: how a detector finds the state its rules
// keep, in creation order, to snapshot and restore it without the rules knowing.
let collecting: Array<KeyedState<unknown>> | null = null;

/**
 * Runs a synchronous build and returns, with its result, every keyed state created during it.
 *
 * @param build - creates rule instances (must not be asynchronous)
 * @returns the build's result and the keyed states it created, in creation order
 */
export function collectKeyedStates<T>(build: () => T): { value: T; states: Array<KeyedState<unknown>> } {
  const outer = collecting;
  const states: Array<KeyedState<unknown>> = [];
  collecting = states;
  try {
    return { value: build(), states };
  } finally {
    collecting = outer;
  }
}

/**
 * Creates keyed state.
 *
 * @param create - makes the state of a new key
 * @param maxKeys - most keys kept; a key not used since the last eviction pass is evicted beyond it
 * @param onDrop - called with the state of a key dropped by eviction or by {@link KeyedState.sweep}
 * @returns the store
 */
export function createKeyedState<S>(create: () => S, maxKeys: number, onDrop?: (state: S) => void): KeyedState<S> {
  // CLOCK (second-chance) eviction: a touch only sets a flag, so the hot path never reorders the Map; when
  // full, entries at the head that were touched since their last pass move to the tail, the first untouched
  // one is evicted. Amortised O(1), close to LRU.
  const map = new Map<string, { s: S; t: number; ref: boolean }>();
  const evictOne = (): void => {
    for (let i = 0; i < map.size; i++) {
      const first = map.entries().next();
      if (first.done) return;
      const [k, e] = first.value;
      map.delete(k);
      if (!e.ref) {
        onDrop?.(e.s);
        return;
      }
      e.ref = false;
      map.set(k, e);
    }
    const first = map.entries().next();
    if (!first.done) {
      map.delete(first.value[0]);
      onDrop?.(first.value[1].s);
    }
  };
  const store: KeyedState<S> = {
    get(key, t) {
      const e = map.get(key);
      if (e) {
        e.ref = true;
        if (t > e.t) e.t = t;
        return e.s;
      }
      if (map.size >= maxKeys) evictOne();
      const created = { s: create(), t, ref: false };
      map.set(key, created);
      return created.s;
    },
    peek: (key) => map.get(key)?.s,
    delete: (key) => {
      map.delete(key);
    },
    sweep(cutoff) {
      for (const [k, e] of map) {
        if (e.t < cutoff) {
          map.delete(k);
          onDrop?.(e.s);
        }
      }
    },
    retain(keep) {
      for (const [k, e] of map) {
        if (!keep(e.s)) map.delete(k);
      }
    },
    size: () => map.size,
    dump: () => Array.from(map, ([k, e]): KeyedEntry<S> => [k, e.s, e.t, e.ref]),
    load(entries) {
      map.clear();
      for (const [k, s, t, ref] of entries) map.set(k, { s, t, ref });
    },
  };
  collecting?.push(store);
  return store;
}

/** Timestamps within a sliding window (a queue that drops from the front). */
export class TimeWindow {
  private readonly times: number[] = [];
  private head = 0;

  /** Adds a time and drops those older than `t - windowMs`; returns the count inside the window. */
  push(t: number, windowMs: number): number {
    this.times.push(t);
    return this.prune(t, windowMs);
  }

  /** Drops times older than `t - windowMs`; returns the count left. */
  prune(t: number, windowMs: number): number {
    const min = t - windowMs;
    while (this.head < this.times.length && this.times[this.head]! < min) this.head++;
    if (this.head > 64 && this.head * 2 > this.times.length) {
      // Moved down in place (a splice would allocate the removed entries as a new array).
      this.times.copyWithin(0, this.head);
      this.times.length -= this.head;
      this.head = 0;
    }
    return this.times.length - this.head;
  }

  /** Count inside the window as of the last push/prune. */
  count(): number {
    return this.times.length - this.head;
  }

  clear(): void {
    this.times.length = 0;
    this.head = 0;
  }

  /** The times inside the window, oldest first (snapshot). */
  dump(): number[] {
    return this.times.slice(this.head);
  }

  /**
   * Rebuilds a window from {@link TimeWindow.dump}.
   *
   * @param times - times, oldest first
   * @returns the window
   */
  static load(times: readonly number[]): TimeWindow {
    const w = new TimeWindow();
    w.times.push(...times);
    return w;
  }
}

/** Entries in a {@link DistinctWindow} above which it keeps a map of its values instead of scanning. */
const SCAN_MAX = 32;
/** Entries at or below which a {@link DistinctWindow} drops its map and scans again. */
const SCAN_BACK = 8;

/**
 * Distinct values seen within a sliding window (an ordered log of values and times). Values are strings or
 * interned integers (`interner.ts`), which the window holds without pinning any event's strings.
 *
 * A window of a few entries (an account's reads of the last hour, usually about ten) counts its distinct
 * values by scanning its log, with no map: a map per account whose entries come and go is rehashed into a
 * new table every few additions, and those tables live long enough to be promoted and collected as old
 * garbage. Past {@link SCAN_MAX} entries (a burst) the window keeps value → position of its latest entry,
 * and drops that map once it has drained again.
 */
export class DistinctWindow<V extends string | number = string> {
  /**
   * Value → position of its latest entry in the log (counting every entry ever added), only while the
   * window is large: a small integer, so that marking a value seen again allocates nothing.
   */
  private last: Map<V, number> | null = null;
  /** Distinct values in the window while there is no map. */
  private distinct = 0;
  private readonly vals: V[] = [];
  private readonly times: number[] = [];
  private head = 0;
  /** Log entries dropped by compaction before index 0 (positions are `dropped + index`). */
  private dropped = 0;

  /** Records a value at `t`, prunes, and returns the number of distinct values in the window. */
  add(value: V, t: number, windowMs: number): number {
    const last = this.last;
    if (last === null) {
      if (!this.has(value, this.head)) this.distinct++;
    } else {
      last.set(value, this.dropped + this.times.length);
    }
    this.vals.push(value);
    this.times.push(t);
    if (last === null && this.times.length - this.head > SCAN_MAX) this.toMap();
    return this.prune(t, windowMs);
  }

  /** Drops entries older than the window; returns the distinct count. */
  prune(t: number, windowMs: number): number {
    const min = t - windowMs;
    const last = this.last;
    while (this.head < this.times.length && this.times[this.head]! < min) {
      const v = this.vals[this.head]!;
      // Forgotten only when this was its latest entry (a later one keeps it in the window).
      if (last === null) {
        if (!this.has(v, this.head + 1)) this.distinct--;
      } else if (last.get(v) === this.dropped + this.head) {
        last.delete(v);
      }
      this.head++;
    }
    if (this.head > 64 && this.head * 2 > this.times.length) {
      // Moved down in place (a splice would allocate the removed entries as a new array).
      const keep = this.times.length - this.head;
      this.vals.copyWithin(0, this.head);
      this.times.copyWithin(0, this.head);
      this.vals.length = keep;
      this.times.length = keep;
      this.dropped += this.head;
      this.head = 0;
    }
    if (last !== null && this.times.length - this.head <= SCAN_BACK) {
      this.distinct = last.size;
      this.last = null;
    }
    return this.size();
  }

  /** Distinct values currently held. */
  size(): number {
    return this.last === null ? this.distinct : this.last.size;
  }

  values(): IterableIterator<V> {
    return (this.last ?? this.positions()).keys();
  }

  /** The log inside the window, oldest first, as [value, time] pairs (snapshot). */
  dump(): Array<[V, number]> {
    const out: Array<[V, number]> = [];
    for (let i = this.head; i < this.times.length; i++) out.push([this.vals[i]!, this.times[i] ?? 0]);
    return out;
  }

  /**
   * Rebuilds a window from {@link DistinctWindow.dump}.
   *
   * @param log - [value, time] pairs, oldest first
   * @returns the window
   */
  static load<V extends string | number>(log: ReadonlyArray<readonly [V, number]>): DistinctWindow<V> {
    const w = new DistinctWindow<V>();
    for (const [v, t] of log) {
      w.vals.push(v);
      w.times.push(t);
    }
    const positions = w.positions();
    if (log.length > SCAN_MAX) w.last = positions;
    else w.distinct = positions.size;
    return w;
  }

  /** Whether the log holds `value` at or after index `from`. */
  private has(value: V, from: number): boolean {
    const vals = this.vals;
    for (let i = from; i < vals.length; i++) if (vals[i] === value) return true;
    return false;
  }

  /** Value → position of its latest entry, built from the log in the window. */
  private positions(): Map<V, number> {
    const m = new Map<V, number>();
    for (let i = this.head; i < this.times.length; i++) m.set(this.vals[i]!, this.dropped + i);
    return m;
  }

  /** The window grew past scanning: from now on it keeps the map. */
  private toMap(): void {
    this.last = this.positions();
  }
}
