/**
 * Off-hours work: reads of personal data outside the unit's working calendar — before or after working
 * hours (Vietnam time), on weekends and on public holidays including Tết (calendar/vn-2026-2027.json). The
 * calendar knows the month's last working days (overtime until 21:00) and the local offices open on Saturday
 * mornings. What the calendar cannot know is weighed: a little before or after the day's hours, daytime on
 * a holiday (on-call), an account entitled to VPN work out of hours, or an hour the account's own history
 * holds are weak signals for the account's risk score (KHIEN-R025); late evening, night and weekend work
 * nobody is entitled to alerts at once.
 */
import { TimeWindow } from '../keyed-state.ts';
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
  defaults: { graceMinutes: 60, minReads: 3, windowMinutes: 60, lateMinutes: 60, nearPoints: 2, holidayDayPoints: 2, entitledPoints: 2, ownHourShare: 0.03, ownHourPoints: 1 },
  kinds: ['access'],
  create(params, env) {
    const grace = num(params, 'graceMinutes');
    const minReads = num(params, 'minReads');
    const windowMs = num(params, 'windowMinutes') * 60_000;
    const late = num(params, 'lateMinutes');
    const nearPoints = num(params, 'nearPoints');
    const holidayPoints = num(params, 'holidayDayPoints');
    const entitledPoints = num(params, 'entitledPoints');
    const ownShare = num(params, 'ownHourShare');
    const ownPoints = num(params, 'ownHourPoints');
    // A single glance at a record late in the evening is common; several within the window is work.
    // The reads in the window are a queue dropped from the front (O(1) per read): filtering a copied array
    // per read cost O(reads in the last hour), over 1 ms per read once an account had read ~16,000 records
    // out of hours in the hour (the read-path benchmark's 64-connection collapse).
    const state = env.accounts.slot(() => ({ w: new TimeWindow(), fired: -Infinity }), windowMs);
    /** Whether the account holds a VPN account valid at `t` (entitled to work from outside the office). */
    const entitled = (accountId: string, t: number): boolean => {
      const facts = env.context.account(accountId);
      const vpn = facts ? env.context.vpnAccount(facts.username) : undefined;
      return vpn !== undefined && !vpn.revoked && t >= Date.parse(vpn.validFrom) && t <= Date.parse(vpn.validUntil);
    };
    return {
      size: () => state.size(),
      sweep: () => {},
      evaluate(input) {
        const e = input.event;
        if (e.kind !== 'access' || e.actor.type !== 'staff' || e.outcome !== 'allow' || !input.accountId) return null;
        const unit = e.actor.unitId ?? null;
        const why = env.calendar.classify(input.t, unit, grace);
        if (!why) return null;
        const s = state.get(input);
        const reads = s.w.push(input.t, windowMs);
        if (reads < minReads || input.t - s.fired < windowMs) return null;
        s.fired = input.t;
        const local = env.calendar.local(input.t);
        const outside = env.calendar.minutesOutside(input.t, unit, grace);
        const details: Record<string, string | number> = { kind: why, localDate: local.date, localHour: local.hour, reads, minutesOutside: outside };
        const holiday = env.calendar.holiday(local.date);
        if (holiday) details.holiday = holiday;
        // What the calendar cannot know, weighed; null = alert at once.
        let points: number | null = null;
        let basis = 'late';
        if (why === 'holiday' && outside === 0 && local.weekday < 6) {
          points = holidayPoints;
          basis = 'holiday_daytime';
        } else if (why === 'outside_hours' && outside <= late) {
          points = nearPoints;
          basis = 'near_working_hours';
        } else if (why === 'weekend' || local.weekday >= 6) {
          basis = 'weekend';
        }
        if (points === null && basis !== 'weekend' && entitled(input.accountId, input.t)) {
          points = entitledPoints;
          basis = 'vpn_entitled';
        }
        // The account's own history knows hours of the day, not days: it explains evenings, not Sundays.
        const own = why === 'outside_hours' ? env.baselines.warmAt(input.accountKey) : undefined;
        if (own) {
          let total = 0;
          for (const h of own.hours) total += h;
          if (total > 0 && (own.hours[local.hour] ?? 0) / total >= ownShare) {
            points = Math.min(points ?? ownPoints, ownPoints);
            basis = 'own_usual_hour';
          }
        }
        details.basis = basis;
        return [detection(offHours, input, details, points === null ? {} : { points })];
      },
    };
  },
};
