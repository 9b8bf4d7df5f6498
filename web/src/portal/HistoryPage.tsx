/**
 * My participation: periods by employer (months, salary basis, insurance types) newest first, each gap shown
 * in its place as a gap, the months per insurance type, and the signed PDF (download) or the page (print).
 */
import { useTranslation } from 'react-i18next';
import { formatVnd } from '../lib/format';
import { api, unwrap, type Participation } from './api';
import { ErrorNote, Loading, formatMonth, monthsBetween } from './common';
import { currentLang } from './i18n';
import { useLoad } from './use-load';

type Period = Participation['items'][number];
type Gap = Participation['summary']['gaps'][number];

function YearsMonths(props: { months: number }) {
  const { t } = useTranslation();
  const y = Math.floor(props.months / 12);
  const m = props.months % 12;
  return <>{t('portal.history.duration', { n: props.months, years: y, months: m })}</>;
}

function PeriodItem(props: { p: Period; asOf: string }) {
  const { t } = useTranslation();
  const { p } = props;
  const months = monthsBetween(p.fromMonth, p.toMonth, props.asOf);
  return (
    <li className="item" data-testid="history-period">
      <p className="item-head">
        <span>
          {formatMonth(p.fromMonth)} – {p.toMonth ? formatMonth(p.toMonth) : t('portal.history.now')}
        </span>
        <span className="pill" data-testid="history-period-months">
          {t('portal.history.monthsShort', { n: months })}
        </span>
      </p>
      <p className="item-title">{p.employerName ?? t('portal.history.unknownEmployer')}</p>
      <dl className="facts">
        {p.employerCode && (
          <>
            <dt>{t('portal.history.employerCode')}</dt>
            <dd>{p.employerCode}</dd>
          </>
        )}
        <dt>{t('portal.history.job')}</dt>
        <dd>{p.jobTitle}</dd>
        <dt>{t('portal.history.salary')}</dt>
        <dd data-testid="history-salary">{formatVnd(p.salaryBasis)}</dd>
        {p.allowances > 0 && (
          <>
            <dt>{t('portal.history.allowances')}</dt>
            <dd>{formatVnd(p.allowances)}</dd>
          </>
        )}
        <dt>{t('portal.history.types')}</dt>
        <dd>
          <ul className="chips">
            {p.insuranceTypes.map((ty) => (
              <li key={ty}>{t(`portal.types.${ty}`, { defaultValue: ty })}</li>
            ))}
          </ul>
        </dd>
      </dl>
    </li>
  );
}

function GapItem(props: { g: Gap }) {
  const { t } = useTranslation();
  return (
    <li className="item item-gap" data-testid="history-gap">
      <p className="item-head">
        <span>
          {formatMonth(props.g.fromMonth)} – {formatMonth(props.g.toMonth)}
        </span>
        <span className="pill pill-warn">{t('portal.history.monthsShort', { n: props.g.months })}</span>
      </p>
      <p>{t('portal.history.gap')}</p>
    </li>
  );
}

/** The page. */
export function HistoryPage(): React.JSX.Element {
  const { t } = useTranslation();
  const q = useLoad(() => unwrap(api.GET('/api/citizen/me/participation')), []);
  const lang = currentLang();
  const rows = q.data
    ? [
        ...q.data.items.map((p) => ({ from: p.fromMonth, p, g: null as Gap | null })),
        ...q.data.summary.gaps.map((g) => ({ from: g.fromMonth, p: null as Period | null, g })),
      ].sort((a, b) => b.from.localeCompare(a.from))
    : [];
  return (
    <section aria-labelledby="history-title">
      <h1 id="history-title">{t('portal.history.title')}</h1>
      <p className="muted">{t('portal.history.lead')}</p>
      <div className="actions no-print">
        <a className="btn btn-primary" href={`/api/citizen/me/participation/pdf?lang=${lang}`} download data-testid="history-pdf">
          {t('portal.history.download')}
        </a>
        <button type="button" className="btn" onClick={() => window.print()}>
          {t('portal.history.print')}
        </button>
      </div>
      <p className="small muted no-print">{t('portal.history.pdfNote')}</p>
      {q.loading && !q.data && <Loading />}
      {q.error && <ErrorNote error={q.error} onRetry={q.reload} />}
      {q.data && (
        <>
          <h2>{t('portal.history.totalsTitle', { month: formatMonth(q.data.summary.asOfMonth) })}</h2>
          {q.data.summary.totals.length === 0 ? (
            <p>{t('portal.history.empty')}</p>
          ) : (
            <dl className="totals" data-testid="history-totals">
              {q.data.summary.totals.map((x) => (
                <div key={x.type} className="total" data-type={x.type}>
                  <dt>{t(`portal.types.${x.type}`, { defaultValue: x.type })}</dt>
                  <dd data-months={x.months}>
                    <YearsMonths months={x.months} />
                  </dd>
                </div>
              ))}
            </dl>
          )}
          <h2>{t('portal.history.periodsTitle')}</h2>
          {q.data.summary.gaps.length > 0 && <p className="small">{t('portal.history.gapsNote', { n: q.data.summary.gaps.length })}</p>}
          <ol className="list">
            {rows.map((r, i) => (r.p ? <PeriodItem key={`p${i}`} p={r.p} asOf={q.data!.summary.asOfMonth} /> : <GapItem key={`g${i}`} g={r.g!} />))}
          </ol>
        </>
      )}
    </section>
  );
}
