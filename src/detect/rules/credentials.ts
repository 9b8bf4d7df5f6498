/**
 * Credential misuse: a password found in an imported leak list, a run of failures ending in a success
 * (guessing), and one source trying many usernames (password spraying).
 */
import type { AuthEvent } from '../../events/types.ts';
import { createKeyedState, DistinctWindow, TimeWindow } from '../keyed-state.ts';
import { detection, num, type RuleDefinition } from '../rule.ts';

const MIN = 60_000;

/** KHIEN-R007: the account's password is in a leak list — and, above all, someone used it. */
export const leakedCredential: RuleDefinition = {
  id: 'KHIEN-R007',
  name: { vi: 'Mật khẩu bị lộ', en: 'Leaked credential' },
  description: {
    vi: 'Mật khẩu của tài khoản có trong danh sách mật khẩu bị lộ đã nhập (dấu hiệu yếu khi chủ tài khoản vẫn đăng nhập bình thường), và được dùng để đăng nhập từ thiết bị chưa đăng ký hoặc mạng ngoài cơ quan trước khi đổi mật khẩu (cảnh báo ngay).',
    en: "The account's password is in an imported leak list (a weak signal while its owner signs in as usual), and it is used from an unregistered device or a network outside the agency before the password is changed (an alert at once).",
  },
  severity: 'high',
  attack: 'T1078',
  defaults: { leakPoints: 2, usedWithinDays: 30 },
  kinds: ['auth'],
  create(params, env) {
    const leakPoints = num(params, 'leakPoints');
    const within = num(params, 'usedWithinDays') * 86_400_000;
    // Accounts with a leaked password not yet changed: when the leak was found.
    const leaks = env.accounts.slot(() => ({ at: -Infinity }), within);
    return {
      size: () => leaks.size(),
      sweep: () => {},
      evaluate(input) {
        const e = input.event;
        if (e.kind !== 'auth' || !input.accountId) return null;
        if (e.action === 'password_leaked') {
          leaks.get(input).at = input.t;
          return [detection(leakedCredential, input, { kind: 'leak_listed', reason: e.reason }, { points: leakPoints })];
        }
        if (e.outcome !== 'success') return null;
        if (e.action === 'password_change' || e.action === 'password_reset') {
          leaks.get(input).at = -Infinity;
          return null;
        }
        if (e.action !== 'signin' && e.action !== 'vpn_connect') return null;
        const leak = leaks.get(input);
        if (leak.at === -Infinity || input.t - leak.at > within) return null;
        const ip = e.source.ip ?? null;
        const outside = ip !== null && env.context.provinceOfIp(ip) === null;
        if (e.source.deviceRegistered !== false && !outside) return null;
        const hours = Math.round((input.t - leak.at) / 3_600_000);
        leak.at = -Infinity;
        return [detection(leakedCredential, input, { kind: 'leaked_credential_used', unregisteredDevice: e.source.deviceRegistered === false, outsideNetwork: outside, hoursSinceLeak: hours }, { groupKey: 'used' })];
      },
    };
  },
};

/** Identity of a sign-in attempt: the account if known, else the presented username. */
function loginKey(accountId: string | null, username: string | null | undefined): string | null {
  if (accountId) return `a:${accountId}`;
  if (username) return `u:${username}`;
  return null;
}

/** KHIEN-R008: many failed sign-ins followed by a success. */
export const failuresThenSuccess: RuleDefinition = {
  id: 'KHIEN-R008',
  name: { vi: 'Đăng nhập sai nhiều lần rồi thành công', en: 'Many failures then a success' },
  description: {
    vi: 'Một tài khoản đăng nhập thất bại nhiều lần trong thời gian ngắn rồi đăng nhập thành công: có thể đã đoán được mật khẩu.',
    en: 'Many failed sign-ins of one account in a short window followed by a success: the password may have been guessed.',
  },
  severity: 'high',
  attack: 'T1110.001',
  defaults: { windowMinutes: 15, minFailures: 5 },
  kinds: ['auth'],
  create(params, env) {
    const windowMs = num(params, 'windowMinutes') * MIN;
    const min = num(params, 'minFailures');
    const state = createKeyedState(() => new TimeWindow(), env.maxKeys);
    return {
      size: () => state.size(),
      sweep: (now) => state.sweep(now - windowMs),
      evaluate(input) {
        const e = input.event;
        const reset = e.kind === 'auth' && e.outcome === 'success' && (e.action === 'password_reset' || e.action === 'password_change');
        if (e.kind !== 'auth' || (e.action !== 'signin' && e.action !== 'totp' && e.action !== 'vpn_connect' && !reset)) return null;
        const key = loginKey(e.accountId, e.username);
        if (!key) return null;
        const w = state.get(key, input.t);
        if (reset) {
          // A forgotten password: the owner reset it, and the failures before are not guessing.
          w.clear();
          return null;
        }
        if (e.outcome === 'failure') {
          w.push(input.t, windowMs);
          return null;
        }
        const failures = w.prune(input.t, windowMs);
        w.clear();
        if (failures < min) return null;
        return [detection(failuresThenSuccess, input, { failures, windowMinutes: windowMs / MIN, action: e.action })];
      },
    };
  },
};

/**
 * Whether a refused credential counts towards spraying: a session, key or token refused for anything but its
 * own timeout (sessions that merely expired overnight come back from one office address every morning).
 */
function isSprayedCredential(e: AuthEvent): boolean {
  return e.action === 'credential_refused' && !/_(idle|absolute)_timeout$/.test(e.reason);
}

/** KHIEN-R009: one source address failing with many different usernames. */
export const passwordSpraying: RuleDefinition = {
  id: 'KHIEN-R009',
  name: { vi: 'Dò mật khẩu trên nhiều tài khoản', en: 'Password spraying' },
  description: {
    vi: 'Một địa chỉ nguồn đăng nhập thất bại với nhiều tên đăng nhập khác nhau trong thời gian ngắn.',
    en: 'One source address failing sign-ins with many different usernames in a short window.',
  },
  severity: 'high',
  attack: 'T1110.003',
  defaults: { windowMinutes: 30, minUsernames: 10 },
  kinds: ['auth'],
  create(params, env) {
    const windowMs = num(params, 'windowMinutes') * MIN;
    const min = num(params, 'minUsernames');
    const state = createKeyedState(() => ({ names: new DistinctWindow(), fired: -Infinity }), env.maxKeys);
    return {
      size: () => state.size(),
      sweep: (now) => state.sweep(now - windowMs),
      evaluate(input) {
        const e = input.event;
        if (e.kind !== 'auth' || e.outcome !== 'failure' || (e.action !== 'signin' && e.action !== 'vpn_connect' && !isSprayedCredential(e))) return null;
        const ip = e.source.ip;
        const name = e.username ?? e.accountId ?? (e.credential?.id ? `${e.credential.type}:${e.credential.id}` : null);
        if (!ip || !name) return null;
        const s = state.get(ip, input.t);
        const n = s.names.add(name, input.t, windowMs);
        // Fire when the threshold is crossed, then again only each time the count doubles.
        if (n < min || n < s.fired * 2) return null;
        s.fired = n;
        return [detection(passwordSpraying, input, { usernames: n, windowMinutes: windowMs / MIN }, { accountId: null, unitId: e.unitId ?? null, groupKey: ip })];
      },
    };
  },
};
