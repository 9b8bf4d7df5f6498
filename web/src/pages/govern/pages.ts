/** The security-programme pages (`govern`): coverage, systems and dossiers, team, inspections, training, action plan, reports, recertifications, violations, accountability. */
import type { PageDef } from '../page-def';
import { GOVERN_READ } from './roles';

const group = 'govern' as const;

const pages: readonly PageDef[] = [
  { path: 'govern/coverage', roles: GOVERN_READ, load: () => import('./CoveragePage'), nav: { label: 'govern.nav.coverage', group } },
  { path: 'govern/accountability', roles: GOVERN_READ, load: () => import('./AccountabilityPage'), nav: { label: 'govern.nav.accountability', group } },
  { path: 'govern/plan', roles: GOVERN_READ, load: () => import('./PlanPage'), nav: { label: 'govern.nav.plan', group } },
  { path: 'govern/reports', roles: GOVERN_READ, load: () => import('./ReportsPage'), nav: { label: 'govern.nav.reports', group } },
  { path: 'govern/recertifications', roles: GOVERN_READ, load: () => import('./RecertificationsPage'), nav: { label: 'govern.nav.recert', group } },
  { path: 'govern/systems', roles: GOVERN_READ, load: () => import('./SystemsPage'), nav: { label: 'govern.nav.systems', group } },
  { path: 'govern/team', roles: GOVERN_READ, load: () => import('./TeamPage'), nav: { label: 'govern.nav.team', group } },
  { path: 'govern/inspections', roles: GOVERN_READ, load: () => import('./InspectionsPage'), nav: { label: 'govern.nav.inspections', group } },
  { path: 'govern/training', roles: GOVERN_READ, load: () => import('./TrainingPage'), nav: { label: 'govern.nav.training', group } },
  { path: 'govern/violations', roles: GOVERN_READ, load: () => import('./ViolationsPage'), nav: { label: 'govern.nav.violations', group } },
];
export default pages;
