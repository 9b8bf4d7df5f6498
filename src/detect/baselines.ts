/**
 * Per-account behaviour baselines learned from the event stream (live, or history replayed through
 * {@link Detector.learn}): daily read volume, distinct persons per day and per hour, the hours of the day the
 * account works, and the purposes it declares. Each day closes into an exponentially weighted mean; an
 * account's baseline counts as learned after a warm-up of `warmupDays` active days. Peer groups (same main
 * role and unit kind) keep the mean of their members' daily figures so that an account can be compared with
 * its peers as well as with itself.
 */
import type { KeyedEntry } from './keyed-state.ts';
import { AccountIds, HOLDER } from './account-ids.ts';
import { IndexedState } from './indexed-state.ts';
import { createInterner, type Interner, type InternerDump } from './interner.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Vietnam local time offset used for day and hour boundaries. */
const LOCAL_OFFSET = 7 * HOUR;

/** One account's learned behaviour. */
export interface AccountBaseline {
  /** Active days folded into the means. */
  days: number;
  /** EWMA of reads per active day. */
  readsPerDay: number;
  /** EWMA of distinct persons per active day. */
  personsPerDay: number;
  /** EWMA of distinct persons per active hour. */
  personsPerHour: number;
  /** Reads per local hour of day over the learned period. */
  hours: number[];
  /** Reads per declared purpose. */
  purposes: Map<string, number>;
  // Current (open) day and hour.
  dayKey: number;
  dayReads: number;
  /**
   * Persons read in the open day (interned: {@link BaselineStore.persons}) → the hour key they were last read
   * in (one map for day and hour counts).
   */
  subjects: Map<number, number>;
  /** Distinct persons in the open day and in the open hour. */
  dayDistinct: number;
  hourKey: number;
  hourDistinct: number;
}

/** Mean daily figures of a peer group. */
export interface PeerBaseline {
  members: number;
  personsPerDay: number;
  personsPerHour: number;
  readsPerDay: number;
}

/** The baseline store shared by the baseline-aware rules. */
export interface BaselineStore {
  /**
   * Folds one read into the account's open day.
   *
   * @param accountId - the reading account
   * @param peerGroupOf - the account's peer group, asked only when a day closes
   * @param t - event time (ms)
   * @param persons - persons read, interned by {@link BaselineStore.persons}
   * @param purpose - declared purpose
   */
  observe(accountId: string, peerGroupOf: (accountId: string) => string | null, t: number, persons: readonly number[], purpose: string | null): void;
  /**
   * {@link BaselineStore.observe} for an account already interned in {@link BaselineStore.accountIds} (the
   * detector's path: no id string looked up).
   *
   * @param key - the account's integer
   * @param accountId - its id (asked of `peerGroupOf` when a day closes)
   */
  observeAt(key: number, accountId: string, peerGroupOf: (accountId: string) => string | null, t: number, persons: readonly number[], purpose: string | null): void;
  /**
   * The account ids' integers: the baselines are indexed by them, and the detector's per-account records
   * share the table (kept with the baselines, as the person ids are, so that one store serves one detector).
   */
  readonly accountIds: AccountIds;
  /** The baseline of an account's integer, or undefined. */
  at(key: number): AccountBaseline | undefined;
  /** The baseline of an account's integer when it has completed its warm-up, else undefined. */
  warmAt(key: number): AccountBaseline | undefined;
  /**
   * The person ids' table: the detector interns each event's subjects here once, and the open days above and
   * the rules' windows hold the integers (kept with the baselines so that a dump carries both).
   */
  readonly persons: Interner;
  /** The account's baseline, or undefined when never seen. */
  get(accountId: string): AccountBaseline | undefined;
  /** True when the account has completed its warm-up. */
  isWarm(accountId: string): boolean;
  /** The account's baseline when it has completed its warm-up, else undefined (one lookup for both). */
  warm(accountId: string): AccountBaseline | undefined;
  /** The peer group's means, or undefined when it has no warm member yet. */
  peer(group: string): PeerBaseline | undefined;
  /**
   * The means of the account's closer peers: same group and same main declared purpose (helpdesk, batch and
   * caseload work differ more than their role says), falling back to the whole group.
   */
  peerOf(accountId: string, group: string): PeerBaseline | undefined;
  size(): number;
  /**
   * Drops accounts idle since before `cutoff`, and the persons' map of open days that ended before the day
   * ahead of `nowMs`'s (the counts stay until the account's next read closes the day).
   */
  sweep(cutoff: number, nowMs?: number): void;
  /** The accounts' baselines and the peer groups (a detector snapshot; live objects, not copies). */
  dump(): BaselineDump;
  /** Replaces everything with a dump (restoring a snapshot). */
  load(dump: BaselineDump): void;
}

/** What {@link BaselineStore.dump} returns. */
export interface BaselineDump {
  readonly accounts: Array<KeyedEntry<AccountBaseline>>;
  readonly peers: Array<[string, PeerBaseline]>;
  /** The person ids' table (absent in dumps taken before persons were interned). */
  readonly persons?: InternerDump;
}

/** Baseline settings. */
export interface BaselineOptions {
  /** Active days before a baseline is trusted. */
  warmupDays: number;
  /** Weight of the newest day in the means (0–1). */
  alpha: number;
  maxKeys: number;
}

/** Defaults: two working weeks of warm-up, a 10 % weight for each new day. */
export const DEFAULT_BASELINE_OPTIONS: BaselineOptions = { warmupDays: 10, alpha: 0.1, maxKeys: 200_000 };

/** Active days after which an account counts in its purpose peer group's means (before its own warm-up). */
const PURPOSE_PEER_DAYS = 3;

