/**
 * Support of the browser tests: one Khiên server per test file (the production app on a fresh test database,
 * PostgreSQL when DATABASE_URL is set, serving the built console), and Debian's Chromium through playwright-core
 * (never a downloaded browser).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { createTestApp } from '../../src/http/test-app.ts';
import { WEB_DIST } from '../../src/http/web.routes.ts';
import type { KhienApp } from '../../src/http/app.ts';
import { prepareDemoData } from '../../src/http/demo.ts';
import { ensureDemoAccounts, type DemoAccount } from '../../src/auth/demo/demo-accounts.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Where screenshots go (git-ignored). */
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');

/** A running server. */
export interface ConsoleServer {
  readonly url: string;
  readonly app: KhienApp;
  /** The demo accounts (with `demo: true`), device links pointing at this server. */
  readonly accounts: readonly DemoAccount[];
  close(): Promise<void>;
}

/**
 * Builds the console when needed and starts a server on a free port.
 *
 * @returns the server
 */
export async function startConsoleServer(opts: { demo?: boolean } = {}): Promise<ConsoleServer> {
  execFileSync('node', [path.join(ROOT, 'scripts', 'ensure-web.mjs')], { stdio: 'inherit' });
  const t = await createTestApp({ secureCookies: false, mode: 'demo' }, undefined, { webDist: WEB_DIST });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  let accounts: DemoAccount[] = [];
  if (opts.demo) {
    await prepareDemoData(t.app.khien.database, { ...t.app.khien.config, seedPersons: 400, seedStaff: 30 }, () => {});
    accounts = (await ensureDemoAccounts(t.app)).accounts.map((a) => ({ ...a, deviceLink: url + new URL(a.deviceLink).pathname }));
  }
  return { url, app: t.app, accounts, close: () => t.close() };
}

/**
 * Launches Debian's Chromium headless.
 *
 * @returns the browser
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
