/**
 * Helpers of the staff and unit-head journeys (break-glass, export): scans in both languages, a search by
 * personal identification number, and API calls made from a signed-in page (its cookie and CSRF token).
 */
import type { Page } from 'playwright-core';
import { scanPage, type ConsoleServer } from './support.ts';

/** The purpose the journeys work under, as the purpose picker names it in Vietnamese. */
export const PURPOSE = 'Thu bảo hiểm xã hội, bảo hiểm y tế';

/**
 * Scans in Vietnamese, then in English (the remembered switch), then switches back.
 *
 * @param page - a console page with an `h1`
 * @param name - the scan's name (`-vi` / `-en` appended)
 */
export async function scanBoth(page: Page, name: string): Promise<void> {
  await scanPage(page, `${name}-vi`);
  await page.evaluate(() => localStorage.setItem('khien.lang', 'en'));
  await page.reload();
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await scanPage(page, `${name}-en`);
  await page.evaluate(() => localStorage.setItem('khien.lang', 'vi'));
  await page.reload();
  await page.locator('h1').first().waitFor();
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
