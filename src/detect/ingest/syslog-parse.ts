/**
 * Syslog parsing (RFC 5424 and RFC 3164/BSD) on top of `nsyslog-parser`, with the checks that library
 * leaves out: a valid PRI, a recognised header, a usable timestamp. RFC 3164 timestamps carry neither year
 * nor zone: the year is taken from the receiving clock (last year when that would put the line more than a
 * day in the future) and the zone is the devices' configured offset (Vietnam, UTC+7, by default).
 */
import parseSyslogLine from 'nsyslog-parser';

/** A syslog line reduced to what normalisation needs. */
export interface SyslogRecord {
  readonly format: 'rfc5424' | 'rfc3164';
  readonly facility: number;
  readonly severity: number;
  /** Event time (ms). */
  readonly time: number;
  /** HOSTNAME: the emitting device. */
  readonly host: string | null;
  readonly appName: string | null;
  readonly msgId: string | null;
  readonly message: string;
  /** Structured-data parameters (RFC 5424), flattened `param → value`. */
  readonly structured: Readonly<Record<string, string>>;
}

/** A parse failure with a stable reason code. */
export interface SyslogReject {
  readonly reason: 'EMPTY' | 'TOO_LONG' | 'NO_PRI' | 'BAD_PRI' | 'UNRECOGNISED_HEADER' | 'BAD_TIMESTAMP' | 'PARSER_ERROR';
}

const MONTHS: Record<string, number> = { Jan: 0, Feb: 1, Mar: 2, Apr: 3, May: 4, Jun: 5, Jul: 6, Aug: 7, Sep: 8, Oct: 9, Nov: 10, Dec: 11 };
const BSD_TS = /^<\d{1,3}>([A-Z][a-z]{2}) +(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) /;
const PRI = /^<(\d{1,3})>/;
/** Longest line accepted (RFC 5424 §6.1 requires receivers to take 480 octets and should take 2048). */
export const MAX_LINE = 8192;

/**
 * Parses one syslog line.
 *
 * @param line - the line without its trailing newline
 * @param now - receive time (ms), for RFC 3164's missing year and RFC 5424's nil timestamp
 * @param bsdOffsetMinutes - zone of RFC 3164 timestamps (default 420, Vietnam)
 * @returns the record or a rejection
 */
export function parseSyslog(line: string, now: number, bsdOffsetMinutes = 420): SyslogRecord | SyslogReject {
  const text = line.replace(/^\uFEFF/, '').trimEnd();
  if (text.trim() === '') return { reason: 'EMPTY' };
  if (text.length > MAX_LINE) return { reason: 'TOO_LONG' };
  const pri = PRI.exec(text);
  if (!pri) return { reason: 'NO_PRI' };
  const prival = Number(pri[1]);
  if (prival > 191 || (pri[1]!.length > 1 && pri[1]!.startsWith('0'))) return { reason: 'BAD_PRI' };
  const p = parseSyslogLine(text, { cef: false, leef: false, fields: false, generateTimestamp: false });
  if (p.err !== undefined) return { reason: 'PARSER_ERROR' };
  let format: SyslogRecord['format'];
  let time: number;
  if (p.type === 'RFC5424') {
    format = 'rfc5424';
    const ts = text.slice(pri[0].length).split(' ')[1] ?? '';
    if (ts === '-') time = now;
    else if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/.test(ts)) return { reason: 'BAD_TIMESTAMP' };
    else time = Date.parse(ts);
  } else if (p.type === 'BSD') {
    format = 'rfc3164';
    const m = BSD_TS.exec(text);
    const month = m ? MONTHS[m[1]!] : undefined;
    if (!m || month === undefined) return { reason: 'BAD_TIMESTAMP' };
    const [d, hh, mm, ss] = [Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])];
    if (d < 1 || d > 31 || hh > 23 || mm > 59 || ss > 60) return { reason: 'BAD_TIMESTAMP' };
    const year = new Date(now).getUTCFullYear();
    const at = (y: number): number => Date.UTC(y, month, d, hh, mm, ss) - bsdOffsetMinutes * 60_000;
    time = at(year);
    if (time > now + 86_400_000) time = at(year - 1);
  } else {
    return { reason: 'UNRECOGNISED_HEADER' };
  }
  if (!Number.isFinite(time)) return { reason: 'BAD_TIMESTAMP' };
  const structured: Record<string, string> = {};
  if (Array.isArray(p.structuredData)) {
    for (const sd of p.structuredData) {
      for (const [k, v] of Object.entries(sd)) if (k !== '$id' && typeof v === 'string') structured[k] = v;
    }
  }
  const nil = (v: string | undefined): string | null => (v && v !== '-' ? v : null);
  return {
    format,
    facility: prival >> 3,
    severity: prival & 7,
    time,
    host: nil(p.host),
    appName: nil(p.appName),
    msgId: nil(p.messageid),
    message: (p.message ?? '').replace(/^\uFEFF/, '').trim(),
    structured,
  };
}

/** True when the value is a rejection. */
export function isReject(v: SyslogRecord | SyslogReject): v is SyslogReject {
  return 'reason' in v && !('format' in v);
}

/**
 * Reads `key=value` pairs from a message (`key="quoted value"` allowed).
 *
 * @param message - free text
 * @returns lower-cased keys → values (at most 32)
 */
export function parseKeyValues(message: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([A-Za-z_][A-Za-z0-9_.-]{0,40})=("([^"]*)"|[^\s,;]*)/g;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = re.exec(message)) !== null && n < 32) {
    out[m[1]!.toLowerCase()] = m[3] !== undefined ? m[3] : m[2]!;
    n++;
  }
  return out;
}
