/**
 * The detection evaluation's labelled event stream (bench/detect-eval.ts): day by day, the benign work of
 * the population (population.ts) with the behaviour that fools simple rules — month-end late work, early
 * arrivals, evening and early-morning VPN work by those entitled to it, Saturday-morning local offices,
 * holiday on-call, heavy-tailed volumes, helpdesk and inspectors, two registered devices used at once, a
 * replacement device used for a few hours before it is registered, sign-in typos and forgotten-password
 * bursts, a leaked password whose owner signs in normally, transfers, retirements, leave — and misuse
 * episodes of eight classes at three difficulties, each event of an episode labelled with it.
 */
import type { AccessEvent, AuthEvent, KhienEvent } from '../../src/events/types.ts';
import type { MemoryContext } from '../../src/detect/context.ts';
import type { WorkCalendar } from '../../src/detect/calendar.ts';
import { PROVINCES, officeIpOf, personOf, rng, type Population, type Rnd, type Staff } from './population.ts';

/** The eight misuse classes. */
export const CLASSES = ['lent_account', 'revoked_account', 'unregistered_device', 'off_hours', 'leaked_credential', 'related_person', 'scraping', 'out_of_scope'] as const;
/** A misuse class. */
export type MisuseClass = (typeof CLASSES)[number];
/** Difficulties. */
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
/** A difficulty. */
export type Difficulty = (typeof DIFFICULTIES)[number];

/** One injected misuse episode. */
export interface Episode {
  readonly id: number;
  readonly cls: MisuseClass;
  readonly difficulty: Difficulty;
  readonly accountId: string;
  /** First and last event times (ms), filled in as the days are generated. */
  start: number;
  end: number;
  readonly day: number;
  /** Other accounts taking part (a colleague switching between the two accounts on one PC). */
  readonly related: string[];
}

const MIN = 60_000;
const DAY = 86_400_000;

/** Options of {@link createScenario}. */
export interface ScenarioOptions {
  readonly population: Population;
  readonly seed: number;
  /** Evaluated days (day 0 = the first). */
  readonly days: number;
  /** History days before day 0 (benign only), learned without alerts. */
  readonly historyDays: number;
  /** Local midnight of day 0, as `YYYY-MM-DD`. */
  readonly firstDay: string;
  /** Episodes per class × difficulty. */
  readonly perCell: number;
  readonly calendar: WorkCalendar;
}

/** The generated scenario: episodes, labels, and each day's events and context changes. */
export interface Scenario {
  readonly episodes: Episode[];
  /** Event id → episode id. */
  readonly labels: Map<string, number>;
  /** UTC ms of local midnight of a day. */
  dayStart(day: number): number;
  /** Applies the context changes due at the start of a day (transfers, retirements, revocations). */
  applyChanges(day: number, context: MemoryContext): void;
  /** The day's events in time order. */
  eventsOf(day: number): KhienEvent[];
  /** Staff-days of the evaluated period (active staff per day summed). */
  staffDays(): number;
}

type DayKind = 'work' | 'saturday' | 'sunday' | 'holiday';

interface Plan {
  leave: Set<number>;
  transferDay: number;
  retireDay: number;
  leakDay: number;
  /** Episodes by day. */
  episodes: Map<number, Episode[]>;
  /** Days the episode replaces the staff member's own work (absent, revoked, scraping instead of work). */
  noWork: Set<number>;
  leaked: boolean;
}

/**
 * Creates the scenario.
 *
 * @param o - options
 * @returns the scenario
 */
