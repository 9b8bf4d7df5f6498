/**
 * Off-hours work: reads of personal data outside the unit's working calendar — before or after working
 * hours (Vietnam time), on weekends and on public holidays including Tết (calendar/vn-2026-2027.json).
 */
import { detection, num, type RuleDefinition } from '../rule.ts';

/** KHIEN-R010: personal-data reads outside working time. */
export const offHours: RuleDefinition = {
  id: 'KHIEN-R010',
  name: { vi: 'Truy cập ngoài giờ làm việc', en: 'Off-hours access' },
  description: {
    vi: 'Đọc dữ liệu cá nhân ngoài giờ làm việc của đơn vị, vào ngày nghỉ cuối tuần hoặc ngày lễ, Tết.',
    en: "Reads of personal data outside the unit's working hours, on weekends or on public holidays and Tết.",
  },
  severity: 'medium',
  attack: 'T1078',
  defaults: { graceMinutes: 60, minReads: 3, windowMinutes: 60 },
  kinds: ['access'],
  create(params, env) {
    const grace = num(params, 'graceMinutes');
    const minReads = num(params, 'minReads');
    const windowMs = num(params, 'windowMinutes') * 60_000;
    // A single glance at a record late in the evening is common; several within the window is work.
    const state = env.accounts.slot(() => ({ times: [] as number[], fired: -Infinity }), windowMs);
    return {
      size: () => state.size(),
      sweep: () => {},
      evaluate(input) {
        const e = input.event;
        if (e.kind !== 'access' || e.actor.type !== 'staff' || e.outcome !== 'allow' || !input.accountId) return null;
        const why = env.calendar.classify(input.t, e.actor.unitId ?? null, grace);
        if (!why) return null;
        const s = state.get(input);
        s.times = s.times.filter((x) => input.t - x <= windowMs);
        s.times.push(input.t);
        if (s.times.length < minReads || input.t - s.fired < windowMs) return null;
        s.fired = input.t;
        const local = env.calendar.local(input.t);
        const details: Record<string, string | number> = { kind: why, localDate: local.date, localHour: local.hour, reads: s.times.length };
        const holiday = env.calendar.holiday(local.date);
        if (holiday) details.holiday = holiday;
        return [detection(offHours, input, details)];
      },
    };
  },
};
