/**
 * A deterministic fuzzer of the HTTP API (issue 21), for tests and the benchmark only — never imported by the
 * server. It walks every operation of the app's OpenAPI document, as each caller given (anonymous, staff roles
 * with their CSRF header, a citizen), and sends requests built from the operation's own schemas with one or more
 * parts made hostile: wrong types, out-of-range and non-finite numbers, megabyte strings, deep nesting, invalid
 * JSON, wrong content types, `__proto__` keys, injection strings, lone surrogates and NUL, full-width digits,
 * impossible dates, malformed percent-encoding, forged or malformed cookies, bearer tokens and API keys. Every string it sends carries a marker, so that the caller can
 * check that nothing sent was echoed into the logs. Each request is checked: no 5xx, and every 4xx carries the
 * catalogue body (`code` known to the catalogue, `message.vi`, `message.en`, `requestId`).
 *
 * Randomness comes from a seeded generator (mulberry32): the same seed sends the same requests.
 */
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { lookupError } from '../platform/errors.ts';
import type { KhienApp } from './app-services.ts';

/** Who sends a request. */
export interface FuzzCaller {
  readonly name: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Operations this caller does not call (e.g. its own sign-out, which would end the session for the rest). */
  readonly skip?: (method: string, path: string) => boolean;
}

/** Options of {@link fuzzApi}. */
export interface FuzzOptions {
  readonly callers: readonly FuzzCaller[];
  /** Number of requests. */
  readonly requests: number;
  readonly seed: number;
  /** Values to use for named path parameters so that some requests reach past the lookup (e.g. a real person id). */
  readonly knownValues?: Readonly<Record<string, readonly string[]>>;
  /** The marker every hostile string starts with (default `ZqFz`). */
  readonly marker?: string;
}

/** One request that broke a rule. */
export interface FuzzFinding {
  readonly operation: string;
  readonly caller: string;
  readonly mutation: string;
  readonly status: number;
  readonly problem: string;
  readonly request: string;
}

/** What a run did and found. */
export interface FuzzReport {
  readonly requests: number;
  readonly operations: number;
  /** Responses by status (`"404"`) and by caller and status (`"auditor 404"`). */
  readonly byStatus: Readonly<Record<string, number>>;
  readonly findings: readonly FuzzFinding[];
}

interface Schema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
  $ref?: string;
}

interface Parameter {
  readonly in: string;
  readonly name: string;
  readonly required?: boolean;
  readonly schema?: Schema;
}

interface Operation {
  readonly method: string;
  readonly path: string;
  readonly params: readonly Parameter[];
  readonly body: Schema | null;
}

/** mulberry32: small, fast, seedable. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = prng(seed);
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => this.int(0, 15).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[this.int(0, 3)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}

/** Strings a pattern is tried against when a plausible value is wanted. */
const PATTERN_CANDIDATES = [
  'P01', '01', '01001', 'VSS', 'P01-L1', 'benefit_settlement', 'staff', 'R001', 'R01', '0123456789', '123456', '001090000001',
  'DN4010123456789', 'HGD000000001', 'abc', 'ABC123', 'a@b.vn', '10.0.0.1', '2026-03', '2026-03-01', 'high', 'open',
];

function operationsOf(doc: { paths?: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: Schema }> } }>> }): Operation[] {
  const out: Operation[] = [];
  for (const [path, ops] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(ops)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      out.push({ method: method.toUpperCase(), path, params: op.parameters ?? [], body: op.requestBody?.content?.['application/json']?.schema ?? null });
    }
  }
  return out;
}

