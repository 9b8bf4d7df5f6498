/**
 * Errors from the API shown in the chosen language with their code.
 */
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { currentLang } from '../i18n';

/**
 * The message of an error in the current language, with its code.
 *
 * @param err - anything thrown
 * @returns e.g. `Cần đăng nhập (KHIEN_AUTH_UNAUTHENTICATED)`
 */
export function errorText(err: unknown): string {
  if (err instanceof ApiError) return `${err.body.message[currentLang()]} (${err.body.code})`;
  return String(err);
}

/**
 * The code of an API error, or null.
 *
 * @param err - anything thrown
 * @returns the code
 */
export function errorCode(err: unknown): string | null {
  return err instanceof ApiError ? err.body.code : null;
}

/** One problem named in an error body's `details`: where, and what, in the current language. */
export interface ErrorProblem {
  readonly at: string;
  readonly text: string;
}

/**
 * The problems an error body lists in `details`: a validation error's fields (`{ field, message: { vi, en } }`)
 * or a declared map's problems (`{ path, vi, en }`, e.g. `KHIEN_ACCESS_GATEWAY_ROUTE_MAP_INVALID`).
 *
 * @param err - anything thrown
 * @returns the problems, empty when the error lists none
 */
export function errorProblems(err: unknown): ErrorProblem[] {
  if (!(err instanceof ApiError) || !Array.isArray(err.body.details)) return [];
  const lang = currentLang();
  const out: ErrorProblem[] = [];
  for (const d of err.body.details as unknown[]) {
    if (!d || typeof d !== 'object') continue;
    const p = d as { field?: unknown; path?: unknown; vi?: unknown; en?: unknown; message?: { vi?: unknown; en?: unknown } };
    const at = typeof p.field === 'string' ? p.field : typeof p.path === 'string' ? p.path : '';
    const text = p.message && typeof p.message === 'object' ? p.message[lang] : p[lang];
    if (typeof text === 'string') out.push({ at, text });
  }
  return out;
}

/** An error as an alert (nothing when there is none); with `details`, the problems its body lists below it. */
export function ErrorAlert({ error, details = false }: { error: unknown; details?: boolean }): React.JSX.Element | null {
  useTranslation();
  if (!error) return null;
  const problems = details ? errorProblems(error) : [];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={errorText(error)}
      data-testid="error-alert"
      description={problems.length > 0 ? (
        <ul style={{ margin: 0, paddingLeft: 20 }} data-testid="error-problems">
          {problems.map((p, i) => (
            <li key={i}>
              {p.at && <code>{p.at}</code>}
              {p.at && ': '}
              {p.text}
            </li>
          ))}
        </ul>
      ) : undefined}
    />
  );
}