export function createScenario(o: ScenarioOptions): Scenario {
  const { population: pop, calendar } = o;
  const day0 = Date.parse(`${o.firstDay}T00:00:00Z`) - 7 * 3_600_000;
  const dayStart = (d: number): number => day0 + d * DAY;
  const kindOf = (d: number): DayKind => {
    const why = calendar.classify(dayStart(d) + 10 * 3_600_000, null, 0);
    const weekday = calendar.local(dayStart(d) + 10 * 3_600_000).weekday;
    // A holiday on a weekly rest day is a rest day (on-call covers the weekday holidays).
    if (why === 'holiday' && weekday < 6) return 'holiday';
    if (why === 'weekend' || why === 'holiday') return weekday === 6 ? 'saturday' : 'sunday';
    return 'work';
  };
  const isWork = (d: number): boolean => kindOf(d) === 'work';
  /** Last three working days of the month (the calendar's own definition). */
  const monthEnd = (d: number): boolean => isWork(d) && calendar.isMonthEnd(dayStart(d) + 12 * 3_600_000);
  const workingDaysFrom = (d: number, n: number): number[] => {
    const out: number[] = [];
    for (let k = d; out.length < n && k < d + 30; k++) if (isWork(k)) out.push(k);
    return out;
  };

  const rnd = rng(o.seed * 104_729 + 17);
  const plans: Plan[] = pop.staff.map(() => ({ leave: new Set(), transferDay: -1, retireDay: -1, leakDay: -1, episodes: new Map(), noWork: new Set(), leaked: false }));
  const changes = new Map<number, Array<(ctx: MemoryContext) => void>>();
  const change = (d: number, f: (ctx: MemoryContext) => void): void => {
    const l = changes.get(d) ?? [];
    l.push(f);
    changes.set(d, l);
  };
  const busy = new Set<number>();
  // Benign life events.
  pop.staff.forEach((s, i) => {
    const p = plans[i]!;
    if (rnd() < 0.15) {
      const from = -o.historyDays + Math.floor(rnd() * (o.days + o.historyDays));
      const len = 3 + Math.floor(rnd() * 5);
      for (let k = 0; k < len; k++) p.leave.add(from + k);
    }
    if (s.kind !== 'inspector' && rnd() < 0.006) {
      p.transferDay = 1 + Math.floor(rnd() * (o.days - 2));
      busy.add(i);
    } else if (rnd() < 0.004) {
      p.retireDay = 1 + Math.floor(rnd() * (o.days - 2));
      busy.add(i);
    } else if (rnd() < 0.012) {
      p.leakDay = Math.floor(rnd() * o.days);
      busy.add(i);
    }
  });
  // Episodes, one per account, on clerks (the usual insider), at a working day.
  const episodes: Episode[] = [];
  const candidates = pop.staff.filter((s) => (s.kind === 'clerk' || s.kind === 'helpdesk') && !busy.has(s.index));
  let epId = 0;
  for (const cls of CLASSES) {
    for (const difficulty of DIFFICULTIES) {
      for (let k = 0; k < o.perCell; k++) {
        let s: Staff | undefined;
        for (let tries = 0; tries < 1000 && !s; tries++) {
          const c = candidates[Math.floor(rnd() * candidates.length)]!;
          if (busy.has(c.index)) continue;
          if (cls === 'off_hours' && c.vpn) continue;
          if (cls === 'scraping' && c.kind !== 'clerk') continue;
          s = c;
        }
        if (!s) continue;
        busy.add(s.index);
        let d = 1 + Math.floor(rnd() * Math.max(1, o.days - 6));
        // The Sunday episode starts from a working day early enough for a Sunday to follow within the period.
        if (cls === 'off_hours' && difficulty === 'medium') d = 1 + Math.floor(rnd() * 3);
        while (!isWork(d) || (cls === 'off_hours' && monthEnd(d))) d++;
        const ep: Episode = { id: epId++, cls, difficulty, accountId: s.facts.accountId, start: Infinity, end: -Infinity, day: d, related: [] };
        episodes.push(ep);
        const p = plans[s.index]!;
        const l = p.episodes.get(d) ?? [];
        l.push(ep);
        p.episodes.set(d, l);
        if (cls === 'revoked_account') {
          const acc = s;
          p.retireDay = d;
          change(d, (ctx) => ctx.setAccount({ ...acc.facts, accountStatus: 'disabled', hrStatus: 'retired' }));
        }
        if (cls === 'lent_account' && difficulty !== 'easy') p.noWork.add(d);
        if (cls === 'scraping' && difficulty === 'hard') {
          const span = workingDaysFrom(d, 2 + Math.floor(rnd() * 2));
          for (const x of span) p.noWork.add(x);
        }
      }
    }
  }
  // Transfers and retirements of the benign population.
  pop.staff.forEach((s, i) => {
    const p = plans[i]!;
    if (p.transferDay >= 0) {
      const to = PROVINCES.filter((x) => x !== s.facts.provinceCode)[Math.floor(rnd() * (PROVINCES.length - 1))]!;
      change(p.transferDay, (ctx) => {
        s.facts = { ...s.facts, unitId: `U${to}-P`, unitKind: 'province', provinceCode: to };
        s.officeIp = officeIpOf(to, 100, s.index);
        s.caseload = s.caseload.map((_, k) => personOf(to, (s.index % 1000) * 1000 + k));
        ctx.setAccount(s.facts);
      });
    }
    if (p.retireDay >= 0 && !p.episodes.size) change(p.retireDay, (ctx) => ctx.setAccount({ ...s.facts, accountStatus: 'disabled', hrStatus: 'retired' }));
  });

  const labels = new Map<string, number>();
  let seq = 0;
  let staffDays = 0;
  const iso = (t: number): string => new Date(t).toISOString();

  const eventsOf = (d: number): KhienEvent[] => {
    const out: KhienEvent[] = [];
    const drnd = rng(o.seed * 1_000_003 + (d + 1000) * 7_919);
    const kind = kindOf(d);
    const base = dayStart(d);
    const me = monthEnd(d);
    const at = (min: number): number => base + Math.round(min * MIN);
    let active = 0;

    const source = (ip: string, device: string | null, registered: boolean, ua = 'Mozilla/5.0 (Windows NT 10.0) Chrome/130'): AccessEvent['source'] => ({ ip, userAgent: ua, deviceId: device, deviceRegistered: registered, system: 'khien' });
    const push = (e: KhienEvent, ep: Episode | null): void => {
      out.push(e);
      if (ep) {
        labels.set(e.id, ep.id);
        const t = Date.parse(e.time);
        if (t < ep.start) ep.start = t;
        if (t > ep.end) ep.end = t;
      }
    };
    const auth = (s: Staff, t: number, action: AuthEvent['action'], src: AccessEvent['source'], session: string | null, over: Partial<AuthEvent>, ep: Episode | null): void => {
      push({ id: `e${seq++}`, kind: 'auth', time: iso(t), source: src, action, accountId: s.facts.accountId, username: s.facts.username, outcome: 'success', reason: 'OK', sessionId: session, mfa: true, unitId: s.facts.unitId, provinceCode: s.facts.provinceCode, ...over }, ep);
    };
    const read = (s: Staff, t: number, src: AccessEvent['source'], session: string, subject: string | null, ep: Episode | null): void => {
      const deny = subject === null;
      push({
        id: `e${seq++}`, kind: 'access', time: iso(t), requestId: null, source: src,
        actor: { type: 'staff', accountId: s.facts.accountId, unitId: s.facts.unitId, provinceCode: s.facts.provinceCode, roles: s.facts.roles, sessionId: session },
        action: 'view', resource: 'person', subjects: deny ? [] : [subject], categories: ['identity'], fields: ['fullName'],
        purpose: s.purpose, grant: deny ? null : { type: 'assignment', id: `asg-${s.index}` }, outcome: deny ? 'deny' : 'allow', reason: deny ? 'DENY_NO_ASSIGNMENT' : 'ALLOW_ASSIGNMENT',
      }, ep);
    };
    const province = (s: Staff): string => (s.facts.provinceCode === '00' ? '01' : s.facts.provinceCode!);
    const subjectFor = (s: Staff, r: Rnd): string => {
      const prov = province(s);
      switch (s.kind) {
        case 'clerk':
          if (r() < 0.01) return personOf(PROVINCES[Math.floor(r() * PROVINCES.length)]!, 2_000_000 + Math.floor(r() * 1e6));
          return r() < 0.75 ? s.caseload[Math.floor(r() * s.caseload.length)]! : personOf(prov, 1_000_000 + Math.floor(r() * 1e6));
        case 'inspector':
          return personOf(PROVINCES[Math.floor(r() * PROVINCES.length)]!, 1_000_000 + Math.floor(r() * 1e6));
        default:
          return personOf(prov, 1_000_000 + Math.floor(r() * 1e6));
      }
    };
    const signIn = (s: Staff, t: number, src: AccessEvent['source'], session: string, r: Rnd, ep: Episode | null): void => {
      if (!ep && r() < 0.08) {
        const n = 1 + Math.floor(r() * 2);
        for (let k = 0; k < n; k++) auth(s, t - (n - k) * 20_000, 'signin', src, null, { outcome: 'failure', reason: 'BAD_PASSWORD' }, null);
      } else if (!ep && r() < 0.004) {
        // Forgotten password: a burst of failures, a reset, then the sign-in.
        const n = 5 + Math.floor(r() * 3);
        for (let k = 0; k < n; k++) auth(s, t - 300_000 + k * 25_000, 'signin', src, null, { outcome: 'failure', reason: 'BAD_PASSWORD' }, null);
        auth(s, t - 60_000, 'password_reset', src, null, {}, null);
      }
      auth(s, t, 'signin', src, session, {}, ep);
    };
    /** Reads spread over [from, to) minutes. */
    const work = (s: Staff, from: number, to: number, n: number, src: AccessEvent['source'], session: string, r: Rnd, ep: Episode | null, subject: (r: Rnd) => string | null = (rr) => subjectFor(s, rr)): void => {
      for (let k = 0; k < n; k++) {
        const m = from + r() * (to - from);
        const deny = !ep && r() < 0.003;
        read(s, at(m), src, session, deny ? null : subject(r), ep);
      }
    };

    pop.staff.forEach((s, i) => {
      const p = plans[i]!;
      const r = drnd;
      const eps = p.episodes.get(d) ?? [];
      if (p.retireDay >= 0 && d >= p.retireDay && !eps.length) return;
      const office = source(s.officeIp, s.devices[0]!, true);
      const sess = `s-${i}-${d}`;
      const absent = p.leave.has(d) || r() < 0.04 || p.noWork.has(d) || (p.retireDay >= 0 && d >= p.retireDay);
      if (d >= 0) active++;
      if (p.leakDay === d) {
        // The leak list is imported at night; the owner keeps signing in normally (and changes the password).
        auth(s, at(120), 'password_leaked', source('10.1.0.1', null, false), null, { reason: 'leak_list_import' }, null);
        p.leaked = true;
      }
      let endMin = 0;
      if (!absent) {
        if (kind === 'work') {
          const start = s.early ? 375 + r() * 45 : 440 + r() * 25;
          let end = 1005 + r() * 25;
          if (me && s.collectionHeavy && r() < 0.6) end = 1140 + r() * 90;
          else if (r() < 0.03) end = 1080 + r() * 45;
          endMin = end;
          const n = Math.max(1, Math.round(s.dailyReads * (0.6 + 0.8 * r())));
          signIn(s, at(start), office, sess, r, null);
          if (p.leaked && p.leakDay < d) {
            auth(s, at(start) + 30_000, 'password_change', office, sess, {}, null);
            p.leaked = false;
          }
          let mainReads = n;
          if (s.devices.length > 1 && r() < 0.3) {
            // The second registered device (a laptop beside the desktop) in a meeting room, same office network.
            const laptop = source(s.officeIp, s.devices[1]!, true);
            const second = Math.round(n * 0.2);
            mainReads -= second;
            signIn(s, at(780), laptop, `${sess}-b`, r, null);
            work(s, 780, 900, second, laptop, `${sess}-b`, r, null);
          }
          if (r() < 0.002) {
            // A replacement device, used a few hours before the help desk registers it.
            const dev = `dev-${i}-r${d}`;
            const until = start + 120 + r() * 120;
            const fresh = source(s.officeIp, dev, false);
            signIn(s, at(start + 1), fresh, `${sess}-r`, r, null);
            const before = Math.round(mainReads * ((until - start) / (end - start)));
            work(s, start + 2, until, before, fresh, `${sess}-r`, r, null);
            s.devices[0] = dev;
            const reg = source(s.officeIp, dev, true);
            work(s, until, end, mainReads - before, reg, `${sess}-r`, r, null);
          } else {
            work(s, start + 1, end, mainReads, office, sess, r, null);
          }
          if (r() < 0.7) auth(s, at(end + 1), 'signout', office, sess, {}, null);
          if (s.vpn && end < 1170 && r() < 0.25) {
            const vpnSrc = source(`10.${Number(province(s))}.250.${(i % 250) + 1}`, s.devices[0]!, true);
            const from = 1200 + r() * 30;
            auth(s, at(from - 2), 'vpn_connect', vpnSrc, `${sess}-v`, { username: s.facts.username }, null);
            signIn(s, at(from), vpnSrc, `${sess}-v`, r, null);
            work(s, from + 1, from + 90, Math.max(3, Math.round(n * 0.2)), vpnSrc, `${sess}-v`, r, null);
          } else if (s.vpn && r() < 0.08) {
            const vpnSrc = source(`10.${Number(province(s))}.250.${(i % 250) + 1}`, s.devices[0]!, true);
            auth(s, at(328), 'vpn_connect', vpnSrc, `${sess}-m`, { username: s.facts.username }, null);
            signIn(s, at(330), vpnSrc, `${sess}-m`, r, null);
            work(s, 331, 390, Math.max(3, Math.round(n * 0.15)), vpnSrc, `${sess}-m`, r, null);
          }
        } else if (kind === 'saturday' && s.saturdayUnit && r() < 0.35) {
          signIn(s, at(445), office, sess, r, null);
          work(s, 446, 690, Math.round(s.dailyReads * 0.5), office, sess, r, null);
        } else if (kind === 'holiday' && s.kind !== 'inspector' && r() < 0.03) {
          signIn(s, at(480), office, sess, r, null);
          work(s, 481, 690, Math.round(s.dailyReads * 0.4), office, sess, r, null);
        }
      }
      for (const ep of eps) episode(s, ep, office, sess, endMin, r);
      // Later days of multi-day episodes.
      for (const [d0, list] of p.episodes) {
        if (d0 >= d) continue;
        for (const ep of list) continuing(s, ep, d - d0, sess, r);
      }
    });

    function episode(s: Staff, ep: Episode, office: AccessEvent['source'], sess: string, endMin: number, r: Rnd): void {
      const i = s.index;
      const home = source(s.homeIp, `own-${i}`, false);
      const newPersons = (n: number): ((rr: Rnd) => string) => {
        let c = 0;
        return () => personOf(province(s), 5_000_000 + i * 10_000 + c++ + n * 0);
      };
      switch (ep.cls) {
        case 'lent_account':
          if (ep.difficulty === 'easy') {
            const b = source(s.homeIp, `borrow-${i}`, false);
            signIn(s, at(840), b, `${sess}-x`, r, ep);
            work(s, 841, 900, 15, b, `${sess}-x`, r, ep);
          } else if (ep.difficulty === 'medium') {
            // A colleague on the shared front-desk PC (registered to both), switching between the two accounts.
            const c = pop.staff[(i + 1) % pop.staff.length]!;
            if (!ep.related.includes(c.facts.accountId)) ep.related.push(c.facts.accountId);
            const pc = source(c.officeIp, c.devices[0]!, true);
            signIn(s, at(600), pc, `${sess}-x`, r, ep);
            work(s, 601, 640, 10, pc, `${sess}-x`, r, ep);
            read(c, at(645), pc, `s-${c.index}-${d}`, subjectFor(c, r), null);
          } else {
            // The owner's own registered laptop, used in another province on a day the owner is away.
            const other = PROVINCES.find((x) => x !== province(s) && x !== '01' && x !== '79') ?? '37';
            const far = source(`10.${Number(other)}.77.${(i % 250) + 1}`, s.devices[s.devices.length - 1]!, true);
            signIn(s, at(540), far, `${sess}-x`, r, ep);
            work(s, 541, 630, 12, far, `${sess}-x`, r, ep, (rr) => s.caseload[Math.floor(rr() * s.caseload.length)]!);
          }
          break;
        case 'revoked_account':
          if (ep.difficulty === 'easy') {
            signIn(s, at(540), office, `${sess}-x`, r, ep);
            work(s, 541, 600, 20, office, `${sess}-x`, r, ep);
          } else if (ep.difficulty === 'medium') {
            work(s, 490, 500, 3, office, `s-${i}-${d - 1}`, r, ep);
          } else {
            auth(s, at(485), 'credential_refused', office, null, { outcome: 'failure', reason: 'SESSION_REVOKED', credential: { type: 'session', id: `s-${i}-${d - 1}`, attempts: 1, accountStatus: 'disabled', staffStatus: 'retired' } }, ep);
          }
          break;
        case 'unregistered_device':
          if (ep.difficulty === 'easy') {
            signIn(s, at(840), home, `${sess}-x`, r, ep);
            work(s, 841, 900, 25, home, `${sess}-x`, r, ep);
          } else if (ep.difficulty === 'medium') {
            const phone = source(s.homeIp, `phone-${i}`, false, 'Mozilla/5.0 (Linux; Android 14) Chrome/130 Mobile');
            signIn(s, at(600), phone, `${sess}-x`, r, ep);
            work(s, 601, 615, 4, phone, `${sess}-x`, r, ep);
          } else {
            const phone = source(s.officeIp, `phone-${i}`, false, 'Mozilla/5.0 (Linux; Android 14) Chrome/130 Mobile');
            signIn(s, at(570), phone, `${sess}-x`, r, ep);
            work(s, 571, 580, 2, phone, `${sess}-x`, r, ep);
            work(s, 885, 890, 2, phone, `${sess}-x`, r, ep);
          }
          break;
        case 'off_hours':
          if (ep.difficulty === 'easy') {
            signIn(s, at(1320), office, `${sess}-x`, r, ep);
            work(s, 1321, 1380, 40, office, `${sess}-x`, r, ep);
          } else if (ep.difficulty === 'hard') {
            const from = Math.max(1170, endMin + 100);
            work(s, from, from + 30, 6, office, sess, r, ep);
          }
          // Medium happens on the next Sunday (continuing()).
          break;
        case 'leaked_credential': {
          auth(s, at(120), 'password_leaked', source('10.1.0.1', null, false), null, { reason: 'leak_list_import' }, null);
          const foreign = source(`185.${40 + (i % 50)}.${i & 255}.7`, `atk-${i}`, false, 'Mozilla/5.0 (X11; Linux x86_64) Firefox/128');
          if (ep.difficulty === 'easy') {
            signIn(s, at(150), foreign, `${sess}-x`, r, ep);
            work(s, 151, 180, 30, foreign, `${sess}-x`, r, ep);
          } else if (ep.difficulty === 'medium') {
            signIn(s, at(630), foreign, `${sess}-x`, r, ep);
            work(s, 631, 640, 5, foreign, `${sess}-x`, r, ep);
          } else {
            for (let k = 0; k < 3; k++) auth(s, at(898 + k * 0.5), 'signin', foreign, null, { outcome: 'failure', reason: 'BAD_PASSWORD' }, ep);
            signIn(s, at(900), foreign, `${sess}-x`, r, ep);
            work(s, 901, 903, 1, foreign, `${sess}-x`, r, ep);
          }
          break;
        }
        case 'related_person': {
          const who = ep.difficulty === 'easy' ? s.linked.slice(0, 3) : ep.difficulty === 'medium' ? [s.linked[1]!] : [s.linked[3]!];
          who.forEach((pid, k) => read(s, at(600 + k * 2 + r() * 120), office, sess, pid, ep));
          break;
        }
        case 'scraping':
          if (ep.difficulty === 'easy') work(s, 540, 600, 500, office, sess, r, ep, newPersons(500));
          else if (ep.difficulty === 'medium') work(s, 480, 990, 250, office, sess, r, ep, newPersons(250));
          else {
            signIn(s, at(450), office, sess, r, ep);
            work(s, 451, 1000, 180 + Math.floor(r() * 100), office, sess, r, ep, newPersons(0));
          }
          break;
        case 'out_of_scope':
          if (ep.difficulty === 'easy') work(s, 600, 610, 8, office, sess, r, ep, () => null);
          else if (ep.difficulty === 'medium') for (let k = 0; k < 6; k++) read(s, at(510 + k * 60 + r() * 20), office, sess, null, ep);
          else for (let k = 0; k < 2 + Math.floor(r() * 2); k++) read(s, at(480 + r() * 500), office, sess, null, ep);
          break;
      }
    }

    function continuing(s: Staff, ep: Episode, after: number, sess: string, r: Rnd): void {
      const i = s.index;
      const p = plans[i]!;
      if (ep.cls === 'scraping' && ep.difficulty === 'hard' && p.noWork.has(d)) {
        const office = source(s.officeIp, s.devices[0]!, true);
        let c = 0;
        signIn(s, at(450), office, sess, r, ep);
        work(s, 451, 1000, 180 + Math.floor(r() * 100), office, sess, r, ep, () => personOf(province(s), 5_000_000 + i * 10_000 + 1_000 * after + c++));
      } else if (ep.cls === 'out_of_scope' && ep.difficulty === 'hard' && after <= 5 && kind === 'work') {
        const office = source(s.officeIp, s.devices[0]!, true);
        for (let k = 0; k < 2 + Math.floor(r() * 2); k++) read(s, at(480 + r() * 500), office, sess, null, ep);
      } else if (ep.cls === 'off_hours' && ep.difficulty === 'medium' && calendar.local(base + 12 * 3_600_000).weekday === 7 && ep.start === Infinity) {
        const office = source(s.officeIp, s.devices[0]!, true);
        signIn(s, at(840), office, `${sess}-x`, r, ep);
        work(s, 841, 880, 12, office, `${sess}-x`, r, ep);
      } else if (ep.cls === 'unregistered_device' && ep.difficulty === 'hard' && after === 1) {
        const phone = source(s.officeIp, `phone-${i}`, false, 'Mozilla/5.0 (Linux; Android 14) Chrome/130 Mobile');
        signIn(s, at(600), phone, `${sess}-y`, r, ep);
        work(s, 601, 606, 2, phone, `${sess}-y`, r, ep);
      }
    }

    if (d >= 0) staffDays += active;
    out.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
    return out;
  };

  return {
    episodes,
    labels,
    dayStart,
    applyChanges(d, context) {
      for (const f of changes.get(d) ?? []) f(context);
    },
    eventsOf,
    staffDays: () => staffDays,
  };
}
