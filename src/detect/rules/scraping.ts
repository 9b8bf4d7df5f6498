/**
 * Scraping and enumeration (directive: warn of tools used to pull data): many distinct persons in a window
 * compared with the account's own baseline and its peers, identifiers looked up in near-sequence, a request
 * cadence too regular for a human, and automation user agents.
 */
import { createKeyedState, DistinctWindow } from '../keyed-state.ts';
import { detection, list, num, type Detection, type DetectInput, type RuleDefinition } from '../rule.ts';

const MIN = 60_000;
/** Active days after which R014 compares an account with its own figures. */
const OWN_DAYS = 3;

/** KHIEN-R014: many distinct persons within a window, against own baseline and peers. */
export const massDistinctPersons: RuleDefinition = {
  id: 'KHIEN-R014',
  name: { vi: 'Truy cập hàng loạt hồ sơ khác nhau', en: 'Many distinct persons in a short window' },
  description: {
    vi: 'Số người tham gia khác nhau được truy cập trong cửa sổ thời gian vượt xa mức thường ngày của tài khoản và của nhóm cán bộ cùng vai trò, cùng loại đơn vị.',
    en: "The number of distinct insured persons read in a window far above the account's own baseline and its peer group's (same role, same unit kind).",
  },
  severity: 'high',
  attack: 'T1213',
  defaults: { windowMinutes: 60, minDistinct: 60, hardMax: 400, ownFactor: 5, peerFactor: 5, dailyMin: 150, ownDayFactor: 4, peerDayFactor: 4, dailyHardMax: 1000 },
  kinds: ['access'],
  create(params, env) {
    const windowMs = num(params, 'windowMinutes') * MIN;
    const minDistinct = num(params, 'minDistinct');
    const hardMax = num(params, 'hardMax');
    const ownFactor = num(params, 'ownFactor');
    const peerFactor = num(params, 'peerFactor');
    const dailyMin = num(params, 'dailyMin');
    const ownDay = num(params, 'ownDayFactor');
    const peerDay = num(params, 'peerDayFactor');
    const dailyHard = num(params, 'dailyHardMax');
    // The window holds interned person ids (`input.persons`), which must outlive it.
    env.persons.keepFor(2 * windowMs);
    const state = env.accounts.slot(() => ({ w: new DistinctWindow<number>(), fired: 0, firedDay: -1 }), Math.max(windowMs, 86_400_000));
    /**
     * Slow scraping: distinct persons read today (the baseline's open day) against the account's own daily
     * figure and its closer peers' (same role, unit kind and main purpose), once per local day.
     */
    const daily = (input: DetectInput, s: { firedDay: number }): Detection[] | null => {
      const b = env.baselines.at(input.accountKey);
      if (!b || b.dayDistinct < dailyMin) return null;
      const day = Math.floor((input.t + 7 * 3_600_000) / 86_400_000);
      if (b.dayKey !== day || b.dayDistinct < dailyMin || s.firedDay === day) return null;
      // The account's own days count from the third (before the ten-day warm-up): a batch user's volume is
      // its own usual long before its baseline is trusted for anything subtler.
      const own = b.days >= OWN_DAYS ? b : undefined;
      const group = env.context.peerGroup(input.accountId!);
      const peer = group ? env.baselines.peerOf(input.accountId!, group) : undefined;
      const threshold = own || peer ? Math.max(dailyMin, own ? own.personsPerDay * ownDay : 0, peer ? peer.personsPerDay * peerDay : 0) : dailyHard;
      if (b.dayDistinct < threshold) return null;
      s.firedDay = day;
      return [detection(massDistinctPersons, input, {
        kind: 'daily',
        distinctPersonsToday: b.dayDistinct,
        threshold: Math.round(threshold),
        ownPerDay: own ? Math.round(own.personsPerDay) : -1,
        peerPerDay: peer ? Math.round(peer.personsPerDay) : -1,
      }, { groupKey: 'daily' })];
    };
    return {
      size: () => state.size(),
      sweep: () => {},
      evaluate(input) {
        const e = input.event;
        if (e.kind !== 'access' || e.outcome !== 'allow' || !input.accountId || e.subjects.length === 0) return null;
        const s = state.get(input);
        let n = 0;
        const persons = input.persons;
        for (let i = 0; i < persons.length; i++) n = s.w.add(persons[i]!, input.t, windowMs);
        if (n < minDistinct) {
          s.fired = 0;
          return daily(input, s);
        }
        if (s.fired && n < s.fired * 2) return daily(input, s);
        let threshold = hardMax;
        let basis = 'hard_max';
        const seen = env.baselines.at(input.accountKey);
        const own = seen && seen.days >= OWN_DAYS ? seen : undefined;
        const group = env.context.peerGroup(input.accountId);
        const peer = group ? env.baselines.peerOf(input.accountId, group) : undefined;
        if (own || peer) {
          const t = Math.max(
            minDistinct,
            own ? own.personsPerHour * ownFactor * (windowMs / 3_600_000) : 0,
            peer ? peer.personsPerHour * peerFactor * (windowMs / 3_600_000) : 0,
          );
          if (t < threshold) {
            threshold = t;
            basis = own && peer ? 'own_and_peer_baseline' : own ? 'own_baseline' : 'peer_baseline';
          }
        }
        if (n < threshold) return daily(input, s);
        s.fired = n;
        return [detection(massDistinctPersons, input, {
          distinctPersons: n,
          windowMinutes: windowMs / MIN,
          threshold: Math.round(threshold),
          basis,
          ownPerHour: own ? Math.round(own.personsPerHour * 10) / 10 : -1,
          peerPerHour: peer ? Math.round(peer.personsPerHour * 10) / 10 : -1,
        })];
      },
    };
  },
};

