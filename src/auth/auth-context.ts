/**
 * What the identity module's services are given by the composition root (STYLE.md rule 22).
 */
import type { UnitTree } from '../org/unit-tree.ts';
import type { Database } from '../db/client.ts';
import type { EventRecorder } from '../events/types.ts';
import type { Clock } from '../platform/clock.ts';
import type { Config } from '../platform/config.ts';
import type { AuthSettings } from './settings.ts';
import type { HrHookRegistry } from './hr/hr-hooks.ts';
import type { GrantCheckRegistry } from './admin/grant-checks.ts';
import type { SessionEndRegistry } from './session-ends.ts';

/** Dependencies of the identity services. */
export interface AuthContext {
  readonly db: Database;
  readonly clock: Clock;
  readonly settings: AuthSettings;
  readonly config: Config;
  /** The current recorder (read at call time: the audit module may replace it during wiring). */
  readonly recorder: () => EventRecorder;
  /** Hooks run inside each HR-event transaction. */
  readonly hrHooks: HrHookRegistry;
  /** Listeners told after an account's sessions were ended (suspension, device revocation). */
  readonly sessionEnds: SessionEndRegistry;
  /** Checks run before a role is granted (other modules register them; see admin/grant-checks.ts). */
  readonly grantChecks?: GrantCheckRegistry;
  /** The app's unit tree (`org/unit-tree-cache.ts`). */
  readonly unitTree: () => Promise<UnitTree>;
}
