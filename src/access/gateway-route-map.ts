/**
 * The route map of an application behind the gateway (issue 15, item 3): which requests of a legacy
 * application show a person's data, with which action and record, and where the person's identifier sits in
 * the request. nginx asks Khiên about every request (`auth_request`); the map turns the original method and
 * URI into a decision request, or says the page shows no personal data (`action: "none"`).
 *
 * nginx's `auth_request` sends Khiên the request line and headers only, never the body: a map may therefore
 * name the person in a path segment or a query parameter, and a route declaring `"in": "body"` is refused at
 * load with a message saying so (such a form must carry the identifier in its URL too, or the application
 * sends its access log instead). Validation collects every problem of a map (path + message in Vietnamese and
 * English); a map with any problem is refused whole and the stored one stays.
 */
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { RecordKind } from './decision-types.ts';
import type { ServiceAction } from './decision-service.ts';

/** Most routes one map may hold. */
export const ROUTE_MAP_MAX_ROUTES = 200;

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** One route of the map. */
export const GatewayRouteSchema = Type.Object(
  {
    pattern: Type.String({ minLength: 1, maxLength: 200, description: 'path pattern: literal segments, `:name` for a named segment, a final `*` for any rest (e.g. `/nguoi-tham-gia/:maSo`)' }),
    methods: Type.Optional(Type.Array(Type.Union(METHODS.map((m) => Type.Literal(m))), { minItems: 1, maxItems: 6, description: 'methods (default GET and HEAD)' })),
    action: Type.Union([Type.Literal('none'), Type.Literal('search'), Type.Literal('view'), Type.Literal('update'), Type.Literal('export')], {
      description: '`none`: the page shows no personal data (a live staff session is enough); otherwise the action decided',
    }),
    record: Type.Optional(Type.Union([Type.Literal('person'), Type.Literal('participation'), Type.Literal('household'), Type.Literal('card')], { description: 'record shown (default person)' })),
    subject: Type.Optional(Type.Object(
      {
        in: Type.Union([Type.Literal('path'), Type.Literal('query'), Type.Literal('body')], { description: 'where the person identifier sits (`body` is refused: auth_request cannot see it)' }),
        name: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_.-]+$' }),
        optional: Type.Optional(Type.Boolean({ description: 'when absent from the request, the page shows no person (e.g. an empty search form)' })),
      },
      { additionalProperties: false },
    )),
    purpose: Type.Optional(Type.String({ pattern: '^[a-z][a-z0-9_]{1,63}$', description: 'purpose of this screen when the request names none' })),
  },
  { additionalProperties: false },
);

/** The map of one application. */
export const GatewayRouteMapSchema = Type.Object(
  { routes: Type.Array(GatewayRouteSchema, { minItems: 1, maxItems: ROUTE_MAP_MAX_ROUTES, description: 'first matching route wins; a request no route matches is refused' }) },
  { additionalProperties: false },
);

/** A route map as declared. */
export type GatewayRouteMap = Static<typeof GatewayRouteMapSchema>;

/** One problem of a declared map. */
export interface RouteMapProblem {
  /** Where, e.g. `routes[2].subject.in`. */
  readonly path: string;
  readonly vi: string;
  readonly en: string;
}

/** A compiled route. */
interface CompiledRoute {
  readonly methods: ReadonlySet<string>;
  readonly regex: RegExp;
  readonly params: readonly string[];
  readonly action: ServiceAction | 'none';
  readonly record: RecordKind;
  readonly subject: { readonly in: 'path' | 'query'; readonly name: string; readonly optional: boolean } | null;
  readonly purpose: string | null;
}

/** What the map says of one request. */
export type RouteMatch =
  | { readonly kind: 'unmapped' }
  | { readonly kind: 'bad_uri' }
  | { readonly kind: 'no_person' }
  | { readonly kind: 'subject_missing' }
  | { readonly kind: 'person'; readonly action: ServiceAction; readonly record: RecordKind; readonly subject: string; readonly purpose: string | null; readonly routeIndex: number };

/** A compiled map. */
export interface CompiledRouteMap {
  match(method: string, uri: string): RouteMatch;
}

