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
  /** The device is registered to the account (the owner's second registered device is not a borrower's). */
  registered: boolean;
  network: string | null;
  last: number;
  /** Already part of a reported conflict: another conflict between two reported sessions is not news. */
  reported: boolean;
}

/** R001's state of one account: its live sessions, and the network of the last source address seen. */
interface AccountSessions {
  readonly sessions: Map<string, LiveSession>;
  /** The session touched last and its id (null when it left the map): the usual next event's session. */
  lastId: string | null;
  lastSession: LiveSession | null;
  ip: string | null;
  network: string | null;
  /** Local day a same-network conflict was last reported (a weak signal once a day is enough). */
  ownDay: number;
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
  defaults: { sessionIdleMinutes: 30, networkPrefixBits: 24, ownDevicesPoints: 2 },
  kinds: ['access', 'auth', 'admin'],
  create(params, env) {
    const idle = num(params, 'sessionIdleMinutes') * MIN;
    const ownDevicesPoints = num(params, 'ownDevicesPoints');
    const bits = num(params, 'networkPrefixBits');
    const state = env.accounts.slot<AccountSessions>(() => ({ sessions: new Map(), lastId: null, lastSession: null, ip: null, network: null, ownDay: -1 }), idle);
    return {
      size: () => state.size(),
      // Swept with the shared account records (horizon: the idle time).
      sweep: () => {},
      evaluate(input) {
        if (!input.accountId) return null;
        const session = sessionOf(input.event);
        if (!session) return null;
        const st = state.get(input);
        const sessions = st.sessions;
        if (endsSession(input)) {
          sessions.delete(session);
          if (st.lastId === session) st.lastId = null;
          return null;
        }
        if (!usesSession(input)) return null;
        const src = input.event.source;
        const device = src.deviceId ?? null;
        const registered = src.deviceRegistered === true;
        let network: string | null = null;
        if (src.ip) {
          // The same account nearly always comes from the same address: map it to its network once.
          if (src.ip !== st.ip) {
            st.ip = src.ip;
            st.network = networkOf(src.ip, bits);
          }
          network = st.network;
        }
        // Fast path (nearly every event): the account's only live session is this one.
        if (sessions.size === 1) {
          // A string comparison with the last session instead of hashing the event's session id.
          const only = st.lastId !== null && st.lastId === session ? st.lastSession : sessions.get(session);
          if (only) {
            only.last = input.t;
            // Each event brings its own copies of the same strings: the ones held are kept when equal, so
            // that the state does not pin one event's strings per account into the old generation.
            if (device) {
              if (device !== only.device) only.device = device;
              only.registered = registered;
            }
            if (network) only.network = network;
            if (st.lastId !== session) st.lastId = session;
            st.lastSession = only;
            return null;
          }
        }
        const prior = sessions.get(session);
        const curReported = prior !== undefined && prior.reported && input.t - prior.last <= idle;
        let hit: { why: string; other: LiveSession } | null = null;
        for (const [id, s] of sessions) {
          if (input.t - s.last > idle) {
            sessions.delete(id);
            if (st.lastId === id) st.lastId = null;
            continue;
          }
          if (id === session || hit) continue;
          // One detection per conflict: two sessions already reported together (or each with another) stay
          // quiet while they live on; a session new to the conflict fires again.
          if (curReported && s.reported) continue;
          if (device && s.device && device !== s.device) hit = { why: 'two_devices', other: s };
          else if (network && s.network && network !== s.network) hit = { why: 'two_networks', other: s };
        }
        let cur = sessions.get(session);
        if (cur) {
          cur.last = input.t;
          if (device) cur.registered = registered;
          cur.device = device ?? cur.device;
          cur.network = network ?? cur.network;
        } else {
          cur = { device, registered, network, last: input.t, reported: false };
          sessions.set(session, cur);
        }
        st.lastId = session;
        st.lastSession = cur;
        if (!hit) return null;
        cur.reported = true;
        hit.other.reported = true;
        // Two devices on one network: the owner at a desktop and a registered laptop, or moving to a replacement
        // device (R004 weighs the unregistered one) — weak, once a day. A second network is the strong case.
        const sameNetwork = hit.why === 'two_devices' && (!network || !hit.other.network || network === hit.other.network);
        const own = sameNetwork && (cur.registered || hit.other.registered);
        if (own) {
          const day = Math.floor((input.t + 7 * 3_600_000) / 86_400_000);
          if (st.ownDay === day) return null;
          st.ownDay = day;
        }
        const kind = own ? (cur.registered && hit.other.registered ? 'two_registered_devices' : 'new_device_same_network') : hit.why;
        const details = { kind, liveSessions: sessions.size, secondsSinceOther: Math.round((input.t - hit.other.last) / 1000) };
        return [detection(concurrentSessions, input, details, own ? { points: ownDevicesPoints } : {})];
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
  kinds: ['access', 'auth', 'admin'],
  create(params, env) {
    const windowMs = num(params, 'windowMinutes') * MIN;
    const max = num(params, 'maxAccounts');
    // Per device: accounts seen (→ last time), and the last account with its entry's time, so that the
    // usual case (the device's one account again) costs a string comparison instead of two map lookups.
    const state = createKeyedState(() => ({ seen: new Map<string, number>(), last: '', lastT: 0 }), env.maxKeys);
    return {
      size: () => state.size(),
      sweep: (now) => state.sweep(now - windowMs),
      evaluate(input) {
        const device = input.event.source.deviceId;
        if (!input.accountId || !device || !usesSession(input)) return null;
        const d = state.get(device, input.t);
        const seen = d.seen;
        if (seen.size === 1 && d.last === input.accountId) {
          // The map's time of `last` may lag: `lastT` holds it until the slow path writes it back.
          d.lastT = input.t;
          return null;
        }
        if (d.last && seen.has(d.last)) seen.set(d.last, d.lastT);
        for (const [acc, t] of seen) if (input.t - t > windowMs) seen.delete(acc);
        const isNew = !seen.has(input.accountId);
        seen.set(input.accountId, input.t);
        d.last = input.accountId;
        d.lastT = input.t;
        if (!isNew || seen.size <= max) return null;
        return [detection(sharedDevice, input, { accountsOnDevice: seen.size, windowMinutes: windowMs / MIN }, { groupKey: device })];
      },
    };
  },
};

/** KHIEN-R003: travel between provinces faster than possible, or work from outside the account's own province. */
export const impossibleTravel: RuleDefinition = {
  id: 'KHIEN-R003',
  name: { vi: 'Di chuyển giữa các tỉnh nhanh bất thường', en: 'Impossible travel between provinces' },
  description: {
    vi: 'Hai hoạt động liên tiếp từ mạng của hai tỉnh cách xa nhau trong thời gian quá ngắn để có thể di chuyển; hoặc tài khoản của đơn vị cấp tỉnh, cấp cơ sở làm việc từ mạng của một tỉnh khác.',
    en: "Two consecutive acts from networks of provinces too far apart for the time between them; or an account of a provincial or local unit working from another province's network.",
  },
  severity: 'medium',
  attack: 'T1078',
  defaults: { maxSpeedKmh: 500, minDistanceKm: 60, horizonHours: 24, outsideHomeProvince: true },
  kinds: ['access', 'auth', 'admin'],
  create(params, env) {
    const speed = num(params, 'maxSpeedKmh');
    const minKm = num(params, 'minDistanceKm');
    const horizon = num(params, 'horizonHours') * 60 * MIN;
    const checkHome = params.outsideHomeProvince === true;
    // Last province seen, the last source address with its province (the address rarely changes), whether
    // that province is outside the account's own, and the local day that was last reported.
    const state = env.accounts.slot(() => ({ province: '', t: 0, ip: '', ipProvince: null as string | null, away: false, reportedDay: -1 }), horizon);
    return {
      size: () => state.size(),
      // Swept with the shared account records (horizon: horizonHours).
      sweep: () => {},
      evaluate(input) {
        const ip = input.event.source.ip;
        if (!input.accountId || !ip || !usesSession(input)) return null;
        const last = state.get(input);
        if (ip !== last.ip) {
          last.ip = ip;
          last.ipProvince = env.context.provinceOfIp(ip);
          const home = checkHome && last.ipProvince ? env.context.account(input.accountId)?.provinceCode ?? null : null;
          // Central units (no province, or "00") have a national remit.
          last.away = home !== null && home !== '00' && home !== last.ipProvince;
        }
        const province = last.ipProvince;
        if (!province) return null;
        const prevProvince = last.province;
        const prevT = last.t;
        last.province = province;
        last.t = Math.max(last.t, input.t);
        const km = prevProvince && prevProvince !== province && input.t - prevT <= horizon ? provinceDistanceKm(prevProvince, province) : null;
        if (km !== null && km >= minKm) {
          const hours = Math.max(Math.abs(input.t - prevT), 1) / 3_600_000;
          const kmh = km / hours;
          if (kmh > speed) {
            return [detection(impossibleTravel, input, { kind: 'impossible_travel', fromProvince: prevProvince, toProvince: province, distanceKm: Math.round(km), minutes: Math.round(hours * 60), speedKmh: Math.round(Math.min(kmh, 1e6)) })];
          }
        }
        if (!last.away) return null;
        const day = Math.floor((input.t + 7 * 60 * MIN) / (24 * 60 * MIN));
        if (day === last.reportedDay) return null;
        last.reportedDay = day;
        const home = env.context.account(input.accountId)?.provinceCode ?? '';
        return [detection(impossibleTravel, input, { kind: 'outside_home_province', homeProvince: home, toProvince: province }, { groupKey: 'outside_home_province' })];
      },
    };
  },
};