/** The purpose an account declared most. */
function mainPurpose(b: AccountBaseline): string {
  let best = '';
  let n = 0;
  for (const [p, c] of b.purposes) {
    if (c > n) {
      best = p;
      n = c;
    }
  }
  return best;
}

/**
 * Creates a baseline store.
 *
 * @param opts - warm-up, weight and memory bound
 * @returns the store
 */
export function createBaselineStore(opts: Partial<BaselineOptions> = {}): BaselineStore {
  const o = { ...DEFAULT_BASELINE_OPTIONS, ...opts };
  const accountIds = new AccountIds();
  const accounts = new IndexedState<AccountBaseline>(
    accountIds,
    HOLDER.baselines,
    () => ({
      days: 0, readsPerDay: 0, personsPerDay: 0, personsPerHour: 0, hours: new Array<number>(24).fill(0),
      purposes: new Map(), dayKey: -1, dayReads: 0, subjects: new Map(), dayDistinct: 0, hourKey: -1, hourDistinct: 0,
    }),
    o.maxKeys,
  );
  const peers = new Map<string, PeerBaseline>();
  const persons = createInterner();
  const ewma = (old: number, value: number, n: number): number => (n <= 1 ? value : old + o.alpha * (value - old));

  const closeHour = (b: AccountBaseline): void => {
    if (b.hourKey >= 0 && b.hourDistinct > 0) {
      b.personsPerHour = b.personsPerHour === 0 ? b.hourDistinct : b.personsPerHour + o.alpha * (b.hourDistinct - b.personsPerHour);
    }
    b.hourDistinct = 0;
  };
  const closeDay = (b: AccountBaseline, group: string | null): void => {
    if (b.dayKey >= 0 && b.dayReads > 0) {
      b.days++;
      b.readsPerDay = ewma(b.readsPerDay, b.dayReads, b.days);
      b.personsPerDay = ewma(b.personsPerDay, b.dayDistinct, b.days);
      const fold = (key: string): void => {
        const p = peers.get(key) ?? { members: 0, personsPerDay: 0, personsPerHour: 0, readsPerDay: 0 };
        p.members++;
        const w = Math.max(o.alpha / 4, 1 / p.members);
        p.personsPerDay += w * (b.personsPerDay - p.personsPerDay);
        p.personsPerHour += w * (b.personsPerHour - p.personsPerHour);
        p.readsPerDay += w * (b.readsPerDay - p.readsPerDay);
        peers.set(key, p);
      };
      if (group && b.days >= o.warmupDays) fold(group);
      if (group && b.days >= PURPOSE_PEER_DAYS) fold(`${group}|${mainPurpose(b)}`);
    }
    b.dayReads = 0;
    b.dayDistinct = 0;
    b.subjects.clear();
  };

  const observeAt = (key: number, accountId: string, peerGroupOf: (accountId: string) => string | null, t: number, subjects: readonly number[], purpose: string | null): void => {
    const b = accounts.get(key, t);
    const local = t + LOCAL_OFFSET;
    const day = Math.floor(local / DAY);
    const hour = Math.floor(local / HOUR);
    if (hour !== b.hourKey) {
      closeHour(b);
      b.hourKey = hour;
    }
    if (day !== b.dayKey) {
      closeDay(b, peerGroupOf(accountId));
      b.dayKey = day;
    }
    b.dayReads++;
    for (const s of subjects) {
      const seen = b.subjects.get(s);
      if (seen === hour) continue;
      if (seen === undefined) b.dayDistinct++;
      b.hourDistinct++;
      b.subjects.set(s, hour);
    }
    b.hours[hour % 24]!++;
    if (purpose) b.purposes.set(purpose, (b.purposes.get(purpose) ?? 0) + 1);
  };
  const warmAt = (key: number): AccountBaseline | undefined => {
    const b = accounts.peek(key);
    return b !== undefined && b.days >= o.warmupDays ? b : undefined;
  };

  return {
    persons,
    accountIds,
    observe(accountId, peerGroupOf, t, subjects, purpose) {
      observeAt(accountIds.intern(accountId), accountId, peerGroupOf, t, subjects, purpose);
    },
    observeAt,
    at: (key) => accounts.peek(key),
    warmAt,
    get: (id) => accounts.peek(accountIds.find(id)),
    isWarm: (id) => warmAt(accountIds.find(id)) !== undefined,
    warm: (id) => warmAt(accountIds.find(id)),
    peer: (g) => peers.get(g),
    peerOf(id, g) {
      const b = accounts.peek(accountIds.find(id));
      const close = b && b.purposes.size ? peers.get(`${g}|${mainPurpose(b)}`) : undefined;
      return close && close.members >= 3 ? close : peers.get(g);
    },
    size: () => accounts.size(),
    sweep(cutoff, nowMs) {
      accounts.sweep(cutoff);
      if (nowMs === undefined) return;
      // A day that ended more than a day ago takes no more reads (short of events over a day late): its
      // persons are not needed to count distinct ones, only its counters are, to close it.
      const before = Math.floor((nowMs + LOCAL_OFFSET) / DAY) - 1;
      accounts.retain((b) => {
        if (b.dayKey < before && b.subjects.size > 0) b.subjects = new Map();
        return true;
      });
    },
    dump: () => ({ accounts: accounts.dump(), peers: [...peers], persons: persons.dump() }),
    load(dump) {
      accounts.load(dump.accounts);
      if (dump.persons) persons.load(dump.persons);
      peers.clear();
      for (const [g, p] of dump.peers) peers.set(g, p);
    },
  };
}