/** The hostile values, built once per run around the marker. */
function hostile(marker: string): {
  strings: string[]; bigStrings: string[]; json: unknown[]; numbers: number[]; rawUrl: string[]; rawQuery: string[]; rawBodies: string[];
  headers: Array<[string, string]>; contentTypes: string[];
} {
  const m = marker;
  return {
    strings: [
      m, `${m}' OR '1'='1`, `${m}"; DROP TABLE audit_entries; --`, `${m}<script>alert(1)</script>`, `${m}\u0000x`, `${m}\uD800`, `${m}\uDFFFz`,
      `${m}１２３４５６`, `１２３${m}`, `${m}../../etc/passwd`, `${m}%00`, `${m}\r\nX-Injected: 1`, `=HYPERLINK("http://x")${m}`, `${m}{{7*7}}`,
      `${m}$(id)`, `${m}\${jndi:ldap://x/a}`, `${m}\u202Egnp.exe`, `${m}  `, `${m}2026-02-30`, `${m}2026-02-30T25:61:61Z`,
      `${m}0000-00-00T00:00:00Z`, `${m}+275760-09-13T00:00:00.000Z`, `${m}NaN`, `${m}Infinity`, `${m}null`, `${m}true`, `${m}\u0085\u2028`,
    ],
    bigStrings: [`${m}${'A'.repeat(200_000)}`, `${m}${'Ệ'.repeat(60_000)}`, `${m}${'B'.repeat(1_048_576)}`],
    json: [
      null, true, false, [], {}, [[[[[]]]]], 0, -1, 1.5, -0, 1e308, -1e308, 9007199254740993, 9223372036854775808, 2147483648,
      JSON.parse(`{"__proto__":{"polluted":"${m}"}}`), { constructor: { prototype: { polluted: m } } }, [m, m], { [m]: m },
      '2026-02-30', '2026-13-01', '2026-02-30T25:61:61Z', '1969-12-31T23:59:60Z', '+275760-09-13T00:00:00.000Z', '２０２６-０１-０１', '', ' ',
    ],
    numbers: [0, -1, 1.5, 1e308, -1e308, 9007199254740993, 9223372036854775808, 2147483648, -2147483649],
    rawUrl: [
      `${m}`, `${m}%ED%A0%80`, `${m}%C0%AF`, `${m}%FF`, `${m}%`, `${m}%2`, `${m}%00`, `${m}%2F..%2F..`, `1e309`, `-1e309`, `9999999999999999999`,
      `NaN`, `Infinity`, `0x1F`, `%EF%BC%91%EF%BC%92`, `1.5`, `-0`, `00000000-0000-0000-0000-000000000000`, `${m}${'9'.repeat(120)}`,
      `${m}%E2%80%AE`, `${m}'%20OR%20'1'%3D'1`, `${m}%3Cscript%3E`,
    ],
    rawQuery: [
      `${m}`, `${m}%ED%A0%80`, `${m}%FF`, `${m}%`, `${m}%00`, `1e309`, `-1e309`, `9999999999999999999`, `-1`, `0`, `NaN`, `Infinity`,
      `%EF%BC%91%EF%BC%92`, `2026-02-30`, `2026-02-30T25%3A61%3A61Z`, `%2B275760-09-13T00%3A00%3A00.000Z`, `${m}&${m}=1`, `${m}%26x%3D1`,
      `true`, `[]`, `${m}${'C'.repeat(20_000)}`,
    ],
    rawBodies: [
      '{"a":', `{"${m}":}`, '\u0000', `${'['.repeat(20_000)}${']'.repeat(20_000)}`, `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`,
      'null', `"${m}"`, '123', '[]', '\uFEFF{}', '{"a":1,"a":2}', '1e309', `{"x":1e309}`, `{"__proto__":{"polluted":"${m}"}}`,
      `{"constructor":{"prototype":{"polluted":"${m}"}}}`, '{"a":"\\ud800"}', `{"a":"${m}\\u0000"}`, 'undefined', `{'a':'${m}'}`,
    ],
    headers: [
      ['cookie', `khien_session=${m}`], ['cookie', 'khien_session=%ZZ%E0%A4%A'], ['cookie', `khien_session=${'a'.repeat(8000)}`],
      ['cookie', `khien_device=${m}.AAAA; khien_session=${m}`], ['cookie', `khien_citizen=${m}`], ['cookie', `khien_citizen_flow=${m}.x`],
      ['cookie', 'khien_session; ;=; khien_session=; =x'], ['cookie', `khien_session=${m}; khien_session=${m}2`],
      ['authorization', `Bearer ${m}`], ['authorization', 'Bearer '], ['authorization', `Basic ${m}`], ['authorization', `Bearer ${'x'.repeat(10_000)}`],
      ['x-api-key', m], ['x-api-key', `${m}.${'k'.repeat(3000)}`], ['x-csrf-token', m], ['accept-language', `${m};q=2, *;q=-1`],
      ['x-forwarded-for', `${m}, 999.1.1.1`], ['x-request-id', m], ['user-agent', `${m}${'U'.repeat(10_000)}`],
    ] as Array<[string, string]>,
    contentTypes: [
      'text/plain', 'application/xml', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'application/json; charset=latin1',
      'application/json; charset=utf-16', 'application/jsonx', 'APPLICATION/JSON', 'application/json;;', 'text/csv', '*/*',
    ],
  };
}

