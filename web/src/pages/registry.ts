/**
 * Every page of the console: its URL, who may open it, where it sits in the navigation. Adding a page is one
 * file (a component as the default export, under `pages/<area>/`) and one entry here (plus its labels in
 * both catalogues); the router, the navigation by role and the code splitting follow from this list.
 */
import type { ComponentType } from 'react';
import type { Role } from '../lib/session';

/** Navigation groups, in menu order. */
export const NAV_GROUPS = ['work', 'posture', 'head', 'me'] as const;
/** A navigation group (later issues add e.g. `security`, `audit`, `posture`, `govern`). */
export type NavGroup = (typeof NAV_GROUPS)[number];

/** One page. */
export interface PageDef {
  /** Route path under `/` (react-router syntax: `persons/:personId`). */
  readonly path: string;
  /** The page component, loaded on demand (its own chunk). */
  readonly load: () => Promise<{ default: ComponentType }>;
  /** Shown without sign-in, outside the shell (sign-in steps). */
  readonly public?: boolean;
  /** Roles of which one is needed (none: anyone signed in). The server decides again on every call. */
  readonly roles?: readonly Role[];
  /** Menu entry: catalogue key of its label and its group; pages without one are reached by links. */
  readonly nav?: { readonly label: string; readonly group: NavGroup };
}

const HEAD: readonly Role[] = ['unit_head'];
const POSTURE: readonly Role[] = ['security_officer', 'unit_head', 'central_security_admin'];
const READERS: readonly Role[] = ['staff', 'unit_head', 'security_officer', 'central_security_admin', 'auditor'];

/** The pages. */
export const PAGES: readonly PageDef[] = [
  { path: 'signin', public: true, load: () => import('./auth/SignInPage') },
  { path: 'device', public: true, load: () => import('./auth/DeviceRequestPage') },
  { path: 'totp', load: () => import('./auth/TotpEnrolPage') },
  { path: 'password', load: () => import('./auth/ChangePasswordPage') },
  { path: '', load: () => import('./HomePage'), nav: { label: 'nav.home', group: 'work' } },
  { path: 'search', roles: READERS, load: () => import('./staff/SearchPage'), nav: { label: 'nav.search', group: 'work' } },
  { path: 'persons/:personId', roles: READERS, load: () => import('./staff/PersonPage') },
  { path: 'assignments/mine', roles: READERS, load: () => import('./staff/MyAssignmentsPage'), nav: { label: 'nav.myAssignments', group: 'work' } },
  { path: 'head/assignments/new', roles: HEAD, load: () => import('./head/NewAssignmentPage'), nav: { label: 'nav.newAssignment', group: 'head' } },
  { path: 'posture/assets', roles: POSTURE, load: () => import('./posture/AssetsPage'), nav: { label: 'nav.postureAssets', group: 'posture' } },
  { path: 'posture/findings', roles: POSTURE, load: () => import('./posture/FindingsPage'), nav: { label: 'nav.postureFindings', group: 'posture' } },
  { path: 'posture/warnings', roles: POSTURE, load: () => import('./posture/WarningListsPage'), nav: { label: 'nav.postureWarnings', group: 'posture' } },
  { path: 'posture/reports', roles: POSTURE, load: () => import('./posture/ReportsPage'), nav: { label: 'nav.postureReports', group: 'posture' } },
  { path: 'me/sessions', load: () => import('./me/MySessionsPage'), nav: { label: 'nav.mySessions', group: 'me' } },
  { path: 'me/devices', load: () => import('./me/MyDevicesPage'), nav: { label: 'nav.myDevices', group: 'me' } },
  { path: 'head/devices', roles: HEAD, load: () => import('./head/DeviceApprovalsPage'), nav: { label: 'nav.deviceApprovals', group: 'head' } },
];
