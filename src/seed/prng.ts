/**
 * A seeded pseudo-random generator for the demo data: the same seed gives the same registry on every
 * machine. sfc32 (Chris Doty-Humphrey's Small Fast Counter, 128-bit state, passes PractRand to 2^40+)
 * seeded through splitmix32. Not for secrets: tokens and keys use `node:crypto`.
 */

/** A seeded random source. */
export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** An unsigned 32-bit integer. */
  uint32(): number;
  /** An integer in [min, max] (inclusive). */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** `n` decimal digits (leading zeros kept). */
  digits(n: number): string;
  /** A version-4-shaped UUID drawn from this stream. */
  uuid(): string;
  /** An independent stream derived from this one's seed and a label (stable across code changes elsewhere). */
  fork(label: string): Prng;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** FNV-1a hash of a label, to derive fork seeds. */
function hashLabel(label: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

const HEX: readonly string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * Creates a generator.
 *
 * @param seed - any integer; only its low 32 bits matter
 * @returns the generator
 */
export function createPrng(seed: number): Prng {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const uint32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i++) uint32();
  const next = (): number => uint32() / 4294967296;
  const byteHex = (x: number, shift: number): string => HEX[(x >>> shift) & 0xff]!;
  const prng: Prng = {
    next,
    uint32,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    digits: (n) => {
      let s = '';
      while (s.length < n) s += String(uint32() % 1_000_000_000).padStart(9, '0');
      return s.slice(0, n);
    },
    uuid: () => {
      const w0 = uint32();
      const w1 = uint32();
      const w2 = (uint32() & 0x3fffffff) | 0x80000000; // variant 10xx
      const w3 = uint32();
      const w1v = ((w1 & 0xffff0fff) | 0x00004000) >>> 0; // version 4
      return (
        byteHex(w0, 24) + byteHex(w0, 16) + byteHex(w0, 8) + byteHex(w0, 0) + '-' +
        byteHex(w1v, 24) + byteHex(w1v, 16) + '-' + byteHex(w1v, 8) + byteHex(w1v, 0) + '-' +
        byteHex(w2, 24) + byteHex(w2, 16) + '-' + byteHex(w2, 8) + byteHex(w2, 0) +
        byteHex(w3, 24) + byteHex(w3, 16) + byteHex(w3, 8) + byteHex(w3, 0)
      );
    },
    fork: (label) => createPrng(hashLabel(label, seed)),
  };
  return prng;
}

/** A weighted choice table built once and sampled in O(log n). */
export interface WeightedTable<T> {
  sample(prng: Prng): T;
}

/**
 * Builds a weighted choice table.
 *
 * @param entries - value and relative weight (> 0)
 * @returns the table
 */
export function weighted<T>(entries: ReadonlyArray<readonly [T, number]>): WeightedTable<T> {
  const values = entries.map(([v]) => v);
  const cumulative: number[] = [];
  let total = 0;
  for (const [, w] of entries) {
    total += w;
    cumulative.push(total);
  }
  return {
    sample: (prng) => {
      const x = prng.next() * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid]! > x) hi = mid;
        else lo = mid + 1;
      }
      return values[lo]!;
    },
  };
}
