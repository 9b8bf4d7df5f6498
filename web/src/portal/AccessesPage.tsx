/**
 * Who accessed my data: each access with date and time, unit, purpose in plain words, kinds of data, and the
 * break-glass, external-organisation and withheld marks (never a staff member's name); a period filter; each
 * access's inclusion proof checked here on the phone with the same verifier outside checkers use
 * (`src/citizen/verify-proof.js`); and "I don't recognise this access", which opens a case and then shows
 * its state.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { verifyAccessPage } from '../../../src/citizen/verify-proof.js';
import { formatDate, formatDateTime } from '../lib/format';
import { api, unwrap, PortalError, type Access, type AccessPage } from './api';
import { ErrorNote, Loading } from './common';
import { currentLang } from './i18n';

type Verified = Record<number, boolean | null>;

function ProofLine(props: { state: boolean | null | undefined }) {
  const { t } = useTranslation();
  if (props.state === true) return <p className="proof proof-ok" data-testid="access-proof" data-state="verified">✓ {t('portal.accesses.proofOk')}</p>;
  if (props.state === false) return <p className="proof proof-bad" data-testid="access-proof" data-state="failed">✗ {t('portal.accesses.proofBad')}</p>;
  if (props.state === null) return <p className="proof" data-testid="access-proof" data-state="pending">{t('portal.accesses.proofPending')}</p>;
  return <p className="proof" data-testid="access-proof" data-state="checking">{t('portal.accesses.proofChecking')}</p>;
}

function DisputeDialog(props: { access: Access; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<PortalError | null>(null);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await unwrap(api.POST('/api/citizen/me/accesses/{seq}/dispute', { params: { path: { seq: props.access.seq } }, body: note.trim() ? { note: note.trim() } : {} }));
      props.onDone();
    } catch (err) {
      setError(err instanceof PortalError ? err : new PortalError(0, null));
      setBusy(false);
    }
  };
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="dispute-title" onClose={props.onClose} data-testid="dispute-dialog">
      <form onSubmit={(e) => void submit(e)}>
        <h2 id="dispute-title">{t('portal.dispute.title')}</h2>
        <p>{t('portal.dispute.what', { time: formatDateTime(props.access.time), unit: props.access.unit?.name ?? props.access.organisation?.name ?? '—' })}</p>
        <p>{t('portal.dispute.happens')}</p>
        <label htmlFor="dispute-note">{t('portal.dispute.noteLabel')}</label>
        <textarea id="dispute-note" maxLength={1000} rows={3} value={note} onChange={(e) => setNote(e.target.value)} aria-describedby="dispute-note-help" />
        <p id="dispute-note-help" className="small muted">
          {t('portal.dispute.noteHelp')}
        </p>
        {error && <ErrorNote error={error} />}
        <div className="actions">
          <button type="button" className="btn" onClick={() => ref.current?.close()} disabled={busy}>
            {t('portal.dispute.cancel')}
          </button>
          <button type="submit" className="btn btn-danger" disabled={busy} data-testid="dispute-confirm">
            {t('portal.dispute.confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

function AccessItem(props: { a: Access; proof: boolean | null | undefined; onDispute: (a: Access) => void }) {
  const { t } = useTranslation();
  const { a } = props;
  const lang = currentLang();
  const who = a.organisation
    ? t('portal.accesses.external', { name: a.organisation.name ?? a.organisation.agreementId })
    : a.unit
      ? a.unit.name ?? a.unit.id
      : t('portal.accesses.system');
  return (
    <li className="item" data-testid="access-item" data-seq={a.seq}>
      <p className="item-head">
        <time dateTime={a.time}>{formatDateTime(a.time)}</time>
        <span className="pill">{a.action[lang]}</span>
      </p>
      <p className="item-title" data-testid="access-unit">
        {who}
      </p>
      <dl className="facts">
        <dt>{t('portal.accesses.purpose')}</dt>
        <dd data-testid="access-purpose">{a.purpose ? a.purpose[lang] : t('portal.accesses.noPurpose')}</dd>
        <dt>{t('portal.accesses.categories')}</dt>
        <dd>
          {a.categories.length === 0 ? (
            t('portal.accesses.noCategories')
          ) : (
            <ul className="chips">
              {a.categories.map((c) => (
                <li key={c.code}>{c[lang]}</li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      {a.breakGlass && <p className="flag flag-warn">{t('portal.accesses.breakGlass')}</p>}
      {a.organisation && <p className="flag">{t('portal.accesses.agreement')}</p>}
      {a.withheldUntil && (
        <p className="flag" data-testid="access-withheld">
          {t('portal.accesses.withheld', { date: formatDate(a.withheldUntil) })}
        </p>
      )}
      <ProofLine state={props.proof} />
      {a.dispute ? (
        <p className="note" role="status" data-testid="access-dispute">
          {t('portal.accesses.disputed', {
            reference: a.dispute.reference,
            date: formatDate(a.dispute.reportedAt),
            state: t(`portal.caseStatus.${a.dispute.caseStatus ?? 'pending'}`, { defaultValue: a.dispute.caseStatus ?? '' }),
          })}
        </p>
      ) : (
        <button type="button" className="btn btn-link" onClick={() => props.onDispute(a)} data-testid="access-dispute-open">
          {t('portal.accesses.notMe')}
        </button>
      )}
    </li>
  );
}

/** The page. */
export function AccessesPage(): React.JSX.Element {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<{ from?: string; to?: string }>({});
  const [draft, setDraft] = useState<{ from: string; to: string }>({ from: '', to: '' });
  const [pages, setPages] = useState<AccessPage[]>([]);
  const [verified, setVerified] = useState<Verified>({});
  const [checkpointOk, setCheckpointOk] = useState<boolean | null>(null);
  const [error, setError] = useState<PortalError | null>(null);
  const [loading, setLoading] = useState(true);
  const [disputing, setDisputing] = useState<Access | null>(null);
  const [tick, setTick] = useState(0);

  const load = async (before: number | undefined, append: boolean): Promise<void> => {
    setLoading(true);
    setError(null);
    try {
      const page = await unwrap(api.GET('/api/citizen/me/accesses', { params: { query: { limit: 20, before, from: filter.from, to: filter.to } } }));
      setPages((old) => (append ? [...old, page] : [page]));
      const result = await verifyAccessPage(page);
      setCheckpointOk(result.checkpoint);
      setVerified((old) => ({ ...(append ? old : {}), ...result.entries }));
    } catch (err) {
      setError(err instanceof PortalError ? err : new PortalError(0, null));
    } finally {
      setLoading(false);
    }
  };
  useEffect(() => {
    void load(undefined, false);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filter, tick]);

  const items = pages.flatMap((p) => p.items);
  const last = pages[pages.length - 1];
  const checkpoint = pages[0]?.checkpoint ?? null;
  const okCount = items.filter((i) => verified[i.seq] === true).length;

  const apply = (e: FormEvent): void => {
    e.preventDefault();
    setFilter({ from: draft.from || undefined, to: draft.to || undefined });
  };

  return (
    <section aria-labelledby="accesses-title">
      <h1 id="accesses-title">{t('portal.accesses.title')}</h1>
      <p className="muted">{t('portal.accesses.lead')}</p>
      <form className="filter" onSubmit={apply} aria-label={t('portal.accesses.filterLabel')}>
        <div className="field">
          <label htmlFor="acc-from">{t('portal.accesses.from')}</label>
          <input id="acc-from" type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="acc-to">{t('portal.accesses.to')}</label>
          <input id="acc-to" type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </div>
        <div className="actions">
          <button type="submit" className="btn btn-primary">
            {t('portal.accesses.apply')}
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => {
              setDraft({ from: '', to: '' });
              setFilter({});
            }}
          >
            {t('portal.accesses.clear')}
          </button>
        </div>
      </form>
      {checkpoint && checkpointOk !== null && (
        <div className={checkpointOk ? 'note note-ok' : 'note note-error'} role="status" data-testid="accesses-verified">
          <p>{checkpointOk ? t('portal.accesses.summaryOk', { ok: okCount, total: items.length, date: formatDateTime(checkpoint.time) }) : t('portal.accesses.summaryBad')}</p>
          <details>
            <summary>{t('portal.accesses.whatVerified')}</summary>
            <p>{t('portal.accesses.verifiedMeans1')}</p>
            <p>{t('portal.accesses.verifiedMeans2')}</p>
            <p>{t('portal.accesses.verifiedMeans3')}</p>
            <p className="small muted">{t('portal.accesses.keyId', { keyId: checkpoint.keyId })}</p>
          </details>
        </div>
      )}
      <p className="small muted">{t('portal.accesses.withheldNote')}</p>
      {error && <ErrorNote error={error} onRetry={() => setTick((n) => n + 1)} />}
      {!loading && !error && items.length === 0 && <p data-testid="accesses-empty">{t('portal.accesses.empty')}</p>}
      <ol className="list">
        {items.map((a) => (
          <AccessItem key={a.seq} a={a} proof={verified[a.seq]} onDispute={setDisputing} />
        ))}
      </ol>
      {loading && <Loading />}
      {!loading && last?.nextBefore != null && (
        <button type="button" className="btn btn-block" onClick={() => void load(last.nextBefore ?? undefined, true)}>
          {t('portal.accesses.more')}
        </button>
      )}
      {disputing && (
        <DisputeDialog
          access={disputing}
          onClose={() => setDisputing(null)}
          onDone={() => {
            setDisputing(null);
            setTick((n) => n + 1);
          }}
        />
      )}
    </section>
  );
}
