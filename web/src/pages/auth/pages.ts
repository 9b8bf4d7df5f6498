/** The sign-in steps: public until the password is accepted, then TOTP enrolment and password change. */
import type { PageDef } from '../page-def';

const pages: readonly PageDef[] = [
  { path: 'signin', public: true, load: () => import('./SignInPage') },
  { path: 'device', public: true, load: () => import('./DeviceRequestPage') },
  { path: 'totp', load: () => import('./TotpEnrolPage') },
  { path: 'password', load: () => import('./ChangePasswordPage') },
];
export default pages;
