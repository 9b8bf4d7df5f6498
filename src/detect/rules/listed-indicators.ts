/**
 * Warning lists (directive 001 §1: prioritise machines with accounts and addresses on the agency's warning
 * list): an address, domain or account on a live warning list seen in an ingested log line or at sign-in,
 * and malware found on a workstation (raised by the posture module through a port, never from the stream).
 * The indicator index belongs to the posture module; the detector reads it through
 * {@link DetectContext.listedIndicator}, an in-memory lookup, so the hot path never waits.
 */
import type { KhienEvent } from '../../events/types.ts';
import type { ListedIndicatorHit } from '../context.ts';
import { detection, unitOf, type Detection, type DetectInput, type RuleDefinition } from '../rule.ts';

/** Attribute names of ingested lines that carry a remote address or a domain. */
const ADDRESS_KEYS = ['dst', 'dstip', 'dst_ip', 'remip', 'client', 'src', 'srcip'];
const DOMAIN_KEYS = ['domain', 'host', 'hostname', 'query', 'qname', 'url_host'];

function candidates(e: KhienEvent): Array<{ kind: 'ip' | 'domain' | 'account'; value: string }> {
  const out: Array<{ kind: 'ip' | 'domain' | 'account'; value: string }> = [];
  if (e.source.ip) out.push({ kind: 'ip', value: e.source.ip });
  if (e.kind === 'external') {
    const a = e.attributes ?? {};
    for (const k of ADDRESS_KEYS) if (a[k]) out.push({ kind: 'ip', value: a[k].replace(/:\d+$/, '') });
    for (const k of DOMAIN_KEYS) if (a[k]) out.push({ kind: 'domain', value: a[k].toLowerCase().replace(/\.$/, '') });
    if (e.accountName) out.push({ kind: 'account', value: e.accountName.toLowerCase() });
  }
  if (e.kind === 'auth' && e.username) out.push({ kind: 'account', value: e.username.toLowerCase() });
  return out;
}

/** The detection of a listed indicator seen in an event (grouped by indicator). */
function listedHit(input: DetectInput, kind: 'ip' | 'domain' | 'account', value: string, hit: ListedIndicatorHit, key: string): Detection {
  const e = input.event;
  const unitId = unitOf(e) ?? (hit.unitIds.length === 1 ? hit.unitIds[0] ?? null : null);
  return detection(listedIndicatorSeen, input, { indicatorKind: kind, listId: hit.listId, indicatorId: hit.indicatorId, system: e.source.system ?? 'khien' }, { unitId, groupKey: key });
}

/** KHIEN-R023: an indicator on a live warning list seen in logs or at sign-in. */
export const listedIndicatorSeen: RuleDefinition = {
  id: 'KHIEN-R023',
  name: { vi: 'Địa chỉ, tên miền hoặc tài khoản trong danh sách cảnh báo', en: 'Address, domain or account on a warning list' },
  description: {
    vi: 'Một địa chỉ IP, tên miền hoặc tài khoản thuộc danh sách cảnh báo còn hiệu lực xuất hiện trong nhật ký được nạp hoặc khi đăng nhập.',
    en: 'An IP address, domain or account on a live warning list appears in an ingested log line or at sign-in.',
  },
  severity: 'high',
  attack: 'T1071',
  defaults: {},
  kinds: ['auth', 'external', 'access'],
  create(_params, env) {
    return {
      size: () => 0,
      sweep: () => {},
      evaluate(input) {
        const lookup = env.context.listedIndicator;
        if (!lookup) return null;
        const e = input.event;
        if (e.kind !== 'external') {
          // Reads and sign-ins carry at most the source address and a username, two kinds that never repeat
          // each other: looked up directly, with no list, set or key string made unless one is listed.
          let out: Detection[] | null = null;
          const ip = e.source.ip;
          if (ip) {
            const hit = lookup('ip', ip, input.t);
            if (hit) (out ??= []).push(listedHit(input, 'ip', ip, hit, `ip:${ip}`));
          }
          if (e.kind === 'auth' && e.username) {
            const name = e.username.toLowerCase();
            const hit = lookup('account', name, input.t);
            if (hit) (out ??= []).push(listedHit(input, 'account', name, hit, `account:${name}`));
          }
          return out;
        }
        const seen = new Set<string>();
        const out = [];
        for (const c of candidates(e)) {
          const key = `${c.kind}:${c.value}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const hit = lookup(c.kind, c.value, input.t);
          if (!hit) continue;
          out.push(listedHit(input, c.kind, c.value, hit, key));
        }
        return out.length ? out : null;
      },
    };
  },
};

/** KHIEN-R024: malware found on a workstation (raised by the posture module, linked to the device and its account). */
export const malwareOnWorkstation: RuleDefinition = {
  id: 'KHIEN-R024',
  name: { vi: 'Phát hiện mã độc trên máy trạm', en: 'Malware found on a workstation' },
  description: {
    vi: 'Phát hiện mã độc trên máy trạm đã đăng ký của một tài khoản (từ rà soát, phần mềm phòng chống mã độc hoặc cảnh báo của Trung tâm CNTT).',
    en: "Malware found on an account's registered workstation (from a review, the anti-malware system or an IT Centre warning).",
  },
  severity: 'high',
  attack: 'T1204',
  defaults: {},
  // Never evaluated on the stream: the posture module raises it when a malware finding is recorded.
  kinds: [],
  create() {
    return { size: () => 0, sweep: () => {}, evaluate: () => null };
  },
};