const LITERAL_SEGMENT = /^[A-Za-z0-9._~!$&'()+,;=@%-]+$/;
const PARAM_SEGMENT = /^:([A-Za-z][A-Za-z0-9_]{0,63})$/;

function problem(path: string, vi: string, en: string): RouteMapProblem {
  return { path, vi, en };
}

/** Checks a pattern's segments; returns its named parameters or problems. */
function patternProblems(pattern: string, at: string): { params: string[]; problems: RouteMapProblem[] } {
  const problems: RouteMapProblem[] = [];
  const params: string[] = [];
  if (!pattern.startsWith('/')) {
    problems.push(problem(at, 'Mẫu đường dẫn phải bắt đầu bằng "/"', 'The path pattern must start with "/"'));
    return { params, problems };
  }
  if (pattern.includes('?')) problems.push(problem(at, 'Mẫu đường dẫn không chứa chuỗi truy vấn (dùng subject.in = "query")', 'The path pattern holds no query string (use subject.in = "query")'));
  const segments = pattern === '/' ? [] : pattern.slice(1).split('/');
  segments.forEach((s, i) => {
    const last = i === segments.length - 1;
    if (s === '*' && last) return;
    if (s === '' && last) return; // trailing slash
    const name = PARAM_SEGMENT.exec(s)?.[1];
    if (name !== undefined) {
      if (params.includes(name)) problems.push(problem(at, `Tham số "${name}" xuất hiện hai lần`, `The parameter "${name}" appears twice`));
      params.push(name);
      return;
    }
    if (s === '*') problems.push(problem(at, 'Ký tự "*" chỉ được đứng ở đoạn cuối', '"*" may only be the last segment'));
    else if (!LITERAL_SEGMENT.test(s)) problems.push(problem(at, `Đoạn "${s.slice(0, 40)}" không hợp lệ`, `The segment "${s.slice(0, 40)}" is not valid`));
  });
  return { params, problems };
}

/**
 * Checks a declared map: its shape, then each route's pattern, subject and action.
 *
 * @param value - the declared map (any JSON)
 * @returns every problem found (empty when the map is valid)
 */
export function validateRouteMap(value: unknown): RouteMapProblem[] {
  if (!Value.Check(GatewayRouteMapSchema, value)) {
    return [...Value.Errors(GatewayRouteMapSchema, value)].slice(0, 20).map((e) => {
      const path = e.path.replace(/^\//, '').replace(/\/(\d+)/g, '[$1]').replace(/\//g, '.') || '(map)';
      return problem(path, `Giá trị không hợp lệ (${e.message})`, `Not a valid value (${e.message})`);
    });
  }
  const problems: RouteMapProblem[] = [];
  value.routes.forEach((r, i) => {
    const at = `routes[${i}]`;
    const { params, problems: pp } = patternProblems(r.pattern, `${at}.pattern`);
    problems.push(...pp);
    if (r.action === 'none') {
      if (r.subject) problems.push(problem(`${at}.subject`, 'Tuyến "none" không hiển thị dữ liệu cá nhân nên không có subject', 'A "none" route shows no personal data and names no subject'));
      return;
    }
    if (!r.subject) {
      problems.push(problem(`${at}.subject`, 'Cần chỉ rõ mã định danh người được xem nằm ở đâu (path hoặc query)', 'Say where the person identifier sits (path or query)'));
      return;
    }
    if (r.subject.in === 'body') problems.push(bodyProblem(`${at}.subject.in`));
    else if (r.subject.in === 'path' && !params.includes(r.subject.name)) {
      problems.push(problem(`${at}.subject.name`, `Mẫu đường dẫn không có tham số ":${r.subject.name}"`, `The path pattern has no ":${r.subject.name}" parameter`));
    }
    if (r.subject.in === 'path' && r.subject.optional) problems.push(problem(`${at}.subject.optional`, 'Tham số đường dẫn luôn có mặt, không thể là tùy chọn', 'A path parameter is always present and cannot be optional'));
  });
  return problems;
}

function bodyProblem(path: string): RouteMapProblem {
  return problem(
    path,
    'auth_request của nginx không đọc được thân yêu cầu: hãy đặt mã định danh trên đường dẫn hoặc chuỗi truy vấn, hoặc gửi nhật ký truy cập của ứng dụng',
    "nginx's auth_request cannot see the request body: put the identifier in the path or query, or send the application's access log instead",
  );
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compileRoute(r: GatewayRouteMap['routes'][number]): CompiledRoute {
  const segments = r.pattern === '/' ? [] : r.pattern.slice(1).split('/');
  const params: string[] = [];
  let source = '';
  segments.forEach((s, i) => {
    const last = i === segments.length - 1;
    if (s === '*' && last) {
      source += '(?:/.*)?';
      return;
    }
    if (s === '' && last) return;
    const name = PARAM_SEGMENT.exec(s)?.[1];
    if (name !== undefined) {
      params.push(name);
      source += '/([^/]+)';
    } else source += `/${escapeRegex(s)}`;
  });
  const subject = r.subject && r.subject.in !== 'body' ? { in: r.subject.in, name: r.subject.name, optional: r.subject.optional ?? false } : null;
  return {
    methods: new Set(r.methods ?? ['GET', 'HEAD']),
    regex: new RegExp(`^${source || ''}/?$`),
    params,
    action: r.action,
    record: r.record ?? 'person',
    subject,
    purpose: r.purpose ?? null,
  };
}

/**
 * Compiles a map that {@link validateRouteMap} accepted.
 *
 * @param map - the valid map
 * @returns the matcher
 */
export function compileRouteMap(map: GatewayRouteMap): CompiledRouteMap {
  const routes = map.routes.map(compileRoute);
  return {
    match(method, uri) {
      let url: URL;
      let path: string;
      try {
        url = new URL(uri, 'http://gateway.invalid');
        path = url.pathname;
        if (!uri.startsWith('/')) return { kind: 'bad_uri' };
      } catch {
        return { kind: 'bad_uri' };
      }
      const m = method.toUpperCase();
      for (const [i, r] of routes.entries()) {
        if (!r.methods.has(m)) continue;
        const hit = r.regex.exec(path);
        if (!hit) continue;
        if (r.action === 'none' || !r.subject) return { kind: 'no_person' };
        let subject: string | null;
        if (r.subject.in === 'path') {
          const raw = hit[1 + r.params.indexOf(r.subject.name)];
          try {
            subject = raw === undefined ? null : decodeURIComponent(raw);
          } catch {
            return { kind: 'bad_uri' };
          }
        } else subject = url.searchParams.get(r.subject.name);
        subject = subject?.trim() ?? null;
        if (!subject) return r.subject.optional ? { kind: 'no_person' } : { kind: 'subject_missing' };
        return { kind: 'person', action: r.action, record: r.record, subject, purpose: r.purpose, routeIndex: i };
      }
      return { kind: 'unmapped' };
    },
  };
}
