/**
 * Credential misuse: a password found in an imported leak list, a run of failures ending in a success
 * (guessing), and one source trying many usernames (password spraying).
 */
import type { AuthEvent } from '../../events/types.ts';
import { createKeyedState, DistinctWindow, TimeWindow } from '../keyed-state.ts';
import { detection, num, type RuleDefinition } from '../rule.ts';

const MIN = 60_000;

/** KHIEN-R007: the identity module found the account's password in a leak list. */
export const leakedCredential: RuleDefinition = {
  id: 'KHIEN-R007',
  name: { vi: 'Mật khẩu bị lộ', en: 'Leaked credential' },
  description: {
    vi: 'Mật khẩu của tài khoản có trong danh sách mật khẩu bị lộ đã nhập (phát hiện khi đăng nhập hoặc khi nhập danh sách mới).',
    en: "The account's password is in an imported leak list (found at sign-in or when a new list is imported).",
  },
  severity: 'high',
  attack: 'T1078',
  defaults: {},
  kinds: ['auth'],
  create() {
    return {
      size: () => 0,
      sweep: () => {},
      evaluate(input) {
        const e = input.event;
        if (e.kind !== 'auth' || e.action !== 'password_leaked') return null;
        return [detection(leakedCredential, input, { reason: e.reason })];
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
        if (e.kind !== 'auth' || (e.action !== 'signin' && e.action !== 'totp' && e.action !== 'vpn_connect')) return null;
        const key = loginKey(e.accountId, e.username);
        if (!key) return null;
        const w = state.get(key, input.t);
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
