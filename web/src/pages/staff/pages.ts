/** The staff workspace: search, a person's page, my assignments, my export requests. */
import { READERS, type PageDef } from '../page-def';

const pages: readonly PageDef[] = [
  { path: 'search', roles: READERS, load: () => import('./SearchPage'), nav: { label: 'nav.search', group: 'work' } },
  { path: 'persons/:personId', roles: READERS, load: () => import('./PersonPage') },
  { path: 'assignments/mine', roles: READERS, load: () => import('./MyAssignmentsPage'), nav: { label: 'nav.myAssignments', group: 'work' } },
  { path: 'exports', roles: READERS, load: () => import('./ExportsPage'), nav: { label: 'work.nav.exports', group: 'work' } },
];
export default pages;
