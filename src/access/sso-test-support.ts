/**
 * Test support for single sign-on (`/sso`): a browser's cookies, the drive of the authorization-code flow through
 * Khiên's sign-in page (the form filled once when shown), and a staff member ready to sign in there (password,
 * TOTP, registered device). Used by `sso.int.test.ts` and the example application's SSO test, which drive the
 * same flow, one as the application's library and one through the application's own pages.
 */
import { TOTP } from 'otpauth';
import type { KhienApp } from '../app/app-services.ts';
import { updateAccount } from '../auth/auth.repo.ts';
import { DEVICE_COOKIE } from '../auth/settings.ts';
import { setPasswordForTest, type StaffWithSession } from '../auth/test-support.ts';

export { freePort } from '../citizen/citizen-test-helpers.ts';

/** A browser's cookies by name (the provider scopes its interaction cookies by path, which this ignores). */
export class SsoBrowser {
  private readonly cookies = new Map<string, string>();

  /** @param initial - cookies the browser already holds (the registered device's) */
  constructor(initial: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(initial)) this.cookies.set(k, v);
  }

  /**
   * Sends a request with the browser's cookies, without following redirects, and keeps the cookies it sets.
   *
   * @param url - absolute URL
   * @param init - method, body, headers
   * @returns the response
   */
  async send(url: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}): Promise<Response> {
    const headers: Record<string, string> = { ...(init.headers ?? {}) };
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(url, { method: init.method ?? 'GET', body: init.body, headers, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      if (value === '' || attrs.some((a) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(a))) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }
}

/** How {@link driveSsoSignIn} ended. */
export interface SsoDrive {
  /** The last response: the page that answered, or the redirect to `stopAt`. */
  readonly res: Response;
  /** The URL of the last response (the page's, or the redirect's target when it matched `stopAt`). */
  readonly url: string;
  /** The redirect target that started with `stopAt` (the application's callback with the code), if reached. */
  readonly callback: string | null;
  /** Whether Khiên's sign-in form was shown (and filled). */
  readonly formShown: boolean;
}

/**
 * Follows a browser from `url` through redirects, filling Khiên's sign-in form (under `/sso/`) once when shown
 * and `form` is given, until a page answers or a redirect leads to `stopAt`.
 *
 * @param browser - the browser
 * @param url - where to start (the authorization URL, or the application's sign-in page)
 * @param opts - `form`: the fields to post (username, password, totp); `stopAt`: a URL prefix (the callback)
 *   at which to stop without following
 * @returns where it ended
 */
export async function driveSsoSignIn(browser: SsoBrowser, url: string, opts: { form?: Record<string, string>; stopAt?: string } = {}): Promise<SsoDrive> {
  let current = url;
  let res = await browser.send(current);
  let formShown = false;
  for (let hops = 0; hops < 20; hops++) {
    if (res.status >= 300 && res.status < 400) {
      const next = new URL(res.headers.get('location') ?? '', current).href;
      if (opts.stopAt && next.startsWith(opts.stopAt)) return { res, url: next, callback: next, formShown };
      current = next;
      res = await browser.send(current);
      continue;
    }
    if (res.status === 200 && opts.form && !formShown && new URL(current).pathname.startsWith('/sso/')) {
      const action = /<form method="post" action="([^"]+)"/.exec(await res.text())?.[1];
      if (!action) break;
      formShown = true;
      current = new URL(action.replace(/&amp;/g, '&'), current).href;
      res = await browser.send(current, { method: 'POST', body: new URLSearchParams(opts.form).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      continue;
    }
    break;
  }
  return { res, url: current, callback: null, formShown };
}

/** A staff member who can sign in on Khiên's page, and a browser holding their registered device. */
export interface SsoStaff {
  readonly browser: SsoBrowser;
  readonly password: string;
  /** The form's fields with a fresh one-time code (password given to try a wrong one). */
  form(password?: string): Record<string, string>;
}

/** The password and TOTP secret every {@link prepareSsoStaff} member gets. */
const SSO_TEST_PASSWORD = 'Bao-ve-du-lieu-2026!x';
const SSO_TEST_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/**
 * Gives a staff member a password and a confirmed TOTP, and a browser with their registered device's cookie.
 *
 * @param app - the test app
 * @param staff - the member (from `createStaffWithSession`, whose cookie holds the registered device)
 * @returns the browser and the sign-in form's fields
 */
export async function prepareSsoStaff(app: KhienApp, staff: StaffWithSession): Promise<SsoStaff> {
  await setPasswordForTest(app, staff.accountId, SSO_TEST_PASSWORD);
  await updateAccount(app.khien.database.db, staff.accountId, { totpSecret: SSO_TEST_TOTP_SECRET, totpConfirmedAt: new Date() }, new Date());
  const device = /khien_device=([^;]+)/.exec(staff.headers.cookie ?? '')?.[1];
  if (!device) throw new Error('the staff member has no registered device cookie');
  const totp = new TOTP({ secret: SSO_TEST_TOTP_SECRET, digits: 6, period: 30 });
  return {
    browser: new SsoBrowser({ [DEVICE_COOKIE]: device }),
    password: SSO_TEST_PASSWORD,
    form: (password = SSO_TEST_PASSWORD) => ({ username: staff.username, password, totp: totp.generate() }),
  };
}

/**
 * Polls until `what` gives a value (not `undefined` or `false`).
 *
 * @param what - the check
 * @param ms - how long to wait
 * @returns the value
 * @throws when it does not come within `ms`
 */
export async function waitFor<T>(what: () => T | undefined | false | Promise<T | undefined | false>, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await what();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}
