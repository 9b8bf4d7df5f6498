/**
 * Out-of-scope attempts: repeated denied decisions (trying records outside one's assignments) and
 * break-glass used repeatedly or for persons outside the staff member's own province.
 */
import { TimeWindow } from '../keyed-state.ts';
import { detection, num, type Detection, type RuleDefinition } from '../rule.ts';

const MIN = 60_000;

/** KHIEN-R011: repeated denied access decisions. */
export const repeatedDenials: RuleDefinition = {
  id: 'KHIEN-R011',
  name: { vi: 'Nhiều lần bị từ chối truy cập', en: 'Repeated denied access' },
  description: {
    vi: 'Tài khoản liên tục yêu cầu dữ liệu ngoài phạm vi được giao và bị từ chối.',
    en: 'An account repeatedly asking for data outside its assignments and being denied.',
  },
  severity: 'medium',
  attack: 'T1213',
  defaults: { windowMinutes: 15, minDenials: 5 },
  kinds: ['access'],
  create(params, env) {
    const windowMs = num(params, 'windowMinutes') * MIN;
    const min = num(params, 'minDenials');
    const state = env.accounts.slot(() => ({ w: new TimeWindow(), fired: 0 }), windowMs);
    return {
      size: () => state.size(),
      sweep: () => {},
      evaluate(input) {
        const e = input.event;
        if (e.kind !== 'access' || e.outcome !== 'deny' || !input.accountId) return null;
        const s = state.get(input);
        const n = s.w.push(input.t, windowMs);
        if (n < min) {
          s.fired = 0;
          return null;
        }
        if (s.fired && n < s.fired + min) return null;
        s.fired = n;
        return [detection(repeatedDenials, input, { denials: n, windowMinutes: windowMs / MIN, reason: e.reason })];
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
