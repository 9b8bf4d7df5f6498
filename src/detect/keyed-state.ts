/**
 * Bounded per-key state for rules: a Map kept in least-recently-used order (a touched key is moved to the
 * end), evicting the oldest key when full and, on sweep, every key idle longer than the rule's horizon.
 * This is what keeps the detector's memory bounded however many accounts, devices or addresses it sees.
 */

/** Keyed state with LRU eviction. */
export interface KeyedState<S> {
  /** State of a key, created on first use; marks the key as used at `t`. */
  get(key: string, t: number): S;
  /** State of a key if present (does not touch it). */
  peek(key: string): S | undefined;
  delete(key: string): void;
  /** Drops keys last used before `cutoff`. */
  sweep(cutoff: number): void;
  size(): number;
}

/**
 * Creates keyed state.
 *
 * @param create - makes the state of a new key
 * @param maxKeys - most keys kept; the least recently used is evicted beyond it
 * @returns the store
 */
export function createKeyedState<S>(create: () => S, maxKeys: number): KeyedState<S> {
  const map = new Map<string, { s: S; t: number }>();
  return {
    get(key, t) {
      let e = map.get(key);
      if (e) {
        map.delete(key);
        if (t > e.t) e.t = t;
      } else {
        e = { s: create(), t };
        if (map.size >= maxKeys) {
          const oldest = map.keys().next();
          if (!oldest.done) map.delete(oldest.value);
        }
      }
      map.set(key, e);
      return e.s;
    },
    peek: (key) => map.get(key)?.s,
    delete: (key) => {
      map.delete(key);
    },
    sweep(cutoff) {
      for (const [k, e] of map) {
        if (e.t < cutoff) map.delete(k);
      }
    },
    size: () => map.size,
  };
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
      this.times.splice(0, this.head);
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
}

/** Distinct values seen within a sliding window (value → last time seen, plus an ordered log). */
export class DistinctWindow {
  private readonly last = new Map<string, number>();
  private readonly log: Array<{ v: string; t: number }> = [];
  private head = 0;

  /** Records a value at `t`, prunes, and returns the number of distinct values in the window. */
  add(value: string, t: number, windowMs: number): number {
    this.last.set(value, t);
    this.log.push({ v: value, t });
    return this.prune(t, windowMs);
  }

  /** Drops entries older than the window; returns the distinct count. */
  prune(t: number, windowMs: number): number {
    const min = t - windowMs;
    while (this.head < this.log.length && this.log[this.head]!.t < min) {
      const e = this.log[this.head]!;
      if (this.last.get(e.v) === e.t) this.last.delete(e.v);
      this.head++;
    }
    if (this.head > 64 && this.head * 2 > this.log.length) {
      this.log.splice(0, this.head);
      this.head = 0;
    }
    return this.last.size;
  }

  /** Distinct values currently held. */
  size(): number {
    return this.last.size;
  }

  values(): IterableIterator<string> {
    return this.last.keys();
  }
}
