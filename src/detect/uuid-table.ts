/**
 * A hash table from UUID-shaped ids (the canonical lowercase `8-4-4-4-12` form every Khiên id has) to
 * non-negative integers, held in typed arrays: an id is parsed into four 32-bit words once, and the table
 * keeps the words, not the string. So interning an event's id neither hashes a fresh 36-character string
 * nor pins that string in the old generation, and a table of a million ids is three arrays the garbage
 * collector never walks. Ids of any other shape are not parsed ({@link UuidTable.parse} returns false) and
 * the caller keeps them in an ordinary map.
 */

/** Hex digit value of a character code below 128, or -1. */
const HEX = new Int8Array(128).fill(-1);
for (let i = 0; i < 10; i++) HEX[48 + i] = i;
for (let i = 0; i < 6; i++) HEX[97 + i] = 10 + i;

/** Value of the four hex digits at `i`, or a negative number when one is not a lowercase hex digit. */
function hex4(s: string, i: number): number {
  let v = 0;
  let bad = 0;
  for (let k = i; k < i + 4; k++) {
    const c = s.charCodeAt(k);
    const d = c < 128 ? HEX[c] ?? -1 : -1;
    bad |= d;
    v = (v << 4) | (d & 15);
  }
  return bad < 0 ? -1 : v;
}

const hex = (v: number, n: number): string => (v >>> 0).toString(16).padStart(n, '0');

/**
 * The canonical id of four words.
 *
 * @param a - first word (hex digits 1–8)
 * @param b - second word (digits 9–16, the dash left out)
 * @param c - third word
 * @param d - fourth word
 * @returns the lowercase `8-4-4-4-12` id
 */
export function uuidOfWords(a: number, b: number, c: number, d: number): string {
  return `${hex(a, 8)}-${hex(b >>> 16, 4)}-${hex(b & 0xffff, 4)}-${hex(c >>> 16, 4)}-${hex(c & 0xffff, 4)}${hex(d, 8)}`;
}

/** Home slot hash of a key's four words (masked by the caller). */
function home(a: number, b: number, c: number, d: number): number {
  const h = Math.imul(a ^ Math.imul(b, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b) ^ Math.imul(d, 0xc2b2ae35), 0x27d4eb2d);
  return h ^ (h >>> 15);
}

/** Open-addressing (linear probing) table of UUID keys, 4 × 32-bit words each, to integers. */
export class UuidTable {
  private keys = new Int32Array(4 * 1024);
  /** Value of each slot, -1 when empty. */
  private vals = new Int32Array(1024).fill(-1);
  private mask = 1023;
  private used = 0;
  // The key last parsed, and the slot {@link UuidTable.get} found for it (or where it would go).
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 0;
  private slot = 0;

  /**
   * Parses an id as the current key.
   *
   * @returns false when the id is not a canonical lowercase UUID (the table cannot hold it)
   */
  parse(s: string): boolean {
    if (s.length !== 36 || s.charCodeAt(8) !== 45 || s.charCodeAt(13) !== 45 || s.charCodeAt(18) !== 45 || s.charCodeAt(23) !== 45) return false;
    const a0 = hex4(s, 0);
    const a1 = hex4(s, 4);
    const b0 = hex4(s, 9);
    const b1 = hex4(s, 14);
    const c0 = hex4(s, 19);
    const c1 = hex4(s, 24);
    const d0 = hex4(s, 28);
    const d1 = hex4(s, 32);
    if ((a0 | a1 | b0 | b1 | c0 | c1 | d0 | d1) < 0) return false;
    this.a = (a0 << 16) | a1;
    this.b = (b0 << 16) | b1;
    this.c = (c0 << 16) | c1;
    this.d = (d0 << 16) | d1;
    return true;
  }

  /** The value of the current key, or -1 when absent. */
  get(): number {
    const { a, b, c, d, keys, vals, mask } = this;
    let i = home(a, b, c, d) & mask;
    for (;;) {
      const v = vals[i] ?? -1;
      if (v === -1) break;
      const k = i << 2;
      if (keys[k] === a && keys[k + 1] === b && keys[k + 2] === c && keys[k + 3] === d) {
        this.slot = i;
        return v;
      }
      i = (i + 1) & mask;
    }
    this.slot = i;
    return -1;
  }

