/**
 * The public check of a printed document (no sign-in): the verification code from the document or its QR
 * code, and what Khiên says about it — and what that does and does not prove.
 */
import { Fragment, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../lib/format';
import { api, unwrap, PortalError, type DocumentCheck } from './api';
import { ErrorNote, Loading } from './common';

/** The page. */
export function CheckPage(): React.JSX.Element {
  const { t } = useTranslation();
  const initial = new URLSearchParams(window.location.search).get('code') ?? '';
  const [code, setCode] = useState(initial);
  const [result, setResult] = useState<DocumentCheck | null>(null);
  const [error, setError] = useState<PortalError | null>(null);
  const [busy, setBusy] = useState(false);

  const check = async (value: string): Promise<void> => {
    setBusy(true);
    setResult(null);
    setError(null);
    try {
      setResult(await unwrap(api.GET('/api/citizen/documents/verify', { params: { query: { code: value.replace(/\s+/g, '') } } })));
    } catch (err) {
      setError(err instanceof PortalError ? err : new PortalError(0, null));
    } finally {
      setBusy(false);
    }
  };
  useEffect(() => {
    if (initial) void check(initial);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    void check(code);
  };

  return (
    <section aria-labelledby="check-title">
      <h1 id="check-title">{t('portal.check.title')}</h1>
      <p>{t('portal.check.lead')}</p>
      <form onSubmit={submit} className="panel">
        <label htmlFor="check-code">{t('portal.check.codeLabel')}</label>
        <textarea id="check-code" rows={4} value={code} onChange={(e) => setCode(e.target.value)} spellCheck={false} autoCapitalize="off" autoCorrect="off" data-testid="check-code" />
        <button type="submit" className="btn btn-primary" disabled={busy || !code.trim()} data-testid="check-submit">
          {t('portal.check.submit')}
        </button>
      </form>
      {busy && <Loading />}
      {error && (
        <div data-testid="check-invalid">
          <ErrorNote error={error} />
          <p>{t('portal.check.invalidMeans')}</p>
        </div>
      )}
      {result && (
        <div className="note note-ok" role="status" data-testid="check-valid">
          <h2>{t('portal.check.valid')}</h2>
          <dl className="facts">
            <dt>{t('portal.check.number')}</dt>
            <dd data-testid="check-number">{result.number}</dd>
            <dt>{t('portal.check.issuedAt')}</dt>
            <dd>{formatDateTime(result.issuedAt)}</dd>
            <dt>{t('portal.check.holder')}</dt>
            <dd data-testid="check-holder">{result.holderName}</dd>
            <dt>{t('portal.check.pid')}</dt>
            <dd>{t('portal.check.pidValue', { last4: result.personalIdLast4 })}</dd>
            <dt>{t('portal.check.periods')}</dt>
            <dd>{formatNumber(result.periods)}</dd>
            {result.totals.map((x) => (
              <Fragment key={x.type}>
                <dt>{t(`portal.types.${x.type}`, { defaultValue: x.type })}</dt>
                <dd>{t('portal.history.monthsShort', { n: x.months })}</dd>
              </Fragment>
            ))}
            <dt>{t('portal.check.digest')}</dt>
            <dd className="mono">{result.digest}</dd>
          </dl>
          <h3>{t('portal.check.provesTitle')}</h3>
          <p>{t('portal.check.proves')}</p>
          <h3>{t('portal.check.notProvesTitle')}</h3>
          <p>{t('portal.check.notProves')}</p>
          <p className="small muted">{t('portal.check.key', { keyId: result.keyId })}</p>
        </div>
      )}
    </section>
  );
}
