/**
 * The identity module as the composition root sees it: its dependencies, the session resolver, the HR hook
 * registry, and the background sweeps.
 */
import type { Database } from '../db/client.ts';
import type { EventRecorder } from '../events/types.ts';
import type { ActorResolver } from '../http/context.ts';
import type { Clock } from '../platform/clock.ts';
import type { Config } from '../platform/config.ts';
import type { AuthContext } from './auth-context.ts';
import { createHrHookRegistry, type HrHookRegistry } from './hr/hr-hooks.ts';
import { createSessionResolver } from './session-resolver.ts';
import { DEFAULT_AUTH_SETTINGS, type AuthSettings } from './settings.ts';

/** The identity module of one app. */
export interface AuthModule {
  readonly ctx: AuthContext;
  /** Resolver for the `khien_session` cookie. */
  readonly resolveActor: ActorResolver;
  /** Register hooks here to run inside HR-event transactions (e.g. end access assignments). */
  readonly hrHooks: HrHookRegistry;
}

declare module '../http/app.ts' {
  interface AppServices {
    /** The identity module (set by its wiring block). */
    auth?: AuthModule;
  }
}

/**
 * Creates the identity module.
 *
 * @param deps - database, clock, configuration and a getter of the current recorder
 * @param settings - optional overrides of the defaults
 * @returns the module
 */
export function createAuthModule(
  deps: { db: Database; clock: Clock; config: Config; recorder: () => EventRecorder },
  settings: Partial<AuthSettings> = {},
): AuthModule {
  const hrHooks = createHrHookRegistry();
  const ctx: AuthContext = {
    db: deps.db,
    clock: deps.clock,
    config: deps.config,
    recorder: deps.recorder,
    settings: { ...DEFAULT_AUTH_SETTINGS, ...settings },
    hrHooks,
  };
  return { ctx, resolveActor: createSessionResolver(ctx), hrHooks };
}