/** KHIEN-R015: identifiers looked up in near-sequence (enumeration). */
export const sequentialLookups: RuleDefinition = {
  id: 'KHIEN-R015',
  name: { vi: 'Tra cứu mã định danh theo dãy liên tiếp', en: 'Sequential identifier lookups' },
  description: {
    vi: 'Các lần tra cứu liên tiếp dùng mã định danh có phần cuối tăng/giảm đều (dò quét hàng loạt).',
    en: 'Consecutive lookups whose identifier tails step up or down by small amounts (enumeration).',
  },
  severity: 'high',
  attack: 'T1119',
  defaults: { maxGap: 3, minRun: 6, windowMinutes: 10 },
  kinds: ['access'],
  create(params, env) {
    const maxGap = num(params, 'maxGap');
    const minRun = num(params, 'minRun');
    const windowMs = num(params, 'windowMinutes') * MIN;
    const state = env.accounts.slot(() => ({ last: NaN, lastT: 0, run: 1 }), windowMs);
    return {
      size: () => state.size(),
      sweep: () => {},
      evaluate(input) {
        const e = input.event;
        if (e.kind !== 'access' || !input.accountId || !e.lookup?.tail || !/^\d{1,9}$/.test(e.lookup.tail)) return null;
        const v = Number(e.lookup.tail);
        const s = state.get(input);
        const gap = Math.abs(v - s.last);
        s.run = gap > 0 && gap <= maxGap && input.t - s.lastT <= windowMs ? s.run + 1 : 1;
        s.last = v;
        s.lastT = input.t;
        if (s.run < minRun) return null;
        const run = s.run;
        s.run = 1;
        return [detection(sequentialLookups, input, { run, maxGap, by: e.lookup.by })];
      },
    };
  },
};

