/**
 * Providers and routes: TanStack Query, Ant Design with the language's locale (and no animations when the system
 * asks for reduced motion), the router built from the page registry (public pages alone, the others inside the
 * shell behind the sign-in guard).
 */
import { Suspense, lazy, useMemo, type ComponentType } from 'react';
import { ConfigProvider } from 'antd';
import viVN from 'antd/es/locale/vi_VN';
import enUS from 'antd/es/locale/en_US';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PAGES, type PageDef } from './pages/registry';
import { hasRole, useMe, type Role } from './lib/session';
import { ErrorAlert } from './lib/errors';
import { usePrefersReducedMotion } from './lib/reduced-motion';

const PERSONAL_DATA = new Set<Role>(['staff', 'unit_head', 'security_officer', 'central_security_admin', 'auditor']);
// WCAG 2.1 AA contrast: links, secondary and description text darker than Ant Design's defaults.
const THEME = { colorPrimary: '#0b5cad', colorLink: '#0b5cad', colorInfo: '#0b5cad', colorTextSecondary: 'rgba(0,0,0,0.68)', colorTextDescription: 'rgba(0,0,0,0.68)', colorTextTertiary: 'rgba(0,0,0,0.62)', colorTextPlaceholder: 'rgba(0,0,0,0.6)', colorError: '#c21a1a', fontSize: 14 };
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });
const Shell = lazy(() => import('./shell/AppShell'));
const Forbidden = lazy(() => import('./pages/ForbiddenPage'));
const NotFound = lazy(() => import('./pages/NotFoundPage'));

const components = new Map<PageDef, ComponentType>(PAGES.map((p) => [p, lazy(p.load)]));

function Loading(): React.JSX.Element {
  const { t } = useTranslation();
  // Plain text, not Ant Design's Spin: this fallback is in the first JavaScript of every page.
  return (
    <div role="status" style={{ margin: '20vh auto', textAlign: 'center', color: 'rgba(0,0,0,0.68)', fontFamily: 'system-ui, sans-serif' }}>
      {t('common.loading')}
    </div>
  );
}

function Guarded({ page }: { page: PageDef }): React.JSX.Element {
  const me = useMe();
  const location = useLocation();
  const Page = components.get(page)!;
  if (me.isLoading) return <Loading />;
  if (me.error) return <ErrorAlert error={me.error} />;
  if (!me.data) return <Navigate to={`/signin?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  // The server opens nothing else until these are done; send the member straight to them.
  if (me.data.mustChangePassword && page.path !== 'password') return <Navigate to="/password" replace />;
  if (!me.data.mfa && !me.data.mustChangePassword && page.path !== 'totp' && me.data.roles.some((r) => PERSONAL_DATA.has(r.role))) return <Navigate to="/totp" replace />;
  if (!hasRole(me.data, page.roles)) return <Forbidden />;
  return <Page />;
}

function AppRoutes(): React.JSX.Element {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        {PAGES.filter((p) => p.public).map((p) => {
          const Page = components.get(p)!;
          return <Route key={p.path} path={`/${p.path}`} element={<Page />} />;
        })}
        <Route element={<Shell />}>
          {PAGES.filter((p) => !p.public).map((p) => (
            <Route key={p.path} path={`/${p.path}`} element={<Guarded page={p} />} />
          ))}
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </Suspense>
  );
}

/** The console. */
export function App(): React.JSX.Element {
  const { i18n } = useTranslation();
  const locale = useMemo(() => (i18n.language === 'en' ? enUS : viVN), [i18n.language]);
  // Animations off when the system asks for reduced motion (WCAG 2.3.3).
  const reducedMotion = usePrefersReducedMotion();
  const theme = useMemo(() => ({ token: { ...THEME, motion: !reducedMotion } }), [reducedMotion]);
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={locale} theme={theme}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
