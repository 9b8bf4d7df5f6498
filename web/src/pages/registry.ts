/**
 * Every page of the console. Each area lists its pages in `pages/<area>/pages.ts` (a default export of
 * `readonly PageDef[]`, see `page-def.ts`); this file collects them, so adding a page is one component file,
 * one entry in its area's list and its labels in the catalogues (`i18n/`). The router, the navigation by
 * role and the code splitting follow from the list.
 */
import type { PageDef } from './page-def';

export { NAV_GROUPS, type NavGroup, type PageDef } from './page-def';

const HOME: readonly PageDef[] = [{ path: '', load: () => import('./HomePage'), nav: { label: 'nav.home', group: 'work' } }];

const areas = import.meta.glob<{ default: readonly PageDef[] }>('./*/pages.ts', { eager: true });

/** The pages, areas in alphabetical order of their folder (the menu orders them by group). */
export const PAGES: readonly PageDef[] = [
  ...HOME,
  ...Object.keys(areas)
    .sort()
    .flatMap((k) => areas[k].default),
];
