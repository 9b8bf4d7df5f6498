/** The unit head's pages: assignments, exports to approve, break-glass reviews, devices, the unit's staff. */
import { HEAD, type PageDef } from '../page-def';

const pages: readonly PageDef[] = [
  { path: 'head/assignments', roles: HEAD, load: () => import('./UnitAssignmentsPage'), nav: { label: 'head.nav.assignments', group: 'head' } },
  { path: 'head/assignments/new', roles: HEAD, load: () => import('./NewAssignmentPage'), nav: { label: 'nav.newAssignment', group: 'head' } },
  { path: 'head/exports', roles: HEAD, load: () => import('./ExportApprovalsPage'), nav: { label: 'head.nav.exports', group: 'head' } },
  { path: 'head/break-glass', roles: HEAD, load: () => import('./BreakGlassReviewsPage'), nav: { label: 'head.nav.breakGlass', group: 'head' } },
  { path: 'head/devices', roles: HEAD, load: () => import('./DeviceApprovalsPage'), nav: { label: 'nav.deviceApprovals', group: 'head' } },
  { path: 'head/staff', roles: HEAD, load: () => import('./UnitStaffPage'), nav: { label: 'head.nav.staff', group: 'head' } },
];
export default pages;
