/**
 * Lent or shared accounts (directive: warn of lent accounts and wrong-account use): one account live on two
 * devices or two networks at once, one device used by several accounts in a short time, and sign-ins from
 * provinces too far apart for the time between them.
 */
import { createKeyedState } from '../keyed-state.ts';
import { networkOf } from '../ip-province.ts';
import { provinceDistanceKm } from '../province-geo.ts';
import { detection, num, sessionOf, type DetectInput, type RuleDefinition } from '../rule.ts';

const MIN = 60_000;

interface LiveSession {
  device: string | null;
  network: string | null;
  last: number;
}

/** Events that end a session. */
function endsSession(input: DetectInput): boolean {
  const e = input.event;
  return e.kind === 'auth' && (e.action === 'signout' || e.action === 'session_revoked');
}

/** Whether an event shows a live session in use (a successful sign-in or any staff act on a session). */
function usesSession(input: DetectInput): boolean {
  const e = input.event;
  if (e.kind === 'auth') return e.outcome === 'success' && (e.action === 'signin' || e.action === 'totp' || e.action === 'vpn_connect');
  return e.kind === 'access' || e.kind === 'admin';
}

/** KHIEN-R001: sessions of one account alive on two devices or two networks at the same time. */
export const concurrentSessions: RuleDefinition = {
  id: 'KHIEN-R001',
  name: { vi: 'Một tài khoản dùng đồng thời trên hai thiết bị hoặc hai mạng', en: 'One account live on two devices or networks at once' },
  description: {
    vi: 'Hai phiên còn hoạt động của cùng một tài khoản từ hai thiết bị khác nhau hoặc hai mạng khác nhau: dấu hiệu cho mượn tài khoản.',
    en: 'Two live sessions of the same account from different devices or networks: a sign of a lent account.',
  },
  severity: 'high',
  attack: 'T1078',
  defaults: { sessionIdleMinutes: 30, networkPrefixBits: 24 },
  create(params, env) {
    const idle = num(params, 'sessionIdleMinutes') * MIN;
    const bits = num(params, 'networkPrefixBits');
    const state = createKeyedState(() => new Map<string, LiveSession>(), env.maxKeys);
    return {
      size: () => state.size(),
      sweep: (now) => state.sweep(now - idle),
      evaluate(input) {
        if (!input.accountId) return null;
        const session = sessionOf(input.event);
        if (!session) return null;
        const sessions = state.get(input.accountId, input.t);
        if (endsSession(input)) {
          sessions.delete(session);
          return null;
        }
        if (!usesSession(input)) return null;
        const src = input.event.source;
        const device = src.deviceId ?? null;
        const network = src.ip ? networkOf(src.ip, bits) : null;
        // Fast path (nearly every event): the account's only live session is this one.
        if (sessions.size === 1) {
          const only = sessions.get(session);
          if (only) {
            only.last = input.t;
            if (device) only.device = device;
            if (network) only.network = network;
            return null;
          }
        }
        let hit: { why: string; other: LiveSession } | null = null;
        for (const [id, s] of sessions) {
          if (input.t - s.last > idle) {
            sessions.delete(id);
            continue;
          }
          if (id === session || hit) continue;
          if (device && s.device && device !== s.device) hit = { why: 'two_devices', other: s };
          else if (network && s.network && network !== s.network) hit = { why: 'two_networks', other: s };
        }
        const cur = sessions.get(session);
        if (cur) {
          cur.last = input.t;
          cur.device = device ?? cur.device;
          cur.network = network ?? cur.network;
        } else {
          sessions.set(session, { device, network, last: input.t });
        }
        if (!hit) return null;
        return [detection(concurrentSessions, input, { kind: hit.why, liveSessions: sessions.size, secondsSinceOther: Math.round((input.t - hit.other.last) / 1000) })];
      },
    };
  },
};

/** KHIEN-R002: one device used by several accounts within a short window. */
export const sharedDevice: RuleDefinition = {
  id: 'KHIEN-R002',
  name: { vi: 'Một thiết bị dùng cho nhiều tài khoản', en: 'One device used by several accounts' },
  description: {
    vi: 'Cùng một thiết bị đăng ký được nhiều tài khoản sử dụng trong thời gian ngắn: dùng chung hoặc mượn tài khoản.',
    en: 'The same device used by several accounts within a short window: shared or borrowed accounts.',
  },
  severity: 'high',
  attack: 'T1078',
  defaults: { windowMinutes: 15, maxAccounts: 1 },
  create(params, env) {
    const windowMs = num(params, 'windowMinutes') * MIN;
    const max = num(params, 'maxAccounts');
    const state = createKeyedState(() => new Map<string, number>(), env.maxKeys);
    return {
      size: () => state.size(),
      sweep: (now) => state.sweep(now - windowMs),
      evaluate(input) {
        const device = input.event.source.deviceId;
        if (!input.accountId || !device || !usesSession(input)) return null;
        const seen = state.get(device, input.t);
        if (seen.size === 1 && seen.has(input.accountId)) {
          seen.set(input.accountId, input.t);
          return null;
        }
        for (const [acc, t] of seen) if (input.t - t > windowMs) seen.delete(acc);
        const isNew = !seen.has(input.accountId);
        seen.set(input.accountId, input.t);
        if (!isNew || seen.size <= max) return null;
        return [detection(sharedDevice, input, { accountsOnDevice: seen.size, windowMinutes: windowMs / MIN }, { groupKey: device })];
      },
    };
  },
};

/** KHIEN-R003: travel between provinces faster than possible. */
export const impossibleTravel: RuleDefinition = {
  id: 'KHIEN-R003',
  name: { vi: 'Di chuyển giữa các tỉnh nhanh bất thường', en: 'Impossible travel between provinces' },
  description: {
    vi: 'Hai hoạt động liên tiếp từ mạng của hai tỉnh cách xa nhau trong thời gian quá ngắn để có thể di chuyển.',
    en: 'Two consecutive acts from networks of provinces too far apart for the time between them.',
  },
  severity: 'medium',
  attack: 'T1078',
  defaults: { maxSpeedKmh: 500, minDistanceKm: 60, horizonHours: 24 },
  create(params, env) {
    const speed = num(params, 'maxSpeedKmh');
    const minKm = num(params, 'minDistanceKm');
    const horizon = num(params, 'horizonHours') * 60 * MIN;
    const state = createKeyedState(() => ({ province: '', t: 0 }), env.maxKeys);
    return {
      size: () => state.size(),
      sweep: (now) => state.sweep(now - horizon),
      evaluate(input) {
        const ip = input.event.source.ip;
        if (!input.accountId || !ip || !usesSession(input)) return null;
        const province = env.context.provinceOfIp(ip);
        if (!province) return null;
        const last = state.get(input.accountId, input.t);
        const prevProvince = last.province;
        const prevT = last.t;
        last.province = province;
        last.t = Math.max(last.t, input.t);
        if (!prevProvince || prevProvince === province || input.t - prevT > horizon) return null;
        const km = provinceDistanceKm(prevProvince, province);
        if (km === null || km < minKm) return null;
        const hours = Math.max(Math.abs(input.t - prevT), 1) / 3_600_000;
        const kmh = km / hours;
        if (kmh <= speed) return null;
        return [detection(impossibleTravel, input, { fromProvince: prevProvince, toProvince: province, distanceKm: Math.round(km), minutes: Math.round(hours * 60), speedKmh: Math.round(Math.min(kmh, 1e6)) })];
      },
    };
  },
};
