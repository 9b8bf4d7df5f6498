/**
 * Out-of-scope attempts: repeated denied decisions (trying records outside one's assignments) and
 * break-glass used repeatedly or for persons outside the staff member's own province.
 */
import { TimeWindow } from '../keyed-state.ts';
import { detection, num, type Detection, type RuleDefinition } from '../rule.ts';

const MIN = 60_000;

/** Requests and denials of one account on one local day. */
interface DayCount {
  day: number;
  total: number;
  denied: number;
}

/** KHIEN-R011: repeated denied access decisions, in a burst or scattered over days. */
export const repeatedDenials: RuleDefinition = {
  id: 'KHIEN-R011',
  name: { vi: 'Nhiều lần bị từ chối truy cập', en: 'Repeated denied access' },
  description: {
    vi: 'Tài khoản liên tục yêu cầu dữ liệu ngoài phạm vi được giao và bị từ chối: dồn dập trong ít phút, hoặc rải rác qua nhiều ngày với tỷ lệ bị từ chối cao hơn hẳn mức thường gặp.',
    en: 'An account repeatedly asking for data outside its assignments and being denied: in a burst of minutes, or scattered over days at a share of denials well above the usual.',
  },
  severity: 'medium',
  attack: 'T1213',
  defaults: { windowMinutes: 15, minDenials: 5, slowDays: 7, slowMinDenials: 6, slowMinShare: 0.02 },
  kinds: ['access'],
  create(params, env) {
    const windowMs = num(params, 'windowMinutes') * MIN;
    const min = num(params, 'minDenials');
    const slowDays = num(params, 'slowDays');
    const slowMin = num(params, 'slowMinDenials');
    const slowShare = num(params, 'slowMinShare');
    const state = env.accounts.slot(() => ({ w: new TimeWindow(), fired: 0 }), windowMs);
    // Per account: requests and denials per local day over `slowDays`, and when the slow finding last fired.
    const days = env.accounts.slot(() => ({ counts: [] as DayCount[], last: null as DayCount | null, firedAt: -Infinity }), slowDays * 86_400_000);
    return {
      size: () => state.size(),
      sweep: () => {},
      evaluate(input) {
        const e = input.event;
        if (e.kind !== 'access' || !input.accountId || e.actor.type !== 'staff') return null;
        const d = days.get(input);
        const day = Math.floor((input.t + 7 * 60 * MIN) / (1440 * MIN));
        let c = d.last;
        if (!c || c.day !== day) {
          c = d.counts.find((x) => x.day === day) ?? null;
          if (!c) {
            c = { day, total: 0, denied: 0 };
            d.counts.push(c);
            d.counts = d.counts.filter((x) => x.day > day - slowDays);
          }
          d.last = c;
        }
        c.total++;
        if (e.outcome !== 'deny') return null;
        c.denied++;
        const s = state.get(input);
        const n = s.w.push(input.t, windowMs);
        if (n >= min) {
          if (s.fired && n < s.fired + min) return null;
          s.fired = n;
          return [detection(repeatedDenials, input, { kind: 'burst', denials: n, windowMinutes: windowMs / MIN, reason: e.reason })];
        }
        s.fired = 0;
        // Scattered over hours or days: the share of denials over the last days.
        let total = 0;
        let denied = 0;
        let activeDays = 0;
        for (const x of d.counts) {
          if (x.day <= day - slowDays) continue;
          total += x.total;
          denied += x.denied;
          if (x.denied > 0) activeDays++;
        }
        if (denied < slowMin || denied / total < slowShare || input.t - d.firedAt < 86_400_000) return null;
        d.firedAt = input.t;
        // The next finding needs new denials: those reported are not counted again.
        for (const x of d.counts) x.denied = 0;
        return [detection(repeatedDenials, input, { kind: 'scattered', denials: denied, requests: total, days: slowDays, daysWithDenials: activeDays, reason: e.reason }, { groupKey: 'scattered' })];
      },
    };
  },
};

/** KHIEN-R012: break-glass used repeatedly. */
export const repeatedBreakGlass: RuleDefinition = {
  id: 'KHIEN-R012',
  name: { vi: 'Sử dụng truy cập khẩn cấp nhiều lần', en: 'Break-glass used repeatedly' },
  description: {
    vi: 'Một tài khoản dùng quyền truy cập khẩn cấp (break-glass) nhiều lần trong một khoảng thời gian.',
    en: 'An account using break-glass access several times within a period.',
  },
  severity: 'medium',
  attack: 'T1078',
  defaults: { windowDays: 7, minGrants: 3 },
  kinds: ['access'],
  create(params, env) {
    const windowMs = num(params, 'windowDays') * 86_400_000;
    const min = num(params, 'minGrants');
    const state = env.accounts.slot(() => new Map<string, number>(), windowMs);
    return {
      size: () => state.size(),
      sweep: () => {},
      evaluate(input) {
        const e = input.event;
        if (e.kind !== 'access' || e.outcome !== 'allow' || e.grant?.type !== 'break_glass' || !input.accountId) return null;
        const grants = state.get(input);
        for (const [g, t] of grants) if (input.t - t > windowMs) grants.delete(g);
        const isNew = !grants.has(e.grant.id);
        grants.set(e.grant.id, input.t);
        if (!isNew || grants.size < min) return null;
        return [detection(repeatedBreakGlass, input, { grants: grants.size, windowDays: windowMs / 86_400_000 })];
      },
    };
  },
};

/** KHIEN-R013: break-glass reads of persons outside the staff member's own province. */
export const breakGlassOutsideArea: RuleDefinition = {
  id: 'KHIEN-R013',
  name: { vi: 'Truy cập khẩn cấp ngoài địa bàn', en: 'Break-glass outside own area' },
  description: {
    vi: 'Truy cập khẩn cấp vào hồ sơ của người tham gia thuộc tỉnh khác với tỉnh của đơn vị cán bộ.',
    en: "Break-glass reads of insured persons registered in another province than the staff member's unit.",
  },
  severity: 'high',
  attack: 'T1213',
  defaults: {},
  kinds: ['access'],
  create(_params, env) {
    return {
      size: () => 0,
      sweep: () => {},
      evaluate(input) {
        const e = input.event;
        if (e.kind !== 'access' || e.outcome !== 'allow' || e.grant?.type !== 'break_glass' || !input.accountId) return null;
        const own = e.actor.provinceCode ?? env.context.account(input.accountId)?.provinceCode ?? null;
        // Central units ("00" or none) have a national remit: no own area to leave.
        if (!own || own === '00' || e.subjects.length === 0) return null;
        return env.context.subjectProvinces(e.subjects).then((provinces): readonly Detection[] | null => {
          const outside = e.subjects.filter((s) => {
            const p = provinces.get(s);
            return p !== undefined && p !== own;
          });
          if (outside.length === 0) return null;
          const others = [...new Set(outside.map((s) => provinces.get(s)!))].sort().join(',');
          return [detection(breakGlassOutsideArea, input, { ownProvince: own, subjectProvinces: others, subjectsOutside: outside.length })];
        });
      },
    };
  },
};
