/**
 * Canonical JSON for audit bodies, in the style of RFC 8785 (JSON Canonicalization Scheme): object keys
 * sorted by UTF-16 code units, no insignificant whitespace, numbers in ECMAScript shortest form, and — our
 * addition — every string (keys and values) normalised to Unicode NFC, so that "Nguyễn" typed with combining
 * marks and with precomposed letters hashes the same. The text produced is stored exactly as hashed.
 *
 * Pure: no node-only APIs, usable in a browser.
 */

/** A value that can be canonicalised. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue | undefined };

/** Thrown for values JSON cannot represent faithfully (NaN, Infinity, bigint, functions, cycles). */
export class CanonicalJsonError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CanonicalJsonError';
  }
}

function compareUtf16(a: string, b: string): number {
  // JS string comparison is by UTF-16 code units, which is exactly RFC 8785 §3.2.3.
  return a < b ? -1 : a > b ? 1 : 0;
}

function write(value: unknown, seen: Set<object>, out: string[]): void {
  if (value === null) {
    out.push('null');
    return;
  }
  switch (typeof value) {
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError('non-finite number');
      // ECMAScript Number serialisation is the RFC 8785 number format; -0 becomes 0.
      out.push(JSON.stringify(value === 0 ? 0 : value));
      return;
    case 'string':
      out.push(JSON.stringify(value.normalize('NFC')));
      return;
    case 'object':
      break;
    default:
      throw new CanonicalJsonError(`unsupported type ${typeof value}`);
  }
  const obj = value as object;
  if (seen.has(obj)) throw new CanonicalJsonError('cyclic value');
  seen.add(obj);
  if (Array.isArray(obj)) {
    out.push('[');
    obj.forEach((item: unknown, i: number) => {
      if (i > 0) out.push(',');
      // As JSON.stringify: undefined in an array becomes null.
      write(item === undefined ? null : item, seen, out);
    });
    out.push(']');
  } else {
    const proto = Object.getPrototypeOf(obj) as unknown;
    if (obj instanceof Date) {
      write(obj.toISOString(), seen, out);
      seen.delete(obj);
      return;
    }
    if (proto !== Object.prototype && proto !== null) throw new CanonicalJsonError('only plain objects are allowed');
    const entries = Object.entries(obj as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k.normalize('NFC'), v] as const)
      .sort(([a], [b]) => compareUtf16(a, b));
    out.push('{');
    for (let i = 0; i < entries.length; i++) {
      const [k, v] = entries[i]!;
      if (i > 0) {
        out.push(',');
        if (entries[i - 1]![0] === k) throw new CanonicalJsonError('duplicate key after NFC normalisation');
      }
      out.push(JSON.stringify(k), ':');
      write(v, seen, out);
    }
    out.push('}');
  }
  seen.delete(obj);
}

/**
 * Serialises a value canonically.
 *
 * @param value - plain data (objects, arrays, strings, finite numbers, booleans, null; Dates become ISO strings)
 * @returns the canonical JSON text
 * @throws CanonicalJsonError for values JSON cannot represent
 */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  write(value, new Set(), out);
  return out.join('');
}
