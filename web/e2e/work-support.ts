/**
 * Helpers of the staff and unit-head journeys (break-glass, export): scans in both languages, a search by
 * personal identification number, and API calls made from a signed-in page (its cookie and CSRF token).
 */
import type { Page } from 'playwright-core';
import { scanPage, type ConsoleServer } from './support.ts';

/** The purpose the journeys work under, as the purpose picker names it in Vietnamese. */
export const PURPOSE = 'Thu bảo hiểm xã hội, bảo hiểm y tế';

/**
 * Scans in Vietnamese, then in English (the header's switch, which changes the page in place), then switches
 * back. Switching in place spares two reloads per page; that the choice survives a reload is the sign-in
 * journey's test.
 *
 * @param page - a console page (inside the shell, whose header has the switch)
 * @param name - the scan's name (`-vi` / `-en` appended)
 */
export async function scanBoth(page: Page, name: string): Promise<void> {
  await scanPage(page, `${name}-vi`);
  const header = page.locator('header');
  await header.getByRole('button', { name: 'English', exact: true }).click();
  await header.getByRole('button', { name: 'Tiếng Việt', exact: true }).waitFor();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await scanPage(page, `${name}-en`);
  await header.getByRole('button', { name: 'Tiếng Việt', exact: true }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'vi');
}

/**
 * Searches the registry by personal identification number under {@link PURPOSE}.
 *
 * @param server - the server
 * @param page - a signed-in page
 * @param personalId - the 12 digits
 */
export async function searchByPersonalId(server: ConsoleServer, page: Page, personalId: string): Promise<void> {
  await page.goto(`${server.url}/search`);
  await page.getByTestId('purpose-select').click();
  await page.locator('.ant-select-dropdown:visible').getByText(PURPOSE).click();
  await page.getByTestId('search-value').fill(personalId);
  await page.getByTestId('search-submit').click();
}

/**
 * Calls the API from the page, as the console would (session cookie, CSRF header).
 *
 * @param page - a signed-in page
 * @param method - HTTP method
 * @param url - path under the server
 * @param body - JSON body
 * @returns the status and the error code, if any
 */
export async function callApi(page: Page, method: string, url: string, body?: unknown): Promise<{ status: number; code: string | null }> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const csrf = /(?:^|;\s*)khien_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '';
      const res = await fetch(url, { method, headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf) }, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await res.text();
      try {
        return { status: res.status, code: (JSON.parse(text) as { code?: string }).code ?? null };
      } catch {
        return { status: res.status, code: null };
      }
    },
    { method, url, body },
  );
}

/**
 * Waits until the open dialog has finished its opening animation (axe measures contrast on what is painted: a
 * dialog still fading in fails it).
 *
 * @param page - the page with an open Ant Design modal
 */
export async function dialogSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const m = document.querySelector('.ant-modal');
      if (!m) return false;
      const animating = m.className.includes('-enter') || m.className.includes('-appear');
      return !animating && getComputedStyle(m).opacity === '1';
    },
    undefined,
    { timeout: 5000 },
  );
}
