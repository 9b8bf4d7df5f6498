/**
 * Normalisation of other systems' logs into Khiên's event types (the mapping is documented in
 * docs/DETECTION.md): VPN connections and application sign-ins become `AuthEvent`s (`vpn_connect`,
 * `vpn_disconnect`, `signin`, `signout`) with `source.system` = the emitting device; everything else that
 * parses becomes an `ExternalEvent`. Lines that cannot be read get a stable reason code instead.
 */
import type { AuthEvent, ExternalEvent, KhienEvent } from '../../events/types.ts';
import { newId } from '../../platform/ids.ts';
import type { DetectContext } from '../context.ts';
import { isReject, parseKeyValues, parseSyslog, type SyslogRecord } from './syslog-parse.ts';

/** Result of normalising one line. */
export type Normalised = { readonly ok: true; readonly event: KhienEvent } | { readonly ok: false; readonly reason: string };

/** What normalisation needs. */
export interface NormaliseEnv {
  /** Account and VPN-account lookups. */
  readonly context: Pick<DetectContext, 'accountIdByUsername' | 'vpnAccount'>;
  /** Receive time (ms). */
  readonly now: number;
  /** System name when the line names no device (the token's system, or the peer address). */
  readonly defaultSystem: string;
}

type AuthAction = 'vpn_connect' | 'vpn_disconnect' | 'signin' | 'signout';

const TYPE_MAP: Readonly<Record<string, AuthAction>> = {
  vpn_connect: 'vpn_connect', 'vpn.connect': 'vpn_connect', vpn_login: 'vpn_connect', 'vpn.login': 'vpn_connect',
  vpn_disconnect: 'vpn_disconnect', 'vpn.disconnect': 'vpn_disconnect', vpn_logout: 'vpn_disconnect', 'vpn.logout': 'vpn_disconnect',
  signin: 'signin', login: 'signin', 'auth.login': 'signin', signout: 'signout', logout: 'signout', 'auth.logout': 'signout',
};
const CONNECT = /^(connect|connected|login|logon|tunnel[-_]?up|session[-_]?start(ed)?|up)$/i;
const DISCONNECT = /^(disconnect|disconnected|logout|logoff|tunnel[-_]?down|session[-_]?end(ed)?|down)$/i;
const SUCCESS = /^(success|succeeded|ok|accept|accepted|allow|allowed|pass|passed|true|1)$/i;
const FAILURE = /^(failure|failed|fail|reject|rejected|deny|denied|error|false|0)$/i;
const YES = /^(yes|true|1|ok|otp|totp|mfa|on)$/i;
const VPN_APP = /vpn|openvpn|ipsec|anyconnect|strongswan|forti|pulse|%ASA|wireguard/i;
const EVENT_TYPE = /^[A-Za-z][A-Za-z0-9_.:-]{0,63}$/;
const USER = /^[A-Za-z0-9._@-]{1,64}$/;

function outcomeOf(v: string | undefined): 'success' | 'failure' | null {
  if (v === undefined) return null;
  if (SUCCESS.test(v)) return 'success';
  if (FAILURE.test(v)) return 'failure';
  return null;
}

function ipOf(v: string | undefined): string | null {
  if (!v) return null;
  const s = v.replace(/:\d+$/, '');
  return /^[0-9.]{7,15}$/.test(s) || /^[0-9a-fA-F:]{2,39}$/.test(s) ? s : null;
}

function authEvent(
  env: NormaliseEnv,
  action: AuthAction,
  f: { time: number; user: string | null; outcome: 'success' | 'failure'; system: string; ip: string | null; mfa: boolean | null; reason: string; sessionId?: string | null; deviceId?: string | null; userAgent?: string | null },
): AuthEvent {
  const vpn = action.startsWith('vpn_') && f.user ? env.context.vpnAccount(f.user) : undefined;
  const accountId = vpn?.accountId ?? (f.user ? env.context.accountIdByUsername(f.user) : null);
  return {
    id: newId(),
    kind: 'auth',
    time: new Date(f.time).toISOString(),
    source: { ip: f.ip, system: f.system, deviceId: f.deviceId ?? null, userAgent: f.userAgent ?? null },
    action,
    accountId,
    username: f.user,
    outcome: f.outcome,
    reason: f.reason,
    sessionId: f.sessionId ?? null,
    mfa: f.mfa,
  };
}

