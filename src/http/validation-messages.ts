/**
 * Validation errors a client can act on (issue 21, defect 8): each problem names the field and, where the schema
 * has them, the allowed values or limits, in Vietnamese and English — not ajv's English-only "must be equal to
 * constant". A union of literals (TypeBox `Type.Union([Type.Literal…])`, an `anyOf` of `const`) becomes one
 * problem listing every allowed value. Field names are taken from the schema path; a key the client sent is
 * named only when it looks like a field name, so that the client's input is not echoed back as a field.
 */

/** One ajv error as Fastify hands it over (`error.validation`). */
export interface SchemaProblem {
  readonly keyword: string;
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly params: Record<string, unknown>;
  readonly message?: string;
}

/** One described problem in the `details` of a `KHIEN_COMMON_VALIDATION` body. */
export interface FieldProblem {
  /** Where: `body.purpose`, `querystring.limit`, `params.seq`. */
  readonly field: string;
  /** The schema keyword that failed (`enum` for a union of literals). */
  readonly rule: string;
  /** Allowed values (`enum`, `const`). */
  readonly allowed?: readonly unknown[];
  /** The bound (`minimum`, `maxLength`, …) or the expected format or type. */
  readonly limit?: number | string;
  readonly message: { readonly vi: string; readonly en: string };
}

const MAX_LISTED = 40;
const SAFE_SEGMENT = /^[A-Za-z0-9_-]{1,64}$/;

/** Vietnamese names of the formats in use (ajv-formats). */
const FORMAT_VI: Record<string, string> = {
  'date-time': 'ngày giờ ISO 8601 (ví dụ 2026-03-01T08:00:00Z)',
  date: 'ngày ISO 8601 (YYYY-MM-DD)',
  time: 'giờ ISO 8601',
  uuid: 'UUID',
  email: 'địa chỉ thư điện tử',
  uri: 'URI',
  ipv4: 'địa chỉ IPv4',
  ipv6: 'địa chỉ IPv6',
  hostname: 'tên máy',
};
const FORMAT_EN: Record<string, string> = {
  'date-time': 'an ISO 8601 date-time (e.g. 2026-03-01T08:00:00Z)',
  date: 'an ISO 8601 date (YYYY-MM-DD)',
  time: 'an ISO 8601 time',
};
const TYPE_VI: Record<string, string> = {
  string: 'chuỗi',
  integer: 'số nguyên',
  number: 'số',
  boolean: 'true/false',
  object: 'đối tượng',
  array: 'danh sách',
  null: 'null',
};

function segment(raw: string): string {
  const s = raw.replace(/~1/g, '/').replace(/~0/g, '~');
  return SAFE_SEGMENT.test(s) ? s : '(?)';
}

function fieldOf(context: string, p: SchemaProblem): string {
  const parts = p.instancePath.split('/').filter((x) => x !== '').map(segment);
  if (p.keyword === 'required' && typeof p.params.missingProperty === 'string') parts.push(segment(p.params.missingProperty));
  if (p.keyword === 'additionalProperties' && typeof p.params.additionalProperty === 'string') parts.push(segment(p.params.additionalProperty));
  return [context, ...parts].join('.');
}

