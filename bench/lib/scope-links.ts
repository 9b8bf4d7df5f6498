/**
 * What casbin's RBAC-with-domains model and Cedar's sliced entities share: an assignment expanded into scope
 * links, and the set of links valid at one instant, kept in step as time crosses validity boundaries.
 *
 * A link says "this account may do <purpose|action|category> in <domain>", where the domain is `P<province>`
 * or `C<commune>`. An assignment with a actions, c categories and s provinces or communes gives a × c × s
 * links. Neither casbin's role manager nor Cedar's entity hierarchy knows about time, so a competent user
 * keeps the links of the assignments valid *now*: they are added when an assignment starts and removed when
 * it ends (end exclusive). Two assignments of one account may give the same link, so links are counted and a
 * link leaves only when no valid assignment gives it.
 */
import { categoryOf, type ScopedAssignment, type ScopedRequest } from './scoped-policy.ts';

/** One link: account, permission (`purpose|action|category`), domain (`P<province>` or `C<commune>`). */
export type ScopeLink = readonly [account: string, perm: string, domain: string];

/**
 * The links an assignment gives while it is valid.
 *
 * @param a - the assignment
 * @returns its links (`search` included: an assignment's links are what it grants, whatever is asked)
 */
export function linksOf(a: ScopedAssignment): ScopeLink[] {
  const domains = [...a.provinces.map((p) => shared(`P${p}`)), ...a.communes.map((c) => shared(`C${c}`))];
  const out: ScopeLink[] = [];
  for (const action of a.actions) {
    for (const category of a.categories) {
      const perm = shared(`${a.purpose}|${action}|${category}`);
      for (const d of domains) out.push([a.accountId, perm, d]);
    }
  }
  return out;
}

// Permission and domain strings repeat across millions of links: one copy of each.
const strings = new Map<string, string>();
function shared(s: string): string {
  const known = strings.get(s);
  if (known !== undefined) return known;
  strings.set(s, s);
  return s;
}

/**
 * What a request asks for in link terms.
 *
 * @param r - the request
 * @returns the permission and the two domains (province, commune) either of which suffices
 */
export function requestLink(r: ScopedRequest): { perm: string; pdom: string; cdom: string } {
  return { perm: `${r.purpose}|${r.action}|${categoryOf(r.record)}`, pdom: `P${r.provinceCode}`, cdom: `C${r.communeCode}` };
}

/** The key of a link in maps (fields joined by a byte no field contains). */
export const linkKey = (l: ScopeLink): string => `${l[0]}\u0001${l[1]}\u0001${l[2]}`;

/** The net change of a sync step: links that appeared and links that disappeared. */
export interface LinkDelta {
  readonly added: readonly ScopeLink[];
  readonly removed: readonly ScopeLink[];
}

interface Boundary {
  readonly time: number;
  readonly assignment: number;
  /** +1: the assignment starts (validFrom); -1: it ends (validUntil, exclusive). */
  readonly sign: 1 | -1;
}

/**
 * The links valid at one instant, movable in time. The state at instant t holds every assignment with
 * `validFrom <= t < validUntil`; moving applies (or, backwards, undoes) the boundaries crossed and reports
 * the net change, which the engine then applies to its own store.
 */
export class ValidLinks {
  private readonly boundaries: Boundary[];
  /** Per account, per `perm\u0001domain`: how many valid assignments give that link. */
  private readonly counts = new Map<string, Map<string, number>>();
  private links = 0;
  /** Boundaries applied: all of those with time <= the current instant. */
  private applied = 0;
  private current = Number.NEGATIVE_INFINITY;

  /**
   * @param assignments - every assignment, whatever its validity
   */
  constructor(private readonly assignments: readonly ScopedAssignment[]) {
    const b: Boundary[] = [];
    assignments.forEach((a, i) => {
      if (a.validUntil <= a.validFrom) return;
      b.push({ time: a.validFrom, assignment: i, sign: 1 }, { time: a.validUntil, assignment: i, sign: -1 });
    });
    this.boundaries = b.sort((x, y) => x.time - y.time);
  }

  /** The instant the set stands at (-Infinity before the first move). */
  get at(): number {
    return this.current;
  }

  /** Number of distinct links valid at the current instant. */
  get size(): number {
    return this.links;
  }

  /** Adds `sign` to the count of a link; returns the count before. */
  private count(l: ScopeLink, sign: number): number {
    let perAccount = this.counts.get(l[0]);
    if (perAccount === undefined) {
      perAccount = new Map();
      this.counts.set(l[0], perAccount);
    }
    const k = shared(`${l[1]}\u0001${l[2]}`);
    const n = perAccount.get(k) ?? 0;
    if (n + sign > 0) perAccount.set(k, n + sign);
    else perAccount.delete(k);
    if (n === 0 && sign > 0) this.links++;
    else if (n + sign <= 0 && n > 0) this.links--;
    if (perAccount.size === 0) this.counts.delete(l[0]);
    return n;
  }

  private has(l: ScopeLink): boolean {
    return (this.counts.get(l[0])?.get(shared(`${l[1]}\u0001${l[2]}`)) ?? 0) > 0;
  }

  /**
   * Moves to instant `t`, crossing validity boundaries forwards or backwards.
   *
   * @param t - the instant (epoch ms)
   * @returns the links that appeared and disappeared (net: a link removed and re-added is in neither)
   */
  moveTo(t: number): LinkDelta {
    if (this.current === Number.NEGATIVE_INFINITY) return this.start(t);
    // Per link touched: whether it was present before the move, and the link itself.
    const touched = new Map<string, { was: boolean; link: ScopeLink }>();
    const touch = (assignment: number, sign: number): void => {
      const a = this.assignments[assignment];
      if (a === undefined) return;
      for (const l of linksOf(a)) {
        const k = linkKey(l);
        const before = this.count(l, sign);
        if (!touched.has(k)) touched.set(k, { was: before > 0, link: l });
      }
    };
    for (let b = this.boundaries[this.applied]; b !== undefined && b.time <= t; b = this.boundaries[this.applied]) {
      touch(b.assignment, b.sign);
      this.applied++;
    }
    for (let b = this.boundaries[this.applied - 1]; b !== undefined && b.time > t; b = this.boundaries[this.applied - 1]) {
      touch(b.assignment, -b.sign);
      this.applied--;
    }
    this.current = t;
    const added: ScopeLink[] = [];
    const removed: ScopeLink[] = [];
    for (const { was, link } of touched.values()) {
      const is = this.has(link);
      if (was && !is) removed.push(link);
      else if (!was && is) added.push(link);
    }
    return { added, removed };
  }

  /** The first move: the links of the assignments valid at `t`, without replaying history. */
  private start(t: number): LinkDelta {
    const added: ScopeLink[] = [];
    for (const a of this.assignments) {
      if (!(a.validFrom <= t && t < a.validUntil)) continue;
      for (const l of linksOf(a)) if (this.count(l, 1) === 0) added.push(l);
    }
    let applied = 0;
    while (applied < this.boundaries.length && (this.boundaries[applied]?.time ?? Number.POSITIVE_INFINITY) <= t) applied++;
    this.applied = applied;
    this.current = t;
    return { added, removed: [] };
  }
}
