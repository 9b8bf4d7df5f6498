/**
 * Devices and remote access: sign-ins and reads from a device not registered to the account (directive:
 * personal data only from registered devices), and VPN connections outside the VPN account's validity or
 * without the one-time password.
 */
import { createKeyedState } from '../keyed-state.ts';
import { networkOf } from '../ip-province.ts';
import { detection, num, type RuleDefinition } from '../rule.ts';

/** KHIEN-R004: sign-in or read from an unregistered device. */
export const unregisteredDevice: RuleDefinition = {
  id: 'KHIEN-R004',
  name: { vi: 'Đăng nhập hoặc truy cập từ thiết bị chưa đăng ký', en: 'Sign-in or read from an unregistered device' },
  description: {
    vi: 'Tài khoản đăng nhập thành công hoặc đọc dữ liệu cá nhân từ thiết bị không được đăng ký cho tài khoản đó. Trên mạng cơ quan thường dùng của tài khoản, trong vài giờ đầu (máy thay thế chờ đăng ký) chỉ là dấu hiệu yếu.',
    en: "A successful sign-in or a read of personal data from a device not registered to the account. On the account's usual office network, for the first few hours (a replacement awaiting registration) it is a weak signal only.",
  },
  severity: 'high',
  attack: 'T1078',
  defaults: { repeatMinutes: 60, officeGraceHours: 4, officePoints: 3, networkPrefixBits: 24 },
  kinds: ['access', 'auth'],
  create(params, env) {
    const repeat = num(params, 'repeatMinutes') * 60_000;
    const grace = num(params, 'officeGraceHours') * 3_600_000;
    const officePoints = num(params, 'officePoints');
    const bits = num(params, 'networkPrefixBits');
    // One detection per account × device per period; the alert layer adds later repeats as evidence anyway.
    // `first` = when the device was first seen unregistered on the account's usual network.
    const seen = createKeyedState(() => ({ t: -Infinity, first: -Infinity, strong: false }), env.maxKeys);
    // The network the account last used from a registered device (its office), kept a week.
    const usual = env.accounts.slot(() => ({ ip: '', network: '' }), 7 * 86_400_000);
    return {
      size: () => seen.size(),
      sweep: (now) => seen.sweep(now - Math.max(repeat, grace * 6)),
      evaluate(input) {
        const e = input.event;
        if (!input.accountId) return null;
        const ip = e.source.ip;
        if (e.source.deviceRegistered === true) {
          if (ip) {
            const u = usual.get(input);
            if (u.ip !== ip) {
              u.ip = ip;
              u.network = networkOf(ip, bits);
            }
          }
          return null;
        }
        if (e.source.deviceRegistered !== false) return null;
        let what: string;
        if (e.kind === 'auth' && e.action === 'signin' && e.outcome === 'success') what = 'signin';
        else if (e.kind === 'access' && e.outcome === 'allow' && e.actor.type === 'staff') what = 'read';
        else return null;
        const s = seen.get(`${input.accountId}|${e.source.deviceId ?? ip ?? ''}`, input.t);
        const u = usual.get(input);
        const office = ip !== null && ip !== undefined && u.network !== '' && (u.ip === ip || networkOf(ip, bits) === u.network);
        if (office) {
          if (s.first === -Infinity) s.first = input.t;
          if (input.t - s.first < grace) {
            // A replacement device on the office network before the help desk registers it: weak, once.
            if (s.t !== -Infinity) return null;
            s.t = input.t;
            return [detection(unregisteredDevice, input, { what, kind: 'office_network' }, { severity: 'medium', points: officePoints })];
          }
        }
        if (s.strong && input.t - s.t < repeat) return null;
        s.t = input.t;
        s.strong = true;
        const kind = office ? 'still_unregistered' : 'other_network';
        return [detection(unregisteredDevice, input, { what, kind }, { severity: what === 'read' ? 'high' : 'medium' })];
      },
    };
  },
};

/** KHIEN-R005: VPN connection outside the VPN account's validity (or by an unknown or revoked VPN account). */
export const vpnOutsideValidity: RuleDefinition = {
  id: 'KHIEN-R005',
  name: { vi: 'Kết nối VPN ngoài thời hạn tài khoản VPN', en: 'VPN use outside the VPN account validity' },
  description: {
    vi: 'Kết nối VPN thành công bằng tài khoản VPN đã hết hạn, chưa có hiệu lực, đã thu hồi hoặc không có trong sổ quản lý.',
    en: 'A successful VPN connection by a VPN account that is expired, not yet valid, revoked or not in the register.',
  },
  severity: 'high',
  attack: 'T1133',
  defaults: {},
  kinds: ['auth'],
  create(_params, env) {
    return {
      size: () => 0,
      sweep: () => {},
      evaluate(input) {
        const e = input.event;
        if (e.kind !== 'auth' || e.action !== 'vpn_connect' || e.outcome !== 'success') return null;
        const name = e.username ?? '';
        const vpn = name ? env.context.vpnAccount(name) : undefined;
        let why: string | null = null;
        if (!vpn) why = 'unknown_vpn_account';
        else if (vpn.revoked) why = 'revoked';
        else if (input.t < Date.parse(vpn.validFrom)) why = 'not_yet_valid';
        else if (input.t > Date.parse(vpn.validUntil)) why = 'expired';
        if (!why) return null;
        const accountId = input.accountId ?? vpn?.accountId ?? null;
        return [detection(vpnOutsideValidity, input, { kind: why, system: e.source.system ?? 'unknown' }, { accountId, groupKey: name })];
      },
    };
  },
};

/** KHIEN-R006: VPN connection without a one-time password. */
export const vpnWithoutOtp: RuleDefinition = {
  id: 'KHIEN-R006',
  name: { vi: 'Kết nối VPN không có OTP', en: 'VPN connection without OTP' },
  description: {
    vi: 'Kết nối VPN thành công mà không xác thực bằng mật khẩu một lần (OTP).',
    en: 'A successful VPN connection without one-time-password authentication.',
  },
  severity: 'medium',
  attack: 'T1133',
  defaults: {},
  kinds: ['auth'],
  create(_params, env) {
    return {
      size: () => 0,
      sweep: () => {},
      evaluate(input) {
        const e = input.event;
        if (e.kind !== 'auth' || e.action !== 'vpn_connect' || e.outcome !== 'success' || e.mfa === true) return null;
        const vpn = e.username ? env.context.vpnAccount(e.username) : undefined;
        if (vpn && !vpn.otpRequired) return null;
        const accountId = input.accountId ?? vpn?.accountId ?? null;
        return [detection(vpnWithoutOtp, input, { system: e.source.system ?? 'unknown', mfaReported: e.mfa === false }, { accountId, groupKey: e.username ?? '' })];
      },
    };
  },
};