function show(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function listed(values: readonly unknown[]): string {
  const head = values.slice(0, MAX_LISTED).map(show).join(', ');
  return values.length > MAX_LISTED ? `${head}, …` : head;
}

interface Described {
  rule: string;
  allowed?: readonly unknown[];
  limit?: number | string;
  vi: string;
  en: string;
}

/** What must hold, as a phrase ("phải là một trong: a, b" / "must be one of: a, b"), for one ajv keyword. */
function phrase(p: SchemaProblem): Described {
  const pr = p.params;
  const n = typeof pr.limit === 'number' ? pr.limit : Number(pr.limit);
  switch (p.keyword) {
    case 'const':
      return { rule: 'const', allowed: [pr.allowedValue], vi: `phải là ${show(pr.allowedValue)}`, en: `must be ${show(pr.allowedValue)}` };
    case 'enum': {
      const values = Array.isArray(pr.allowedValues) ? pr.allowedValues : [];
      return { rule: 'enum', allowed: values, vi: `phải là một trong: ${listed(values)}`, en: `must be one of: ${listed(values)}` };
    }
    case 'type': {
      const t = String(pr.type);
      const vi = t.split(',').map((x) => TYPE_VI[x] ?? x).join(' hoặc ');
      return { rule: 'type', limit: t, vi: `phải có kiểu ${vi}`, en: `must be of type ${t.split(',').join(' or ')}` };
    }
    case 'format': {
      const f = String(pr.format);
      return { rule: 'format', limit: f, vi: `phải là ${FORMAT_VI[f] ?? `định dạng ${f}`}`, en: `must be ${FORMAT_EN[f] ?? `in the ${f} format`}` };
    }
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum': {
      const cmp = String(pr.comparison ?? (p.keyword === 'minimum' ? '>=' : p.keyword === 'maximum' ? '<=' : p.keyword === 'exclusiveMinimum' ? '>' : '<'));
      const vi = { '>=': 'không nhỏ hơn', '>': 'lớn hơn', '<=': 'không lớn hơn', '<': 'nhỏ hơn' }[cmp] ?? cmp;
      const en = { '>=': 'at least', '>': 'greater than', '<=': 'at most', '<': 'less than' }[cmp] ?? cmp;
      return { rule: p.keyword, limit: n, vi: `phải là số ${vi} ${n}`, en: `must be ${en} ${n}` };
    }
    case 'minLength':
      return { rule: 'minLength', limit: n, vi: `phải có ít nhất ${n} ký tự`, en: `must have at least ${n} characters` };
    case 'maxLength':
      return { rule: 'maxLength', limit: n, vi: `chỉ được có tối đa ${n} ký tự`, en: `must have at most ${n} characters` };
    case 'minItems':
      return { rule: 'minItems', limit: n, vi: `phải có ít nhất ${n} phần tử`, en: `must have at least ${n} items` };
    case 'maxItems':
      return { rule: 'maxItems', limit: n, vi: `chỉ được có tối đa ${n} phần tử`, en: `must have at most ${n} items` };
    case 'minProperties':
      return { rule: 'minProperties', limit: n, vi: `phải có ít nhất ${n} trường`, en: `must have at least ${n} properties` };
    case 'maxProperties':
      return { rule: 'maxProperties', limit: n, vi: `chỉ được có tối đa ${n} trường`, en: `must have at most ${n} properties` };
    case 'uniqueItems':
      return { rule: 'uniqueItems', vi: 'không được có phần tử trùng nhau', en: 'must not contain duplicate items' };
    case 'multipleOf':
      return { rule: 'multipleOf', limit: Number(pr.multipleOf), vi: `phải là bội số của ${show(pr.multipleOf)}`, en: `must be a multiple of ${show(pr.multipleOf)}` };
    case 'pattern':
      return { rule: 'pattern', limit: String(pr.pattern), vi: `không đúng mẫu ${show(pr.pattern)}`, en: `must match the pattern ${show(pr.pattern)}` };
    case 'finite':
      return { rule: 'finite', vi: 'phải là một số hữu hạn trong phạm vi cho phép', en: 'must be a finite number within the allowed range' };
    case 'required':
      return { rule: 'required', vi: 'là trường bắt buộc', en: 'is required' };
    case 'additionalProperties':
      return { rule: 'additionalProperties', vi: 'không phải là trường được phép', en: 'is not an allowed field' };
    default:
      return { rule: p.keyword, vi: 'không hợp lệ', en: 'is not valid' };
  }
}

/**
 * Describes Fastify's validation errors field by field.
 *
 * @param problems - `error.validation` (ajv errors, collected with `allErrors`)
 * @param context - `error.validationContext` (`body`, `querystring`, `params`, `headers`)
 * @returns one problem per field and rule, each with a Vietnamese and an English message
 */
export function describeValidation(problems: readonly SchemaProblem[], context: string): FieldProblem[] {
  // Branch errors of an `anyOf` are folded into the `anyOf` problem ("one of: …" / "… or …").
  const unions = problems.filter((p) => p.keyword === 'anyOf' || p.keyword === 'oneOf');
  const inUnion = (p: SchemaProblem): SchemaProblem | undefined =>
    unions.find((u) => u !== p && p.instancePath.startsWith(u.instancePath) && p.schemaPath.startsWith(`${u.schemaPath}/`));
  const out: FieldProblem[] = [];
  const seen = new Set<string>();
  for (const p of problems) {
    if (inUnion(p)) continue;
    const field = fieldOf(context, p);
    let d: Described;
    if (p.keyword === 'anyOf' || p.keyword === 'oneOf') {
      const branches = problems.filter((b) => b !== p && inUnion(b) === p && b.instancePath === p.instancePath);
      const consts = branches.filter((b) => b.keyword === 'const' || b.keyword === 'enum');
      if (branches.length > 0 && consts.length === branches.length) {
        const values = consts.flatMap((b) => (b.keyword === 'const' ? [b.params.allowedValue] : (b.params.allowedValues as unknown[]) ?? []));
        d = { rule: 'enum', allowed: values, vi: `phải là một trong: ${listed(values)}`, en: `must be one of: ${listed(values)}` };
      } else if (branches.length > 0) {
        const parts = branches.map(phrase);
        d = { rule: p.keyword, vi: parts.map((x) => x.vi).join(' hoặc '), en: parts.map((x) => x.en).join(' or ') };
      } else {
        d = { rule: p.keyword, vi: 'không khớp với dạng nào được phép', en: 'does not match any allowed form' };
      }
    } else {
      d = phrase(p);
    }
    const key = `${field}\u0000${d.rule}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const problem: FieldProblem = {
      field,
      rule: d.rule,
      ...(d.allowed !== undefined ? { allowed: d.allowed.slice(0, MAX_LISTED) } : {}),
      ...(d.limit !== undefined ? { limit: d.limit } : {}),
      message: { vi: `Trường ${field} ${d.vi}`, en: `Field ${field} ${d.en}` },
    };
    out.push(problem);
  }
  return out;
}