/** KHIEN-R016: request cadence too regular for a human. */
export const regularCadence: RuleDefinition = {
  id: 'KHIEN-R016',
  name: { vi: 'Nhịp truy cập đều bất thường (tự động hóa)', en: 'Machine-regular request cadence' },
  description: {
    vi: 'Khoảng cách giữa các lần truy cập gần như không đổi: dấu hiệu dùng công cụ tự động thay vì người thao tác.',
    en: 'Near-constant intervals between reads: a sign of an automated tool rather than a person.',
  },
  severity: 'medium',
  attack: 'T1119',
  defaults: { samples: 20, maxCv: 0.15, maxMeanSeconds: 30 },
  kinds: ['access'],
  create(params, env) {
    const samples = num(params, 'samples');
    const maxCv = num(params, 'maxCv');
    const maxMean = num(params, 'maxMeanSeconds') * 1000;
    const state = env.accounts.slot(() => ({ last: -1, gaps: [] as number[] }), samples * maxMean * 2);
    return {
      size: () => state.size(),
      sweep: () => {},
      evaluate(input) {
        const e = input.event;
        if (e.kind !== 'access' || !input.accountId) return null;
        const s = state.get(input);
        const last = s.last;
        s.last = input.t;
        if (last < 0) return null;
        const gap = input.t - last;
        if (gap > maxMean * 4) {
          s.gaps.length = 0;
          return null;
        }
        s.gaps.push(gap);
        if (s.gaps.length > samples) s.gaps.shift();
        if (s.gaps.length < samples) return null;
        let sum = 0;
        for (const g of s.gaps) sum += g;
        const mean = sum / s.gaps.length;
        if (mean > maxMean || mean <= 0) return null;
        let sq = 0;
        for (const g of s.gaps) sq += (g - mean) ** 2;
        const cv = Math.sqrt(sq / s.gaps.length) / mean;
        if (cv > maxCv) return null;
        s.gaps.length = 0;
        return [detection(regularCadence, input, { meanSeconds: Math.round(mean / 10) / 100, cv: Math.round(cv * 1000) / 1000, samples })];
      },
    };
  },
};

/** User-agent fragments of scripting libraries and automated browsers (case-insensitive). */
export const AUTOMATION_AGENTS: readonly string[] = [
  'HeadlessChrome', 'PhantomJS', 'python-requests', 'python-urllib', 'aiohttp', 'httpx', 'Scrapy', 'curl/', 'Wget',
  'Go-http-client', 'okhttp', 'Java/', 'Apache-HttpClient', 'node-fetch', 'undici', 'axios', 'got (', 'Puppeteer',
  'Playwright', 'Selenium', 'webdriver', 'libwww-perl', 'PowerShell', 'Postman', 'insomnia',
];

/** KHIEN-R017: automation user agents on staff sessions. */
export const automationAgent: RuleDefinition = {
  id: 'KHIEN-R017',
  name: { vi: 'Công cụ tự động truy cập bằng tài khoản cán bộ', en: 'Automation user agent on a staff account' },
  description: {
    vi: 'Đăng nhập hoặc truy cập của tài khoản cán bộ từ trình duyệt không giao diện hoặc thư viện lập trình (curl, python-requests, Selenium...).',
    en: 'Sign-in or reads by a staff account from a headless browser or scripting library (curl, python-requests, Selenium…).',
  },
  severity: 'high',
  attack: 'T1119',
  defaults: { agents: AUTOMATION_AGENTS, repeatMinutes: 60 },
  kinds: ['access', 'auth'],
  create(params, env) {
    const agents = list(params, 'agents').map((a) => a.toLowerCase());
    const repeat = num(params, 'repeatMinutes') * MIN;
    const verdicts = new Map<string, string | null>();
    const match = (ua: string): string | null => {
      const hit = verdicts.get(ua);
      if (hit !== undefined) return hit;
      const lower = ua.toLowerCase();
      const found = agents.find((a) => lower.includes(a)) ?? null;
      if (verdicts.size > 10_000) verdicts.clear();
      verdicts.set(ua, found);
      return found;
    };
    const state = createKeyedState(() => ({ t: -Infinity }), env.maxKeys);
    return {
      size: () => state.size(),
      sweep: (now) => state.sweep(now - repeat),
      evaluate(input) {
        const e = input.event;
        const ua = e.source.userAgent;
        if (!ua || !input.accountId) return null;
        if (e.kind === 'access' ? e.actor.type !== 'staff' : e.kind !== 'auth') return null;
        const agent = match(ua);
        if (!agent) return null;
        const s = state.get(`${input.accountId}|${agent}`, input.t);
        if (input.t - s.t < repeat) return null;
        s.t = input.t;
        return [detection(automationAgent, input, { agent })];
      },
    };
  },
};
