/** The security officer's and central security team's pages: dashboard, alerts, cases, monitoring report. */
import type { Role } from '../../lib/session';
import type { PageDef } from '../page-def';

const SECURITY: readonly Role[] = ['security_officer', 'central_security_admin'];

const pages: readonly PageDef[] = [
  { path: 'security/dashboard', roles: SECURITY, load: () => import('./DashboardPage'), nav: { label: 'security.nav.dashboard', group: 'security' } },
  { path: 'security/alerts', roles: SECURITY, load: () => import('./AlertsPage'), nav: { label: 'security.nav.alerts', group: 'security' } },
  { path: 'security/alerts/:alertId', roles: SECURITY, load: () => import('./AlertPage') },
  { path: 'security/cases', roles: SECURITY, load: () => import('./CasesPage'), nav: { label: 'security.nav.cases', group: 'security' } },
  { path: 'security/cases/:caseId', roles: SECURITY, load: () => import('./CasePage') },
  { path: 'security/roster', roles: SECURITY, load: () => import('./RosterPage'), nav: { label: 'security.nav.roster', group: 'security' } },
  { path: 'security/report', roles: [...SECURITY, 'unit_head'], load: () => import('./ReportPage'), nav: { label: 'security.nav.report', group: 'security' } },
];
export default pages;
