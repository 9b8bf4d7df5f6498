/** The unit head's pages: assignments, device approvals. */
import { HEAD, type PageDef } from '../page-def';

const pages: readonly PageDef[] = [
  { path: 'head/assignments/new', roles: HEAD, load: () => import('./NewAssignmentPage'), nav: { label: 'nav.newAssignment', group: 'head' } },
  { path: 'head/devices', roles: HEAD, load: () => import('./DeviceApprovalsPage'), nav: { label: 'nav.deviceApprovals', group: 'head' } },
];
export default pages;
