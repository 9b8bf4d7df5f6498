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

const ASCII = /^[\x00-\x7f]*$/;
/** Printable ASCII without `"` and `\`: already NFC, and JSON-quoted as is (no escapes). */
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** NFC form; ASCII text (ids, codes: most of an event) is already NFC, so skip the costly call. */
function nfc(text: string): string {
  return ASCII.test(text) ? text : text.normalize('NFC');
}

function write(value: unknown, seen: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError('non-finite number');
      // ECMAScript Number serialisation is the RFC 8785 number format; -0 becomes 0.
      return JSON.stringify(value === 0 ? 0 : value);
    case 'string':
      return PLAIN.test(value) ? `"${value}"` : JSON.stringify(nfc(value));
    case 'object':
      break;
    default:
      throw new CanonicalJsonError(`unsupported type ${typeof value}`);
  }
  const obj = value;
  if (seen.has(obj)) throw new CanonicalJsonError('cyclic value');
  let out: string;
  if (Array.isArray(obj)) {
    seen.add(obj);
    out = '[';
    for (let i = 0; i < obj.length; i++) {
      if (i > 0) out += ',';
      const item: unknown = obj[i];
      // As JSON.stringify: undefined in an array becomes null.
      out += write(item === undefined ? null : item, seen);
    }
    out += ']';
  } else {
    if (obj instanceof Date) return write(obj.toISOString(), seen);
    const proto = Object.getPrototypeOf(obj) as unknown;
    if (proto !== Object.prototype && proto !== null) throw new CanonicalJsonError('only plain objects are allowed');
    seen.add(obj);
    const record = obj as Record<string, unknown>;
    const names = Object.keys(record);
    if (names.every((k) => PLAIN.test(k))) {
      // Fast path (every key of Khiên's events): plain ASCII keys are their own NFC form, stay distinct, and
      // the default sort compares them by UTF-16 code units, as RFC 8785 asks.
      names.sort();
      out = '{';
      let first = true;
      for (const k of names) {
        const v = record[k];
        if (v === undefined) continue;
        out += first ? `"${k}":` : `,"${k}":`;
        out += write(v, seen);
        first = false;
      }
      seen.delete(obj);
      return `${out}}`;
    }
    const keys: Array<[string, string]> = [];
    for (const k of Object.keys(record)) if (record[k] !== undefined) keys.push([nfc(k), k]);
    keys.sort(([a], [b]) => compareUtf16(a, b));
    out = '{';
    for (let i = 0; i < keys.length; i++) {
      const [k, original] = keys[i]!;
      if (i > 0) {
        if (keys[i - 1]![0] === k) throw new CanonicalJsonError('duplicate key after NFC normalisation');
        out += ',';
      }
      out += `${JSON.stringify(k)}:${write(record[original], seen)}`;
    }
    out += '}';
  }
  seen.delete(obj);
  return out;
}

/**
 * Serialises a value canonically.
 *
 * @param value - plain data (objects, arrays, strings, finite numbers, booleans, null; Dates become ISO strings)
 * @returns the canonical JSON text
 * @throws CanonicalJsonError for values JSON cannot represent
 */
export function canonicalJson(value: unknown): string {
  return write(value, new Set());
}
