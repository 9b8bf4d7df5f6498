/**
 * Builds the production app over a fresh test database (STYLE.md rule 15).
 */
import { buildApp } from './build-app.ts';
import type { KhienApp } from './app-services.ts';
import { loadConfig, type Config } from '../platform/config.ts';
import { createTestDatabase } from '../db/test-db.ts';
import type { Clock } from '../platform/clock.ts';
import type { AppDeps } from './build-app.ts';

/** A test app and the way to dispose of it. */
export interface TestApp {
  readonly app: KhienApp;
  close(): Promise<void>;
}

/**
 * Creates an app on a fresh, migrated database.
 *
 * @param overrides - configuration overrides
 * @param clock - optional controllable clock
 * @param extra - injected recorder, bus or test actor resolvers
 * @returns the app; `close()` stops it and drops the database
 */
export async function createTestApp(
  overrides: Partial<Config> = {},
  clock?: Clock,
  extra: Pick<AppDeps, 'recorder' | 'extraResolvers' | 'bus' | 'logStream' | 'webDist'> = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({}, {
    logLevel: 'silent',
    cookieSecret: 'test-cookie-secret-test-cookie-secret-0123',
    secureCookies: true,
    ...overrides,
  });
  // The console is served only when a test asks for it (web/dist may or may not be built).
  const app = await buildApp(config, { database, clock, quiet: true, ...extra, webDist: extra.webDist ?? null });
  return {
    app,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