/** Cisco ASA / AnyConnect messages about VPN sessions. */
function fromAsa(r: SyslogRecord): { action: AuthAction; user: string; ip: string | null; outcome: 'success' | 'failure' } | null {
  const id = /%ASA-\d-(\d{6})/.exec(`${r.appName ?? ''} ${r.message}`)?.[1];
  if (!id) return null;
  const user = /User <([^>]+)>/.exec(r.message)?.[1] ?? /user = ([^\s:]+)/i.exec(r.message)?.[1];
  const ip = /IP <([^>]+)>/.exec(r.message)?.[1] ?? /user IP = ([0-9.]+)/i.exec(r.message)?.[1] ?? null;
  if (!user) return null;
  if (id === '113039' || id === '722022' || id === '716001') return { action: 'vpn_connect', user, ip, outcome: 'success' };
  if (id === '113019' || id === '716002' || id === '722023') return { action: 'vpn_disconnect', user, ip, outcome: 'success' };
  if (id === '113005' || id === '113015') return { action: 'vpn_connect', user, ip, outcome: 'failure' };
  return null;
}

/**
 * Normalises a parsed syslog record.
 *
 * @param r - the record
 * @param env - lookups, receive time and fallback system name
 * @returns the event or a rejection reason
 */
export function normaliseSyslogRecord(r: SyslogRecord, env: NormaliseEnv): Normalised {
  if (r.time > env.now + 86_400_000) return { ok: false, reason: 'FUTURE_TIMESTAMP' };
  const system = r.host ?? env.defaultSystem;
  const asa = fromAsa(r);
  if (asa) {
    if (!USER.test(asa.user)) return { ok: false, reason: 'BAD_USER' };
    return { ok: true, event: authEvent(env, asa.action, { time: r.time, user: asa.user, outcome: asa.outcome, system, ip: ipOf(asa.ip ?? undefined), mfa: null, reason: `ASA_${asa.action.toUpperCase()}` }) };
  }
  const f = { ...parseKeyValues(r.message), ...Object.fromEntries(Object.entries(r.structured).map(([k, v]) => [k.toLowerCase(), v])) };
  const user = f.user ?? f.username ?? f.usr ?? f.login ?? null;
  if (user !== null && !USER.test(user)) return { ok: false, reason: 'BAD_USER' };
  const verb = f.action ?? f.event ?? f.act ?? r.msgId ?? '';
  const mapped = TYPE_MAP[verb.toLowerCase()];
  const isVpn = VPN_APP.test(`${r.appName ?? ''} ${r.msgId ?? ''}`) || mapped?.startsWith('vpn_') === true;
  let action: AuthAction | null = null;
  if (mapped) action = isVpn && (mapped === 'signin' || mapped === 'signout') ? (mapped === 'signin' ? 'vpn_connect' : 'vpn_disconnect') : mapped;
  else if (CONNECT.test(verb)) action = isVpn ? 'vpn_connect' : 'signin';
  else if (DISCONNECT.test(verb)) action = isVpn ? 'vpn_disconnect' : 'signout';
  if (action && user) {
    const outcome = outcomeOf(f.result ?? f.status ?? f.outcome) ?? (r.severity <= 4 ? 'failure' : 'success');
    const otp = f.otp ?? f.mfa;
    return {
      ok: true,
      event: authEvent(env, action, {
        time: r.time, user, outcome, system, ip: ipOf(f.src ?? f.srcip ?? f.ip ?? f.remip ?? f.client), mfa: otp === undefined ? null : YES.test(otp),
        reason: (f.reason ?? `SYSLOG_${action.toUpperCase()}`).slice(0, 64), sessionId: f.session ?? f.sessionid ?? null,
      }),
    };
  }
  const eventType = [f.event, f.type, r.msgId, r.appName].find((v) => v && EVENT_TYPE.test(v)) ?? 'log';
  const attributes: Record<string, string> = {};
  for (const [k, v] of Object.entries(f).slice(0, 32)) attributes[k] = v.slice(0, 256);
  const ext: ExternalEvent = {
    id: newId(),
    kind: 'external',
    time: new Date(r.time).toISOString(),
    source: { system, ip: ipOf(f.src ?? f.srcip ?? f.ip) },
    system,
    eventType,
    accountName: user,
    outcome: outcomeOf(f.result ?? f.status ?? f.outcome),
    message: r.message.slice(0, 1000),
    attributes,
  };
  return { ok: true, event: ext };
}

