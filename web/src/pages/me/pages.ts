/** My account: sessions and devices. */
import type { PageDef } from '../page-def';

const pages: readonly PageDef[] = [
  { path: 'me/sessions', load: () => import('./MySessionsPage'), nav: { label: 'nav.mySessions', group: 'me' } },
  { path: 'me/devices', load: () => import('./MyDevicesPage'), nav: { label: 'nav.myDevices', group: 'me' } },
];
export default pages;
