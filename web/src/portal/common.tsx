/**
 * Small shared pieces of the portal: loading and error states in plain accessible HTML, and month formats.
 */
import { useTranslation } from 'react-i18next';
import type { PortalError } from './api';
import { currentLang } from './i18n';

/** A polite "loading" line. */
export function Loading(): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <p role="status" className="muted">
      {t('portal.common.loading')}
    </p>
  );
}

/**
 * An error in the person's language (the server's message when it sent one).
 *
 * @param props - the error and an optional retry
 */
export function ErrorNote(props: { error: PortalError; onRetry?: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const body = props.error.body;
  const text = body ? body.message[currentLang()] : props.error.status === 0 ? t('portal.common.network') : t('portal.common.unexpected');
  return (
    <div role="alert" className="note note-error">
      <p>{text}</p>
      {body && <p className="small muted">{t('portal.common.requestId', { id: body.requestId })}</p>}
      {props.onRetry && (
        <button type="button" className="btn" onClick={props.onRetry}>
          {t('portal.common.retry')}
        </button>
      )}
    </div>
  );
}

/**
 * A `YYYY-MM` month as MM/YYYY.
 *
 * @param m - the month
 * @returns the text
 */
export function formatMonth(m: string): string {
  return `${m.slice(5, 7)}/${m.slice(0, 4)}`;
}

/**
 * Months of a period, both ends included; an open one runs to `asOf`.
 *
 * @param from - first month
 * @param to - last month or null
 * @param asOf - the current month
 * @returns the count
 */
export function monthsBetween(from: string, to: string | null, asOf: string): number {
  const idx = (m: string): number => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  return Math.max(0, idx(to ?? asOf) - idx(from) + 1);
}
