/**
 * Account ids interned to small dense integers where events enter the detector: the per-account state (the
 * rules' slots in `account-state.ts`, the baselines in `baselines.ts`) lives in arrays indexed by the
 * integer instead of maps keyed by each event's id string. A UUID-shaped id (every Khiên account id) is
 * parsed into four 32-bit words and looked up in a typed-array table (`uuid-table.ts`), so no string is
 * hashed, compared or held; other ids go to an ordinary map.
 *
 * An integer stays assigned while some store holds state under it ({@link AccountIds.hold}) and is reused
 * after every holder let it go ({@link AccountIds.letGo}): the table is bounded by the accounts with state,
 * as the stores are. Integers are private to one detector (a snapshot keys accounts by their id string).
 */
import { UuidTable, uuidOfWords } from './uuid-table.ts';

/** A holder of state under account integers (a bit of {@link AccountIds.hold}'s mask). */
export const HOLDER = { records: 1, baselines: 2 } as const;

/** Account id ↔ small integer. */
export class AccountIds {
  private readonly uuids = new UuidTable();
  private readonly others = new Map<string, number>();
  /** The four words of each integer's UUID (for {@link AccountIds.idOf}); unused for other ids. */
  private words = new Int32Array(4 * 256);
  /** Each integer's id when not UUID-shaped (undefined for UUIDs and free integers). */
  private readonly names: Array<string | undefined> = [];
  /** Holders of each integer (bits of {@link HOLDER}); 0 = free or merely looked up. */
  private holders = new Uint8Array(256);
  private readonly free: number[] = [];
  private next = 0;

  /**
   * The integer of an account id, assigned on first use.
   *
   * @param id - the account id
   * @returns a non-negative integer, the same for the same id until every holder let it go
   */
  intern(id: string): number {
    if (this.uuids.parse(id)) {
      let n = this.uuids.get();
      if (n === -1) {
        n = this.fresh();
        // The words first: adding may grow the table, which moves every key through the current one.
        this.uuids.words(this.words, n << 2);
        this.uuids.add(n);
      }
      return n;
    }
    let n = this.others.get(id);
    if (n === undefined) {
      n = this.fresh();
      this.others.set(id, n);
      this.names[n] = id;
    }
    return n;
  }

  /**
   * The integer of an account id if it has one (nothing assigned).
   *
   * @param id - the account id
   * @returns the integer, or -1
   */
  find(id: string): number {
    if (this.uuids.parse(id)) return this.uuids.get();
    return this.others.get(id) ?? -1;
  }

  /** The account id of an assigned integer (a UUID is spelled back in its canonical form). */
  idOf(n: number): string {
    const name = this.names[n];
    if (name !== undefined) return name;
    const w = this.words;
    const k = n << 2;
    return uuidOfWords(w[k] ?? 0, w[k + 1] ?? 0, w[k + 2] ?? 0, w[k + 3] ?? 0);
  }

  /** Marks an integer held by a store (one bit of {@link HOLDER}). */
  hold(n: number, holder: number): void {
    this.holders[n] = (this.holders[n] ?? 0) | holder;
  }

  /** A store let an integer go; once no store holds it, the id is forgotten and its integer reused. */
  letGo(n: number, holder: number): void {
    const left = (this.holders[n] ?? 0) & ~holder;
    this.holders[n] = left;
    if (left === 0) this.forget(n);
  }

  /** Ids assigned. */
  size(): number {
    return this.uuids.size() + this.others.size;
  }

  /** Integers below this bound may be assigned (the length the stores' arrays need). */
  bound(): number {
    return this.next;
  }

  private forget(n: number): void {
    const name = this.names[n];
    if (name !== undefined) {
      if (this.others.get(name) !== n) return;
      this.others.delete(name);
      this.names[n] = undefined;
    } else {
      this.uuids.setWords(this.words, n << 2);
      if (this.uuids.get() !== n) return;
      this.uuids.remove();
    }
    this.free.push(n);
  }

  private fresh(): number {
    const n = this.free.pop() ?? this.next++;
    if (n >= this.holders.length) {
      const holders = new Uint8Array(this.holders.length * 2);
      holders.set(this.holders);
      this.holders = holders;
      const words = new Int32Array(this.words.length * 2);
      words.set(this.words);
      this.words = words;
    }
    this.holders[n] = 0;
    return n;
  }
}
