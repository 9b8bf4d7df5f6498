/**
 * ArcSight Common Event Format (CEF) version 0, as the national SOC's collectors read it
 * (Micro Focus "Implementing ArcSight CEF", rev. 25):
 *
 *   CEF:Version|Device Vendor|Device Product|Device Version|Device Event Class ID|Name|Severity|Extension
 *
 * Escaping differs by place: in the header a pipe and a backslash are escaped (`\|`, `\\`); in extension values
 * a backslash and an equals sign are escaped (`\\`, `\=`) and line breaks become `\n` / `\r`, while a pipe is
 * left as is. Extension keys are fixed identifiers and are never escaped (we reject anything else).
 */
import type { StixAlertInput, StixCaseInput } from './stix-bundle.ts';

/** One CEF event. */
export interface CefEvent {
  readonly deviceVendor: string;
  readonly deviceProduct: string;
  readonly deviceVersion: string;
  /** Device Event Class ID (signature id). */
  readonly signatureId: string;
  readonly name: string;
  /** 0–10. */
  readonly severity: number;
  /** Extension key/value pairs, in order. */
  readonly extension: ReadonlyArray<readonly [string, string | number]>;
}

/**
 * Escapes a header field: `\` → `\\`, `|` → `\|`; line breaks (not allowed in the header) become spaces.
 *
 * @param value - the field
 * @returns the escaped field
 */
export function escapeCefHeader(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

/**
 * Escapes an extension value: `\` → `\\`, `=` → `\=`, CR/LF → `\r`/`\n`. Pipes stay unescaped.
 *
 * @param value - the value
 * @returns the escaped value
 */
export function escapeCefValue(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/=/g, '\\=')
    .replace(/\r\n/g, '\\n')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r');
}

const KEY = /^[A-Za-z0-9_]+$/;

/**
 * Formats one CEF event.
 *
 * @param e - the event
 * @returns the CEF line
 * @throws Error when an extension key is not a plain identifier or the severity is out of range
 */
export function formatCef(e: CefEvent): string {
  if (!Number.isInteger(e.severity) || e.severity < 0 || e.severity > 10) throw new Error('CEF severity must be 0..10');
  const header = [
    'CEF:0',
    escapeCefHeader(e.deviceVendor),
    escapeCefHeader(e.deviceProduct),
    escapeCefHeader(e.deviceVersion),
    escapeCefHeader(e.signatureId),
    escapeCefHeader(e.name),
    String(e.severity),
  ].join('|');
  const ext = e.extension
    .map(([k, v]) => {
      if (!KEY.test(k)) throw new Error(`invalid CEF extension key`);
      return `${k}=${escapeCefValue(String(v))}`;
    })
    .join(' ');
  return `${header}|${ext}`;
}

/**
 * Parses a CEF line back into header fields and extension (for tests and the ingestion side).
 *
 * @param line - a CEF line
 * @returns header fields (unescaped) and extension map (unescaped)
 */
export function parseCef(line: string): { header: string[]; extension: Record<string, string> } {
  const header: string[] = [];
  let cur = '';
  let i = line.startsWith('CEF:') ? 0 : line.indexOf('CEF:');
  if (i < 0) throw new Error('not a CEF line');
  for (; i < line.length && header.length < 7; i++) {
    const ch = line[i]!;
    if (ch === '\\' && (line[i + 1] === '|' || line[i + 1] === '\\')) {
      cur += line[++i];
    } else if (ch === '|') {
      header.push(cur);
      cur = '';
    } else cur += ch;
  }
  const rest = line.slice(i);
  const extension: Record<string, string> = {};
  // Keys start after a space (or at the start) and end at an unescaped '='.
  const re = /(?:^|\s)([A-Za-z0-9_]+)=((?:\\.|[^\\])*?)(?=\s[A-Za-z0-9_]+=|$)/g;
  for (const m of rest.matchAll(re)) {
    extension[m[1]!] = m[2]!.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : c));
  }
  return { header, extension };
}

/** Vendor/product/version of Khiên's CEF events. */
export const KHIEN_CEF_DEVICE = { deviceVendor: 'BHXH Viet Nam', deviceProduct: 'Khien', deviceVersion: '0.1.0' } as const;

const SEVERITY: Record<string, number> = { low: 3, medium: 5, high: 8, critical: 10 };

/**
 * The CEF event of an alert.
 *
 * @param a - the alert
 * @returns the event
 */
export function alertToCef(a: StixAlertInput): CefEvent {
  const ext: Array<readonly [string, string | number]> = [
    ['rt', a.raisedAt.getTime()],
    ['externalId', a.alertId],
    ['cat', 'khien/alert'],
    ['cnt', Math.max(1, a.evidenceCount)],
  ];
  if (a.accountId) ext.push(['suid', a.accountId]);
  if (a.ip) ext.push(['src', a.ip]);
  if (a.caseId) ext.push(['cs1Label', 'caseId'], ['cs1', a.caseId]);
  return {
    ...KHIEN_CEF_DEVICE,
    signatureId: a.ruleId,
    name: (a.ruleName ?? a.ruleId).normalize('NFC'),
    severity: SEVERITY[a.severity] ?? 5,
    extension: ext,
  };
}

/**
 * The CEF event of a case (incident).
 *
 * @param c - the case
 * @returns the event
 */
export function caseToCef(c: StixCaseInput): CefEvent {
  const ext: Array<readonly [string, string | number]> = [
    ['rt', c.updatedAt.getTime()],
    ['start', c.detectedAt.getTime()],
    ['externalId', c.reference],
    ['cat', c.personalDataBreach ? 'khien/incident/personal-data-breach' : 'khien/incident'],
    ['cs2Label', 'status'],
    ['cs2', c.status],
    ['msg', c.title.normalize('NFC')],
  ];
  const accounts = c.observables.filter((o) => o.type === 'account').map((o) => o.value);
  const ips = c.observables.filter((o) => o.type === 'ip').map((o) => o.value);
  if (accounts[0]) ext.push(['suid', accounts[0]]);
  if (ips[0]) ext.push(['src', ips[0]]);
  return {
    ...KHIEN_CEF_DEVICE,
    signatureId: c.personalDataBreach ? 'khien-incident-breach' : 'khien-incident',
    name: `Incident ${c.reference}`,
    severity: SEVERITY[c.severity] ?? 5,
    extension: ext,
  };
}
