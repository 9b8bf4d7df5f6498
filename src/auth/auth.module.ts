/**
 * The identity module as the composition root sees it: its dependencies, the session resolver, the HR hook
 * registry, and the background sweeps.
 */
import type { Database } from '../db/client.ts';
import type { EventRecorder } from '../events/types.ts';
import type { ActorResolver } from '../actors/context.ts';
import type { Clock } from '../platform/clock.ts';
import type { Config } from '../platform/config.ts';
import type { AuthContext } from './auth-context.ts';
import type { UnitTree } from '../org/unit-tree.ts';
import { createUnitTreeCache } from '../org/unit-tree-cache.ts';
import { reinstateAccount, suspendAccount, type AccountView } from './admin/accounts.ts';
import type { AdminBy, RequestOrigin } from './auth-events.ts';
import { createHrHookRegistry, type HrHookRegistry } from './hr/hr-hooks.ts';
import { createSessionResolver } from './session-resolver.ts';
import { createSessionEndRegistry, type SessionEndRegistry } from './session-ends.ts';
import { DEFAULT_AUTH_SETTINGS, type AuthSettings } from './settings.ts';
import { createGrantCheckRegistry, type GrantCheckRegistry } from './admin/grant-checks.ts';

/** The identity module of one app. */
export interface AuthModule {
  readonly ctx: AuthContext;
  /** Resolver for the `khien_session` cookie. */
  readonly resolveActor: ActorResolver;
  /** Register hooks here to run inside HR-event transactions (e.g. end access assignments). */
  readonly hrHooks: HrHookRegistry;
  /** Register listeners here to hear, after commit, that an account's sessions ended (single sign-on's logout). */
  readonly sessionEnds: SessionEndRegistry;
  /** Register checks here that may refuse a role grant (e.g. govern's course gate). */
  readonly grantChecks: GrantCheckRegistry;
  /**
   * Suspends an account (sessions end at once; admin event). The detector's auto-suspension calls this with
   * `{ type: 'system', name: '<rule id>' }`.
   */
  suspendAccount(accountId: string, reason: string, by: AdminBy, origin?: RequestOrigin): Promise<AccountView>;
  /** Reinstates a suspended account (admin event). */
  reinstateAccount(accountId: string, reason: string, by: AdminBy, origin?: RequestOrigin): Promise<AccountView>;
}


/**
 * Creates the identity module.
 *
 * @param deps - database, clock, configuration, a getter of the current recorder and the app's unit tree
 * @param settings - optional overrides of the defaults
 * @returns the module
 */
export function createAuthModule(
  deps: { db: Database; clock: Clock; config: Config; recorder: () => EventRecorder; unitTree?: () => Promise<UnitTree> },
  settings: Partial<AuthSettings> = {},
): AuthModule {
  const hrHooks = createHrHookRegistry();
  const grantChecks = createGrantCheckRegistry();
  const sessionEnds = createSessionEndRegistry();
  const ctx: AuthContext = {
    db: deps.db,
    clock: deps.clock,
    config: deps.config,
    recorder: deps.recorder,
    settings: { ...DEFAULT_AUTH_SETTINGS, ...settings },
    hrHooks,
    sessionEnds,
    grantChecks,
    unitTree: deps.unitTree ?? createUnitTreeCache({ db: deps.db, clock: deps.clock }).tree,
  };
  return {
    ctx,
    resolveActor: createSessionResolver(ctx),
    hrHooks,
    sessionEnds,
    grantChecks,
    suspendAccount: (accountId, reason, by, origin) => suspendAccount(ctx, accountId, reason, by, origin),
    reinstateAccount: (accountId, reason, by, origin) => reinstateAccount(ctx, accountId, reason, by, origin),
  };
}
