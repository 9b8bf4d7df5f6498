/** The administration pages (issue 13, item 5): accounts and grants, HR changes and imports, detection rules, VPN accounts, ingestion tokens and the leaked-password corpus; single sign-on applications, gateway route maps and access-log mappings (issue 15). */
import type { Role } from '../../lib/session';
import type { PageDef } from '../page-def';

const ADMINS: readonly Role[] = ['system_admin', 'central_security_admin', 'security_officer'];

const pages: readonly PageDef[] = [
  { path: 'admin/accounts', roles: ADMINS, load: () => import('./AccountsPage'), nav: { label: 'admin.nav.accounts', group: 'admin' } },
  { path: 'admin/rules', roles: ['security_officer', 'central_security_admin'], load: () => import('./RulesPage'), nav: { label: 'admin.nav.rules', group: 'admin' } },
  { path: 'admin/vpn', roles: ['unit_head', 'security_officer', 'central_security_admin'], load: () => import('./VpnPage'), nav: { label: 'admin.nav.vpn', group: 'admin' } },
  { path: 'admin/sources', roles: ['system_admin', 'central_security_admin'], load: () => import('./SourcesPage'), nav: { label: 'admin.nav.sources', group: 'admin' } },
  { path: 'admin/sso', roles: ['central_security_admin', 'security_officer', 'auditor'], load: () => import('./SsoClientsPage'), nav: { label: 'admin.nav.sso', group: 'admin' } },
  { path: 'admin/gateway-routes', roles: ['central_security_admin', 'security_officer', 'auditor'], load: () => import('./GatewayRoutesPage'), nav: { label: 'admin.nav.gatewayRoutes', group: 'admin' } },
  { path: 'admin/source-mappings', roles: ['system_admin', 'central_security_admin'], load: () => import('./SourceMappingsPage'), nav: { label: 'admin.nav.sourceMappings', group: 'admin' } },
  { path: 'admin/hr', roles: ADMINS, load: () => import('./HrPage'), nav: { label: 'admin.nav.hr', group: 'admin' } },
];
export default pages;