/**
 * Normalises one syslog line.
 *
 * @param line - RFC 5424 or RFC 3164 text
 * @param env - lookups, receive time and fallback system name
 * @returns the event or a rejection reason
 */
export function normaliseSyslogLine(line: string, env: NormaliseEnv): Normalised {
  const r = parseSyslog(line, env.now);
  if (isReject(r)) return { ok: false, reason: r.reason };
  return normaliseSyslogRecord(r, env);
}

const str = (v: unknown, max = 256): string | null => (typeof v === 'string' && v.length > 0 && v.length <= max ? v : null);

/**
 * Normalises one JSON line of `POST /api/ingest/events` (format in docs/DETECTION.md).
 *
 * @param item - a parsed object, or a string holding JSON or a syslog line
 * @param env - lookups, receive time and fallback system name
 * @returns the event or a rejection reason
 */
export function normaliseJsonItem(item: unknown, env: NormaliseEnv): Normalised {
  let o: unknown = item;
  if (typeof item === 'string') {
    const s = item.trim();
    if (s.startsWith('<')) return normaliseSyslogLine(s, env);
    try {
      o = JSON.parse(s);
    } catch {
      return { ok: false, reason: 'BAD_JSON' };
    }
  }
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return { ok: false, reason: 'NOT_OBJECT' };
  const rec = o as Record<string, unknown>;
  const timeText = str(rec.time, 40);
  if (!timeText || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/.test(timeText)) return { ok: false, reason: 'BAD_TIMESTAMP' };
  const time = Date.parse(timeText);
  if (!Number.isFinite(time)) return { ok: false, reason: 'BAD_TIMESTAMP' };
  if (time > env.now + 86_400_000) return { ok: false, reason: 'FUTURE_TIMESTAMP' };
  const type = str(rec.type, 64);
  if (!type || !EVENT_TYPE.test(type)) return { ok: false, reason: 'MISSING_TYPE' };
  const user = rec.user === undefined || rec.user === null ? null : str(rec.user, 64);
  if (rec.user !== undefined && rec.user !== null && (!user || !USER.test(user))) return { ok: false, reason: 'BAD_USER' };
  const outcomeRaw = rec.outcome === undefined ? 'success' : str(rec.outcome, 16);
  const outcome = outcomeRaw ? outcomeOf(outcomeRaw) : null;
  if (!outcome) return { ok: false, reason: 'BAD_OUTCOME' };
  if (rec.ip !== undefined && rec.ip !== null && !ipOf(str(rec.ip, 45) ?? undefined)) return { ok: false, reason: 'BAD_IP' };
  const system = str(rec.host, 128) ?? env.defaultSystem;
  const ip = ipOf(str(rec.ip, 45) ?? undefined);
  const action = TYPE_MAP[type.toLowerCase()];
  if (action) {
    if (!user) return { ok: false, reason: 'MISSING_USER' };
    return {
      ok: true,
      event: authEvent(env, action, {
        time, user, outcome, system, ip, mfa: typeof rec.mfa === 'boolean' ? rec.mfa : null,
        reason: str(rec.reason, 64) ?? `INGEST_${action.toUpperCase()}`, sessionId: str(rec.sessionId, 128),
        deviceId: str(rec.deviceId, 128), userAgent: str(rec.userAgent, 512),
      }),
    };
  }
  const attributes: Record<string, string> = {};
  if (typeof rec.attributes === 'object' && rec.attributes !== null && !Array.isArray(rec.attributes)) {
    for (const [k, v] of Object.entries(rec.attributes as Record<string, unknown>).slice(0, 32)) {
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') attributes[k.slice(0, 64)] = String(v).slice(0, 256);
    }
  }
  const ext: ExternalEvent = {
    id: newId(),
    kind: 'external',
    time: new Date(time).toISOString(),
    source: { system, ip, userAgent: str(rec.userAgent, 512) },
    system,
    eventType: type,
    accountName: user,
    outcome: rec.outcome === undefined ? null : outcome,
    message: typeof rec.message === 'string' ? rec.message.slice(0, 1000) : null,
    attributes,
  };
  return { ok: true, event: ext };
}
