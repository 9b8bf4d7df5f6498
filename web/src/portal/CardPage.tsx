/**
 * My health-insurance card, shown as a card: code, benefit level in force today (with what it means),
 * registered clinic, validity, and the date of five consecutive years of participation.
 */
import { useTranslation } from 'react-i18next';
import { formatDate } from '../lib/format';
import { api, unwrap } from './api';
import { ErrorNote, Loading } from './common';
import { useLoad } from './use-load';

/** The page. */
export function CardPage(): React.JSX.Element {
  const { t } = useTranslation();
  const q = useLoad(() => unwrap(api.GET('/api/citizen/me/card')), []);
  return (
    <section aria-labelledby="card-title">
      <h1 id="card-title">{t('portal.card.title')}</h1>
      {q.loading && !q.data && <Loading />}
      {q.error && <ErrorNote error={q.error} onRetry={q.reload} />}
      {q.data && q.data.items.length === 0 && <p>{t('portal.card.none')}</p>}
      {q.data?.items.map((c, i) => (
        <article key={c.cardCode} className={i === 0 ? 'hicard' : 'hicard hicard-old'} aria-labelledby={`card-${c.cardCode}`} data-testid="card">
          <p className="hicard-agency">{t('portal.card.agency')}</p>
          <h2 className="hicard-title" id={`card-${c.cardCode}`}>
            {t('portal.card.cardTitle')}
          </h2>
          <p className="hicard-code" data-testid="card-code">
            {c.cardCode}
          </p>
          <dl className="hicard-facts">
            <dt>{t('portal.card.level')}</dt>
            <dd data-testid="card-level">
              {c.currentBenefitLevel === null ? t('portal.card.noLevel') : t('portal.card.levelValue', { level: c.currentBenefitLevel })}
              {c.currentBenefitLevel !== null && <span className="hicard-note">{t(`portal.card.levels.${c.currentBenefitLevel}`, { defaultValue: '' })}</span>}
            </dd>
            <dt>{t('portal.card.clinic')}</dt>
            <dd data-testid="card-clinic">
              {c.registeredClinic.name} <span className="hicard-note">{t('portal.card.clinicCode', { code: c.registeredClinic.code })}</span>
            </dd>
            <dt>{t('portal.card.validFrom')}</dt>
            <dd data-testid="card-valid-from">{formatDate(c.validFrom)}</dd>
            <dt>{t('portal.card.fiveYears')}</dt>
            <dd data-testid="card-five-years">{c.fiveYearsDate ? formatDate(c.fiveYearsDate) : t('portal.card.notYet')}</dd>
            <dt>{t('portal.card.group')}</dt>
            <dd>{c.groupCode}</dd>
          </dl>
        </article>
      ))}
      {q.data && q.data.items.length > 0 && <p className="small muted">{t('portal.card.fiveYearsNote')}</p>}
    </section>
  );
}
