/**
 * The insured person's portal: header with the language switch and sign-out, the four sections as tabs, and
 * the sign-in view for a person not signed in. Mobile first; plain HTML and CSS with the console's colours.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Me } from './api';
import { ErrorNote, Loading } from './common';
import { currentLang, setLanguage } from './i18n';
import { BASE, Link, navigate, usePath } from './router';
import { useLoad } from './use-load';
import { HistoryPage } from './HistoryPage';
import { CardPage } from './CardPage';
import { AccessesPage } from './AccessesPage';
import { CheckPage } from './CheckPage';

const SECTIONS = [
  { path: `${BASE}/history`, key: 'history' },
  { path: `${BASE}/card`, key: 'card' },
  { path: `${BASE}/accesses`, key: 'accesses' },
] as const;

function LanguageSwitch() {
  const { t } = useTranslation();
  const other = currentLang() === 'vi' ? 'en' : 'vi';
  return (
    <button type="button" className="btn btn-ghost" lang={other} onClick={() => setLanguage(other)} data-testid="portal-lang">
      {t('portal.shell.switchLanguage')}
    </button>
  );
}

function SignIn() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="signin-title" className="panel">
      <h1 id="signin-title">{t('portal.signin.title')}</h1>
      <p>{t('portal.signin.lead')}</p>
      <ul className="plain-list">
        <li>{t('portal.signin.point1')}</li>
        <li>{t('portal.signin.point2')}</li>
        <li>{t('portal.signin.point3')}</li>
      </ul>
      <a className="btn btn-primary btn-block" href={`/api/citizen/auth/login?lang=${currentLang()}`} data-testid="portal-signin">
        {t('portal.signin.button')}
      </a>
      <p className="small muted">{t('portal.signin.demo')}</p>
      <p>
        <Link to={`${BASE}/check`}>{t('portal.signin.checkLink')}</Link>
      </p>
    </section>
  );
}

function Home(props: { me: Me }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title" data-testid="portal-greeting">
        {t('portal.home.greeting', { name: props.me.fullName })}
      </h1>
      <p className="muted">{t('portal.home.lead')}</p>
      <div className="tiles">
        {SECTIONS.map((s) => (
          <Link key={s.key} to={s.path} className="tile">
            <span className="tile-title">{t(`portal.nav.${s.key}`)}</span>
            <span className="tile-text">{t(`portal.home.${s.key}`)}</span>
          </Link>
        ))}
      </div>
      <dl className="facts">
        <dt>{t('portal.home.personalId')}</dt>
        <dd>{props.me.personalIdMasked}</dd>
        {props.me.socialInsuranceNoMasked && (
          <>
            <dt>{t('portal.home.socialInsuranceNo')}</dt>
            <dd>{props.me.socialInsuranceNoMasked}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

/** The portal. */
export function Portal(): React.JSX.Element {
  const { t } = useTranslation();
  const path = usePath();
  const me = useLoad(() => unwrap(api.GET('/api/citizen/me/')), []);
  const [signingOut, setSigningOut] = useState(false);
  const signedOut = me.error?.status === 401;
  const signedIn = !!me.data && !signingOut;
  const isCheck = path.startsWith(`${BASE}/check`);

  const signOut = async (): Promise<void> => {
    // The sign-in view replaces everything at once; the session is revoked server-side, then `me` reloads
    // (401) so that nothing of the person stays in the page's state.
    setSigningOut(true);
    await api.POST('/api/citizen/auth/logout').catch(() => undefined);
    navigate(`${BASE}/`);
    me.reload();
  };

  let content;
  if (isCheck) content = <CheckPage />;
  else if (me.loading && !me.data) content = <Loading />;
  else if (signedOut || signingOut) content = <SignIn />;
  else if (me.error) content = <ErrorNote error={me.error} onRetry={me.reload} />;
  else if (me.data) {
    if (path.startsWith(`${BASE}/history`)) content = <HistoryPage />;
    else if (path.startsWith(`${BASE}/card`)) content = <CardPage />;
    else if (path.startsWith(`${BASE}/accesses`)) content = <AccessesPage />;
    else content = <Home me={me.data} />;
  }

  return (
    <>
      <a className="skip" href="#main">
        {t('portal.shell.skip')}
      </a>
      <header className="bar">
        <Link to={`${BASE}/`} className="brand">
          <span aria-hidden="true">🛡️</span> {t('portal.shell.brand')}
        </Link>
        <div className="bar-actions">
          <LanguageSwitch />
          {signedIn && (
            <button type="button" className="btn btn-ghost" onClick={() => void signOut()} data-testid="portal-signout">
              {t('portal.shell.signOut')}
            </button>
          )}
        </div>
      </header>
      {signedIn && !isCheck && (
        <nav aria-label={t('portal.nav.label')} className="tabs">
          <Link to={`${BASE}/`} current={path === `${BASE}/` || path === BASE}>
            {t('portal.nav.home')}
          </Link>
          {SECTIONS.map((s) => (
            <Link key={s.key} to={s.path} current={path.startsWith(s.path)} testId={`portal-nav-${s.key}`}>
              {t(`portal.nav.${s.key}`)}
            </Link>
          ))}
        </nav>
      )}
      <main id="main" tabIndex={-1}>
        {content}
      </main>
      <footer className="foot small muted">
        <p>{t('portal.shell.footer')}</p>
      </footer>
    </>
  );
}
