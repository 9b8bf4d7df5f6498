/**
 * Network → province lookup: IPv4 prefixes (CIDR) of the agency's provincial networks mapped to 2025
 * province codes. Longest prefix wins. Results are cached in a bounded map because the same addresses recur.
 */

/** One prefix rule. */
export interface IpPrefixRule {
  /** IPv4 CIDR, e.g. `10.1.0.0/16`. */
  readonly prefix: string;
  /** 2-digit 2025 province code. */
  readonly provinceCode: string;
}

/** A compiled lookup. */
export interface IpProvinceMap {
  lookup(ip: string): string | null;
}

/**
 * Parses an IPv4 address to an unsigned 32-bit number.
 *
 * @param ip - dotted quad (an IPv4-mapped IPv6 `::ffff:a.b.c.d` is accepted)
 * @returns the number, or null when not IPv4
 */
export function parseIpv4(ip: string): number | null {
  const s = ip.startsWith('::ffff:') ? ip.slice(7) : ip;
  const parts = s.split('.');
  if (parts.length !== 4) return null;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return null;
    const v = Number(p);
    if (v > 255) return null;
    n = n * 256 + v;
  }
  return n;
}

/**
 * The network of an address at a given prefix length, as text (for "same network" comparisons).
 *
 * @param ip - the address
 * @param bits - prefix length (IPv4); IPv6 addresses keep their first four groups
 * @returns the network key
 */
export function networkOf(ip: string, bits: number): string {
  const key = bits === 24 ? ip : `${ip}/${bits}`;
  const hit = networkCache.get(key);
  if (hit !== undefined) return hit;
  const out = computeNetwork(ip, bits);
  if (networkCache.size >= 50_000) networkCache.clear();
  networkCache.set(key, out);
  return out;
}

const networkCache = new Map<string, string>();

function computeNetwork(ip: string, bits: number): string {
  const n = parseIpv4(ip);
  if (n === null) return ip.split(':').slice(0, 4).join(':');
  const mask = bits <= 0 ? 0 : bits >= 32 ? 0xffffffff : (0xffffffff << (32 - bits)) >>> 0;
  return `${((n & mask) >>> 0).toString(16)}/${bits}`;
}

/**
 * Compiles prefix rules.
 *
 * @param rules - prefixes
 * @returns the lookup
 * @throws Error on a malformed prefix
 */
export function createIpProvinceMap(rules: readonly IpPrefixRule[]): IpProvinceMap {
  const compiled = rules
    .map((r) => {
      const [addr, len] = r.prefix.split('/');
      const base = parseIpv4(addr ?? '');
      const bits = Number(len);
      if (base === null || !Number.isInteger(bits) || bits < 0 || bits > 32) throw new Error(`bad prefix ${r.prefix}`);
      const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
      return { net: (base & mask) >>> 0, mask, bits, code: r.provinceCode };
    })
    .sort((a, b) => b.bits - a.bits);
  const cache = new Map<string, string | null>();
  return {
    lookup(ip) {
      const hit = cache.get(ip);
      if (hit !== undefined) return hit;
      const n = parseIpv4(ip);
      let out: string | null = null;
      if (n !== null) {
        for (const c of compiled) {
          if (((n & c.mask) >>> 0) === c.net) {
            out = c.code;
            break;
          }
        }
      }
      if (cache.size >= 50_000) cache.clear();
      cache.set(ip, out);
      return out;
    },
  };
}
