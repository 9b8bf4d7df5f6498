/** The security posture pages: assets, findings, warning lists, monthly reports. */
import type { Role } from '../../lib/session';
import type { PageDef } from '../page-def';

const POSTURE: readonly Role[] = ['security_officer', 'unit_head', 'central_security_admin'];

const pages: readonly PageDef[] = [
  { path: 'posture/assets', roles: POSTURE, load: () => import('./AssetsPage'), nav: { label: 'nav.postureAssets', group: 'posture' } },
  { path: 'posture/findings', roles: POSTURE, load: () => import('./FindingsPage'), nav: { label: 'nav.postureFindings', group: 'posture' } },
  { path: 'posture/warnings', roles: POSTURE, load: () => import('./WarningListsPage'), nav: { label: 'nav.postureWarnings', group: 'posture' } },
  { path: 'posture/reports', roles: POSTURE, load: () => import('./ReportsPage'), nav: { label: 'nav.postureReports', group: 'posture' } },
];
export default pages;
