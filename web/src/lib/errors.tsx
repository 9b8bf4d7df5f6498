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

/** An error as an alert (nothing when there is none). */
export function ErrorAlert({ error }: { error: unknown }): React.JSX.Element | null {
  useTranslation();
  if (!error) return null;
  return <Alert type="error" showIcon role="alert" title={errorText(error)} data-testid="error-alert" />;
}
