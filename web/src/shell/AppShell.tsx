/**
 * The layout of every signed-in page: header (name, language, sign-out), navigation by role built from the
 * page registry, the idle-timeout warning, and the page itself.
 */
import { useState } from 'react';
import { App as AntApp, Button, Drawer, Grid, Layout, Menu, Space, Typography } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { NAV_GROUPS, PAGES } from '../pages/registry';
import { ME_KEY, hasRole, useMe } from '../lib/session';
import { api, unwrap } from '../api/client';
import '../lib/dayjs-locale';
import { LanguageSwitch } from './LanguageSwitch';
import { IdleWarning } from './IdleWarning';

/** The shell. */
export default function AppShell(): React.JSX.Element {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const screens = Grid.useBreakpoint();
  const [drawer, setDrawer] = useState(false);
  const narrow = !screens.lg;

  const items = NAV_GROUPS.map((group) => ({
    type: 'group' as const,
    key: group,
    label: t(`nav.group.${group}`),
    children: PAGES.filter((p) => p.nav?.group === group && hasRole(me.data, p.roles)).map((p) => ({ key: `/${p.path}`, label: t(p.nav!.label) })),
  })).filter((g) => g.children.length > 0);

  const signOut = async (): Promise<void> => {
    try {
      await unwrap(api.POST('/api/auth/signout'));
    } finally {
      queryClient.setQueryData(ME_KEY, null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
      void navigate('/signin');
    }
  };

  const menu = (
    <Menu
      mode="inline"
      selectedKeys={[location.pathname]}
      items={items}
      onClick={(e) => {
        setDrawer(false);
        void navigate(e.key);
      }}
    />
  );

  // Ant Design's App (message, notification and modal hooks) lives here, not around the sign-in pages, which
  // do not use it: it keeps those modules out of the first JavaScript the sign-in page loads (bench/web-bundle.ts).
  return (
    <AntApp>
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, background: '#0b3d70', paddingInline: 16 }}>
        {narrow && me.data && (
          <Button onClick={() => setDrawer(true)} aria-label={t('shell.openMenu')}>
            {t('shell.menu')}
          </Button>
        )}
        <Typography.Text strong style={{ color: '#fff', fontSize: 18 }}>
          {t('app.name')}
        </Typography.Text>
        <span style={{ flex: 1 }} />
        <Space>
          <LanguageSwitch />
          {me.data && (
            <>
              <Typography.Text style={{ color: '#fff' }} data-testid="me-name">
                {me.data.fullName}
              </Typography.Text>
              <Button onClick={() => void signOut()} data-testid="signout">
                {t('shell.signOut')}
              </Button>
            </>
          )}
        </Space>
      </Layout.Header>
      <Layout>
        {me.data && !narrow && (
          <Layout.Sider width={240} theme="light" aria-label={t('shell.navigation')}>
            <nav aria-label={t('shell.navigation')}>{menu}</nav>
          </Layout.Sider>
        )}
        {narrow && (
          <Drawer open={drawer} onClose={() => setDrawer(false)} placement="left" title={t('shell.navigation')}>
            <nav aria-label={t('shell.navigation')}>{menu}</nav>
          </Drawer>
        )}
        <Layout.Content style={{ padding: narrow ? 12 : 24 }}>
          <main>
            <Outlet />
          </main>
        </Layout.Content>
      </Layout>
      {me.data && <IdleWarning idleMinutes={me.data.idleMinutes} onSignOut={() => void signOut()} />}
    </Layout>
    </AntApp>
  );
}
