/**
 * Per-account baselines: after the warm-up, a day's read volume or distinct persons far above the account's
 * own mean and its peers', work at hours the account never works, and purposes it has never declared.
 * The baselines themselves are kept by `baselines.ts`; the detector folds each read in after the rules ran.
 */
import { detection, num, type Detection, type RuleDefinition } from '../rule.ts';

/** KHIEN-R022: deviation from the account's learned baseline and its peer group. */
export const baselineDeviation: RuleDefinition = {
  id: 'KHIEN-R022',
  name: { vi: 'Hành vi lệch khỏi thói quen của tài khoản', en: 'Deviation from the account baseline' },
  description: {
    vi: 'Khối lượng truy cập trong ngày, số người được truy cập, giờ làm việc hoặc mục đích khai báo khác hẳn thói quen đã học của tài khoản và nhóm cùng vai trò.',
    en: "Daily volume, persons read, working hours or declared purposes far from the account's learned habits and its peers'.",
  },
  severity: 'low',
  attack: 'T1078',
  defaults: { volumeFactor: 4, minDailyReads: 100, rareHourShare: 0.01, newPurposeMinDays: 10, volumePoints: 4, rareHourPoints: 1, newPurposePoints: 1 },
  kinds: ['access'],
  create(params, env) {
    const factor = num(params, 'volumeFactor');
    const minReads = num(params, 'minDailyReads');
    const rare = num(params, 'rareHourShare');
    const purposeDays = num(params, 'newPurposeMinDays');
    // Each finding is a weak signal for the account's risk score (KHIEN-R025), not an alert of its own.
    const points: Record<string, number> = { volume: num(params, 'volumePoints'), rare_hour: num(params, 'rareHourPoints'), purpose: num(params, 'newPurposePoints') };
    // One finding per account, kind and local day.
    const fired = env.accounts.slot(() => new Set<string>(), 2 * 86_400_000);
    return {
      size: () => fired.size(),
      sweep: () => {},
      evaluate(input) {
        const e = input.event;
        if (e.kind !== 'access' || e.actor.type !== 'staff' || e.outcome !== 'allow' || !input.accountId) return null;
        const b = env.baselines.warmAt(input.accountKey);
        if (!b) return null;
        const day = Math.floor((input.t + 7 * 3_600_000) / 86_400_000);
        const seen = fired.get(input);
        const out: Detection[] = [];
        const once = (kind: string, details: Record<string, string | number | boolean>, severity: 'low' | 'medium'): void => {
          const key = `${day}|${kind}`;
          if (seen.has(key)) return;
          if (seen.size > 32) seen.clear();
          seen.add(key);
          out.push(detection(baselineDeviation, input, { kind, ...details }, { severity, groupKey: kind, points: points[kind.split(':')[0]!] ?? 1 }));
        };
        const group = env.context.peerGroup(input.accountId);
        const peer = group ? env.baselines.peer(group) : undefined;
        const reads = b.dayKey === day ? b.dayReads + 1 : 1;
        const limit = Math.max(minReads, b.readsPerDay * factor, peer ? peer.readsPerDay * factor : 0);
        if (reads > limit) once('volume', { readsToday: reads, ownMean: Math.round(b.readsPerDay), peerMean: peer ? Math.round(peer.readsPerDay) : -1 }, 'medium');
        const hour = Math.floor((input.t + 7 * 3_600_000) / 3_600_000) % 24;
        let total = 0;
        for (const h of b.hours) total += h;
        if (total > 0 && b.hours[hour]! / total < rare) once('rare_hour', { localHour: hour, share: Math.round((b.hours[hour]! / total) * 1000) / 1000 }, 'low');
        if (e.purpose && b.days >= purposeDays && !b.purposes.has(e.purpose)) once(`purpose:${e.purpose}`, { purpose: e.purpose }, 'low');
        return out.length ? out : null;
      },
    };
  },
};
