/**
 * The error catalogue shared by every module.
 *
 * Each module declares its errors once with {@link defineErrors}; every error has a stable
 * `KHIEN_<MODULE>_<REASON>` code, an HTTP status, and a message in Vietnamese and English.
 * The one error handler in `http/error-handler.ts` maps them to responses; the catalogue test
 * fails if a code is declared twice or lacks a message in either language.
 */
import createError from '@fastify/error';

/** One entry of the catalogue. */
export interface ErrorSpec {
  readonly status: number;
  /** Vietnamese message; `%s` placeholders are filled in order from the constructor arguments. */
  readonly vi: string;
  /** English message with the same placeholders. */
  readonly en: string;
}

/** A catalogued error as thrown by services. */
export interface KhienError extends Error {
  readonly code: string;
  readonly statusCode: number;
  /** Arguments the message placeholders were filled with (never personal data). */
  readonly params: readonly string[];
  /** Optional structured detail returned to the client (never personal data). */
  details?: unknown;
}

/** Constructor of one catalogued error. */
export interface KhienErrorClass {
  new (...params: Array<string | number>): KhienError;
  (...params: Array<string | number>): KhienError;
  readonly code: string;
}

const catalogue = new Map<string, ErrorSpec>();

/**
 * Declares a module's errors and registers them in the global catalogue.
 *
 * @param module - upper-case module name, e.g. `REGISTRY`
 * @param specs - reason → spec
 * @returns reason → error constructor
 * @throws Error if a code is declared twice
 */
export function defineErrors<K extends string>(
  module: string,
  specs: Record<K, ErrorSpec>,
): Record<K, KhienErrorClass> {
  const out = {} as Record<K, KhienErrorClass>;
  for (const reason of Object.keys(specs) as K[]) {
    const spec = specs[reason];
    const code = `KHIEN_${module}_${reason}`;
    if (catalogue.has(code)) throw new Error(`duplicate error code ${code}`);
    catalogue.set(code, spec);
    const Base = createError(code, spec.en, spec.status);
    const ctor = function (this: unknown, ...params: Array<string | number>): KhienError {
      const err = new Base(...params) as unknown as KhienError & { params: readonly string[] };
      (err as { params: readonly string[] }).params = params.map(String);
      return err;
    } as unknown as KhienErrorClass;
    Object.defineProperty(ctor, 'code', { value: code });
    out[reason] = ctor;
  }
  return out;
}

/** Reads one catalogue entry. */
export function lookupError(code: string): ErrorSpec | undefined {
  return catalogue.get(code);
}

/** Every catalogued code with its spec (for docs and the catalogue test). */
export function listErrors(): ReadonlyArray<readonly [string, ErrorSpec]> {
  return [...catalogue.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/** Fills `%s` placeholders in order. */
export function formatMessage(template: string, params: readonly string[]): string {
  let i = 0;
  return template.replace(/%s/g, () => params[i++] ?? '');
}

/** True when `value` is a catalogued error. */
export function isKhienError(value: unknown): value is KhienError {
  if (!(value instanceof Error)) return false;
  const code = (value as unknown as { code?: unknown }).code;
  return typeof code === 'string' && catalogue.has(code);
}

/** Errors that belong to no single module. */
export const CommonErrors = defineErrors('COMMON', {
  VALIDATION: { status: 400, vi: 'Dữ liệu gửi lên không hợp lệ', en: 'The request is not valid' },
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy', en: 'Not found' },
  ROUTE_NOT_FOUND: { status: 404, vi: 'Không có đường dẫn này', en: 'No such route' },
  BODY_TOO_LARGE: { status: 413, vi: 'Dữ liệu gửi lên quá lớn', en: 'The request body is too large' },
  UNSUPPORTED_MEDIA: { status: 415, vi: 'Kiểu nội dung không được hỗ trợ', en: 'Unsupported content type' },
  BAD_JSON: { status: 400, vi: 'JSON không đọc được', en: 'The JSON body could not be parsed' },
  BAD_URL: { status: 400, vi: 'Đường dẫn không hợp lệ', en: 'The URL is not valid' },
  URL_TOO_LONG: { status: 414, vi: 'Tham số trong đường dẫn quá dài', en: 'A path parameter is too long' },
  BAD_REQUEST: { status: 400, vi: 'Yêu cầu HTTP không đọc được', en: 'The HTTP request could not be read' },
  HEADERS_TOO_LARGE: { status: 431, vi: 'Phần đầu (header) của yêu cầu quá lớn', en: 'The request headers are too large' },
  REQUEST_TIMEOUT: { status: 408, vi: 'Yêu cầu gửi quá chậm, đã hết thời gian chờ', en: 'The request took too long to arrive' },
  VALUE_OUT_OF_RANGE: { status: 400, vi: 'Giá trị gửi lên nằm ngoài phạm vi cho phép hoặc sai kiểu', en: 'A value is out of the allowed range or of the wrong kind' },
  RATE_LIMITED: { status: 429, vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau', en: 'Too many requests, try again later' },
  INTERNAL: { status: 500, vi: 'Lỗi hệ thống, đã ghi nhận', en: 'Internal error, it has been logged' },
  UNAVAILABLE: { status: 503, vi: 'Dịch vụ tạm thời không sẵn sàng', en: 'Service temporarily unavailable' },
  CONFLICT: { status: 409, vi: 'Dữ liệu bị trùng hoặc xung đột', en: 'The data conflicts with an existing record' },
});