/**
 * Runs the fuzzer against an app.
 *
 * @param app - a built app (its OpenAPI document lists the operations)
 * @param opts - callers, size, seed
 * @returns the statuses seen and every request that broke a rule
 */
export async function fuzzApi(app: KhienApp, opts: FuzzOptions): Promise<FuzzReport> {
  const rng = new Rng(opts.seed);
  const marker = opts.marker ?? 'ZqFz';
  const H = hostile(marker);
  const doc = app.swagger() as unknown as Parameters<typeof operationsOf>[0] & { components?: { schemas?: Record<string, Schema> } };
  const components = doc.components?.schemas ?? {};
  const ops = operationsOf(doc);
  const resolve = (s: Schema | undefined): Schema => {
    if (s?.$ref) return components[s.$ref.replace(/^#\/components\/schemas\//, '')] ?? {};
    return s ?? {};
  };

  /** A plausible value of a schema (what a careful client would send). */
  const sample = (raw: Schema | undefined, depth = 0): unknown => {
    const s = resolve(raw);
    if (s.const !== undefined) return s.const;
    if (s.enum?.length) return rng.pick(s.enum);
    if (s.anyOf?.length) return sample(rng.pick(s.anyOf), depth);
    if (s.oneOf?.length) return sample(rng.pick(s.oneOf), depth);
    if (s.allOf?.length) return Object.assign({}, ...s.allOf.map((x) => sample(x, depth) as object));
    const type = Array.isArray(s.type) ? s.type.find((x) => x !== 'null') ?? 'null' : s.type;
    switch (type) {
      case 'string': {
        if (s.format === 'uuid') return rng.uuid();
        if (s.format === 'date-time') return new Date(Date.UTC(2026, 2, rng.int(1, 28), rng.int(0, 23))).toISOString();
        if (s.format === 'date') return `2026-03-${String(rng.int(1, 28)).padStart(2, '0')}`;
        if (s.format === 'email') return 'can.bo@bhxh.example.vn';
        if (s.format === 'ipv4') return '10.1.2.3';
        const lo = s.minLength ?? 1;
        const hi = s.maxLength ?? 40;
        const fits = (x: string): boolean => {
          if (x.length < lo || x.length > hi) return false;
          try {
            return !s.pattern || new RegExp(s.pattern, 'u').test(x);
          } catch {
            return false;
          }
        };
        if (s.pattern) {
          const digits = /^\^\[0-9\]\{(\d+)\}\$$|^\^\\d\{(\d+)\}\$$/.exec(s.pattern);
          if (digits) return Array.from({ length: Number(digits[1] ?? digits[2]) }, () => rng.int(0, 9)).join('');
          const hit = PATTERN_CANDIDATES.filter(fits);
          if (hit.length) return rng.pick(hit);
        }
        const text = 'Nội dung kiểm thử';
        return text.length >= lo && text.length <= hi ? text : 'x'.repeat(Math.min(Math.max(lo, 1), hi));
      }
      case 'integer':
      case 'number': {
        const lo = s.minimum ?? 0;
        const hi = Math.min(s.maximum ?? lo + 100, lo + 1000);
        return rng.int(Math.ceil(lo), Math.floor(hi));
      }
      case 'boolean':
        return rng.chance(0.5);
      case 'null':
        return null;
      case 'array': {
        if (depth > 4) return [];
        const n = Math.max(s.minItems ?? 0, rng.int(0, 2));
        return Array.from({ length: n }, () => sample(s.items, depth + 1));
      }
      default: {
        if (!s.properties || depth > 5) return {};
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(s.properties)) {
          if (s.required?.includes(k) || rng.chance(0.5)) out[k] = sample(v, depth + 1);
        }
        return out;
      }
    }
  };

  /** A hostile JSON value for a body field. */
  const badValue = (): unknown => {
    const r = rng.next();
    if (r < 0.45) return rng.pick(H.strings);
    if (r < 0.5) return rng.pick(H.bigStrings.slice(0, 2));
    if (r < 0.6) return rng.pick(H.numbers);
    if (r < 0.65) {
      let deep: unknown = marker;
      for (let i = 0; i < 2000; i++) deep = { a: deep };
      return deep;
    }
    return rng.pick(H.json);
  };

  /** Replaces one value somewhere in a JSON document (or adds a key). */
  const mutateJson = (doc: unknown, depth = 0): unknown => {
    if (doc && typeof doc === 'object' && depth < 6) {
      if (Array.isArray(doc)) {
        if (doc.length === 0 || rng.chance(0.3)) return [...doc, badValue()];
        const i = rng.int(0, doc.length - 1);
        return doc.map((v, j) => (j === i ? mutateJson(v, depth + 1) : v));
      }
      const keys = Object.keys(doc);
      if (keys.length === 0 || rng.chance(0.15)) return { ...doc, [rng.pick([`${marker}extra`, '__proto__', 'constructor', `${marker}\u0000`])]: badValue() };
      if (rng.chance(0.1)) {
        const drop = rng.pick(keys);
        return Object.fromEntries(Object.entries(doc).filter(([k]) => k !== drop));
      }
      const k = rng.pick(keys);
      return { ...doc, [k]: mutateJson((doc as Record<string, unknown>)[k], depth + 1) };
    }
    return badValue();
  };

  const pct = (v: unknown): string => encodeURIComponent(String(v).replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
  const known = opts.knownValues ?? {};
  const findings: FuzzFinding[] = [];
  const byStatus: Record<string, number> = {};
  const callers = opts.callers;

  for (let i = 0; i < opts.requests; i++) {
    const op = ops[i % ops.length]!;
    const caller = callers[(i + Math.floor(i / ops.length)) % callers.length]!;
    if (caller.skip?.(op.method, op.path)) continue;
    const mutations: string[] = [];
    const kinds = ['query', 'path', 'body', 'raw-body', 'content-type', 'header', 'valid', 'valid'];
    const kind = rng.pick(kinds);
    const pathParams = op.params.filter((p) => p.in === 'path');
    const queryParams = op.params.filter((p) => p.in === 'query');
    // Path: plausible (or a known real value), or hostile when that is the mutation.
    let url = op.path;
    for (const p of pathParams) {
      let v: string;
      if (kind === 'path' && (mutations.length === 0 || rng.chance(0.3))) {
        v = rng.pick(H.rawUrl);
        mutations.push(`path ${p.name}=${v.slice(0, 40)}`);
      } else {
        const k = known[p.name];
        v = k?.length && rng.chance(0.7) ? rng.pick(k) : pct(sample(p.schema));
      }
      url = url.replace(`{${p.name}}`, v);
    }
    // Query: required ones and some optional ones, plausible; one hostile when that is the mutation.
    const q: string[] = [];
    for (const p of queryParams) {
      if (p.required || rng.chance(0.4)) q.push(`${encodeURIComponent(p.name)}=${pct(sample(p.schema))}`);
    }
    if (kind === 'query' || (kind === 'valid' && rng.chance(0.2))) {
      const name = queryParams.length && rng.chance(0.8) ? rng.pick(queryParams).name : `${marker}q`;
      const v = rng.pick(H.rawQuery);
      q.push(`${encodeURIComponent(name)}=${v}`);
      if (rng.chance(0.2)) q.push(`${encodeURIComponent(name)}=${rng.pick(H.rawQuery)}`);
      mutations.push(`query ${name}=${v.slice(0, 40)}`);
    }
    if (q.length) url += `?${q.join('&')}`;
    // Body.
    const headers: Record<string, string> = { ...caller.headers };
    let payload: string | undefined;
    const sendsBody = op.body !== null || op.method !== 'GET';
    if (sendsBody) {
      let doc: unknown = op.body ? sample(op.body) : undefined;
      if (kind === 'body' || (kind === 'path' && rng.chance(0.2))) {
        doc = mutateJson(doc ?? {});
        mutations.push('body field');
      }
      if (kind === 'raw-body') {
        payload = rng.pick(H.rawBodies);
        mutations.push(`raw body ${JSON.stringify(payload.slice(0, 30))}`);
      } else if (doc !== undefined) {
        payload = JSON.stringify(doc);
      }
      if (payload !== undefined) headers['content-type'] = 'application/json';
      if (kind === 'content-type') {
        const ct = rng.pick(H.contentTypes);
        headers['content-type'] = ct;
        payload ??= `${marker}=1`;
        mutations.push(`content-type ${ct}`);
      }
      if (kind === 'body' && rng.chance(0.05)) {
        payload = JSON.stringify({ big: H.bigStrings[2] });
        mutations.push('1 MB body');
      }
    }
    if (kind === 'header') {
      const [name, value] = rng.pick(H.headers);
      // A staff caller's own cookie is replaced (or joined, to test a second value of the same name).
      headers[name] = name === 'cookie' && headers.cookie && rng.chance(0.5) ? `${headers.cookie}; ${value}` : value;
      mutations.push(`header ${name}: ${value.slice(0, 40)}`);
    }
    if (mutations.length === 0) mutations.push('plausible');
    const request: InjectOptions = { method: op.method, url, headers, ...(payload !== undefined ? { payload } : {}) };
    let res: LightMyRequestResponse;
    try {
      res = await app.inject(request);
    } catch (err) {
      findings.push({ operation: `${op.method} ${op.path}`, caller: caller.name, mutation: mutations.join('; '), status: 0, problem: `inject threw ${(err as Error).name}`, request: url.slice(0, 200) });
      continue;
    }
    byStatus[res.statusCode] = (byStatus[res.statusCode] ?? 0) + 1;
    byStatus[`${caller.name} ${res.statusCode}`] = (byStatus[`${caller.name} ${res.statusCode}`] ?? 0) + 1;
    const problem = checkResponse(res);
    if (problem) {
      findings.push({ operation: `${op.method} ${op.path}`, caller: caller.name, mutation: mutations.join('; '), status: res.statusCode, problem, request: url.slice(0, 200) });
    }
  }
  return { requests: opts.requests, operations: ops.length, byStatus, findings };
}

/**
 * A 503 with a catalogued 503 code is a dependency the test environment does not run (the citizen identity
 * provider is reached over HTTP), said as such — not a failure of the server. Every other 5xx is.
 */
function deliberatelyUnavailable(res: LightMyRequestResponse): boolean {
  if (res.statusCode !== 503) return false;
  try {
    const code = (JSON.parse(res.body) as { code?: unknown }).code;
    return typeof code === 'string' && lookupError(code)?.status === 503;
  } catch {
    return false;
  }
}

/**
 * Checks one response: no 5xx (but a catalogued 503), and a 4xx or 503 carries the catalogue body.
 *
 * @param res - the response
 * @returns what is wrong, or null
 */
export function checkResponse(res: LightMyRequestResponse): string | null {
  if (res.statusCode >= 500 && !deliberatelyUnavailable(res)) return `${res.statusCode} ${res.body.slice(0, 120)}`;
  if (res.statusCode < 400) return null;
  let b: { code?: unknown; message?: { vi?: unknown; en?: unknown }; requestId?: unknown };
  try {
    b = JSON.parse(res.body) as typeof b;
  } catch {
    return `non-JSON ${res.statusCode} body: ${res.body.slice(0, 80)}`;
  }
  if (typeof b.code !== 'string' || !lookupError(b.code)) return `code not in the catalogue: ${String(b.code)}`;
  if (typeof b.message?.vi !== 'string' || !b.message.vi || typeof b.message.en !== 'string' || !b.message.en) return `${b.code} without message.vi/en`;
  if (typeof b.requestId !== 'string' || !b.requestId) return `${b.code} without requestId`;
  return null;
}
