/**
 * Identifiers interned to small integers where events enter the detector: a person id (a 36-character
 * string, a new copy in every event) becomes a small integer once, so that the per-account windows and
 * baselines hold integers instead of pinning each event's strings in the old generation, and compare and
 * hash integers instead of strings.
 *
 * The table is bounded by time, not by the run: it keeps two generations, and an id not seen for a whole
 * generation (`horizonMs` of event time) is forgotten and its integer reused. Whatever holds an integer
 * must stop comparing it within the horizon: the detector's windows and open days are all shorter (the
 * longest, a baseline's open day, is 24 hours; the default horizon is two days, so events up to a day late
 * are safe too), and a window longer than that raises the horizon with {@link Interner.keepFor}.
 *
 * UUID-shaped ids (every Khiên id) are held as four 32-bit words in a typed-array table (`uuid-table.ts`),
 * not as strings: a table of a million persons is a few arrays the garbage collector never walks, and
 * interning an event's id parses it instead of hashing a fresh string. Other ids go to an ordinary map.
 */

import { UuidTable } from './uuid-table.ts';

/** A time-bounded string → small integer table. */
export interface Interner {
  /**
   * The integer of an id, assigned on first use; marks the id used at `t` (event ms).
   *
   * @param id - the id
   * @param t - event time; the table ages by the latest time it was given
   * @returns a non-negative integer, the same for the same id while it stays within the horizon
   */
  id(id: string, t: number): number;
  /** Ages the table to event time `t` (as {@link Interner.id} does), forgetting ids unused for a horizon. */
  sweep(t: number): void;
  /** Makes sure an integer is not reused within `ms` of its id's last use (a window that long compares them). */
  keepFor(ms: number): void;
  /** Ids held (both generations). */
  size(): number;
  /** The table as plain data (a detector snapshot). */
  dump(): InternerDump;
  /** Replaces the table with a dump. */
  load(dump: InternerDump): void;
}

/** What {@link Interner.dump} returns. */
export interface InternerDump {
  readonly current: Array<[string, number]>;
  readonly previous: Array<[string, number]>;
  readonly free: number[];
  readonly next: number;
  readonly epochStart: number;
  readonly horizonMs: number;
}

/**
 * Creates an interner.
 *
 * @param horizonMs - an id unused for this long (event time) may lose its integer (default two days)
 * @returns the table
 */
export function createInterner(horizonMs = 2 * 86_400_000): Interner {
  let horizon = horizonMs;
  // UUID-shaped ids live in a typed-array table (no string held); any other id in a map.
  const uuids = new UuidTable();
  let others = new Map<string, number>();
  /** The generation each integer was last used in; the current one is `gen`, the previous `gen - 1`. */
  let usedIn: number[] = [];
  let gen = 0;
  let free: number[] = [];
  let next = 0;
  let epochStart = -Infinity;
  let latest = -Infinity;
  const stale = (n: number): boolean => (usedIn[n] ?? gen) < gen - 1;
  const rotate = (): void => {
    gen++;
    // Ids last used before the previous generation were not seen for a whole generation: their integers are free.
    uuids.retain((n) => {
      if (!stale(n)) return true;
      free.push(n);
      return false;
    });
    for (const [k, n] of others) {
      if (!stale(n)) continue;
      free.push(n);
      others.delete(k);
    }
    epochStart = latest;
  };
  const advance = (t: number): void => {
    if (t <= latest) return;
    latest = t;
    if (epochStart === -Infinity) epochStart = t;
    else if (latest - epochStart >= horizon) {
      // Two generations gone at once: the current one's ids too were last seen over a horizon ago.
      if (latest - epochStart >= 2 * horizon) gen++;
      rotate();
    }
  };
  const fresh = (): number => {
    const n = free.pop() ?? next++;
    usedIn[n] = gen;
    return n;
  };
  const add = (id: string, n: number): void => {
    if (uuids.parse(id)) {
      uuids.get();
      uuids.add(n);
    } else {
      others.set(id, n);
    }
  };
  return {
    id(id, t) {
      advance(t);
      if (uuids.parse(id)) {
        let n = uuids.get();
        if (n === -1) {
          n = fresh();
          uuids.add(n);
        } else {
          usedIn[n] = gen;
        }
        return n;
      }
      let n = others.get(id);
      if (n === undefined) {
        n = fresh();
        others.set(id, n);
      } else {
        usedIn[n] = gen;
      }
      return n;
    },
    sweep: advance,
    keepFor(ms) {
      if (ms > horizon) horizon = ms;
    },
    size: () => uuids.size() + others.size,
    dump() {
      const current: Array<[string, number]> = [];
      const previous: Array<[string, number]> = [];
      const put = (k: string, n: number): void => {
        (usedIn[n] === gen ? current : previous).push([k, n]);
      };
      uuids.forEach(put);
      for (const [k, n] of others) put(k, n);
      return { current, previous, free: [...free], next, epochStart, horizonMs: horizon };
    },
    load(d) {
      uuids.clear();
      others = new Map();
      usedIn = [];
      gen = 1;
      for (const [k, n] of d.previous) {
        add(k, n);
        usedIn[n] = 0;
      }
      for (const [k, n] of d.current) {
        add(k, n);
        usedIn[n] = 1;
      }
      free = [...d.free];
      next = d.next;
      epochStart = d.epochStart;
      latest = d.epochStart;
      horizon = Math.max(horizon, d.horizonMs);
    },
  };
}