  /**
   * Adds the current key with a value; call right after {@link UuidTable.get} returned -1 for it. The
   * current key is not kept past this call (growing the table moves every key through it).
   */
  add(value: number): void {
    const i = this.slot;
    const k = i << 2;
    this.keys[k] = this.a;
    this.keys[k + 1] = this.b;
    this.keys[k + 2] = this.c;
    this.keys[k + 3] = this.d;
    this.vals[i] = value;
    this.used++;
    if (this.used * 2 > this.mask + 1) this.rebuild((this.mask + 1) * 2);
  }

  /**
   * Removes the current key; call right after {@link UuidTable.get} found it. Later keys of its probe run
   * move back into the gap (no tombstone), so lookups stay as short as if it had never been added.
   */
  remove(): void {
    const { keys, vals, mask } = this;
    let gap = this.slot;
    vals[gap] = -1;
    this.used--;
    for (let j = (gap + 1) & mask; ; j = (j + 1) & mask) {
      const v = vals[j] ?? -1;
      if (v === -1) return;
      const k = j << 2;
      const h = home(keys[k] ?? 0, keys[k + 1] ?? 0, keys[k + 2] ?? 0, keys[k + 3] ?? 0) & mask;
      // The entry at j may fill the gap when its home slot is not in the (cyclic) range gap+1 … j.
      if (((j - h) & mask) >= ((j - gap) & mask)) {
        const g = gap << 2;
        keys[g] = keys[k] ?? 0;
        keys[g + 1] = keys[k + 1] ?? 0;
        keys[g + 2] = keys[k + 2] ?? 0;
        keys[g + 3] = keys[k + 3] ?? 0;
        vals[gap] = v;
        vals[j] = -1;
        gap = j;
      }
    }
  }

  /** Makes the key held as four words in `from` at `at` (as {@link UuidTable.words} wrote it) the current key. */
  setWords(from: Int32Array, at: number): void {
    this.a = from[at] ?? 0;
    this.b = from[at + 1] ?? 0;
    this.c = from[at + 2] ?? 0;
    this.d = from[at + 3] ?? 0;
  }

  /** The current key (the one last parsed) as its four words, written into `out` at `at`. */
  words(out: Int32Array, at: number): void {
    out[at] = this.a;
    out[at + 1] = this.b;
    out[at + 2] = this.c;
    out[at + 3] = this.d;
  }

  /** Keys held. */
  size(): number {
    return this.used;
  }

  /**
   * Keeps the entries whose value passes `keep`, called once per entry (the table is rebuilt, sized for
   * what stays).
   *
   * @param keep - whether a value stays
   */
  retain(keep: (value: number) => boolean): void {
    let live = 0;
    const vals = this.vals;
    for (let i = 0; i <= this.mask; i++) {
      const v = vals[i] ?? -1;
      if (v === -1) continue;
      if (keep(v)) live++;
      else vals[i] = -2;
    }
    let cap = 1024;
    while (cap < live * 4) cap *= 2;
    this.rebuild(cap);
  }

  /** Visits every entry as (id string, value). */
  forEach(visit: (id: string, value: number) => void): void {
    const { keys, vals } = this;
    for (let i = 0; i <= this.mask; i++) {
      const v = vals[i] ?? -1;
      if (v === -1) continue;
      const k = i << 2;
      const a = keys[k] ?? 0;
      const b = keys[k + 1] ?? 0;
      const c = keys[k + 2] ?? 0;
      const d = keys[k + 3] ?? 0;
      visit(uuidOfWords(a, b, c, d), v);
    }
  }

  /** Empties the table. */
  clear(): void {
    this.keys = new Int32Array(4 * 1024);
    this.vals = new Int32Array(1024).fill(-1);
    this.mask = 1023;
    this.used = 0;
  }

  /** Moves every entry (not those marked -2 by a retain) into a table of `cap` slots. */
  private rebuild(cap: number): void {
    const oldKeys = this.keys;
    const oldVals = this.vals;
    this.keys = new Int32Array(4 * cap);
    this.vals = new Int32Array(cap).fill(-1);
    this.mask = cap - 1;
    this.used = 0;
    for (let i = 0; i < oldVals.length; i++) {
      const v = oldVals[i] ?? -1;
      if (v < 0) continue;
      const k = i << 2;
      this.a = oldKeys[k] ?? 0;
      this.b = oldKeys[k + 1] ?? 0;
      this.c = oldKeys[k + 2] ?? 0;
      this.d = oldKeys[k + 3] ?? 0;
      this.get();
      const j = this.slot << 2;
      this.keys[j] = this.a;
      this.keys[j + 1] = this.b;
      this.keys[j + 2] = this.c;
      this.keys[j + 3] = this.d;
      this.vals[this.slot] = v;
      this.used++;
    }
  }
}
