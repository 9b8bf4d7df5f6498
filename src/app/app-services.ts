/**
 * What the composition root builds: the shell every module's wiring receives, and the complete, immutable
 * record of the app's services (every module present, built in the order `build-app.ts` declares).
 */
import type { FastifyInstance } from 'fastify';
import type { DbHandle } from '../db/client.ts';
import type { EventBus } from '../events/bus.ts';
import type { EventRecorder } from '../events/types.ts';
import type { Clock } from '../platform/clock.ts';
import type { Config } from '../platform/config.ts';
import type { AuthModule } from '../auth/auth.module.ts';
import type { AccessModule } from '../access/access.module.ts';
import type { RespondModule } from '../respond/respond.module.ts';
import type { GovernModule } from '../govern/govern.module.ts';
import type { PostureModule } from '../posture/posture.module.ts';
import type { EventStreamRuntime } from './event-stream.ts';
import type { RefusalLog } from '../http/refusal-log.ts';
import type { UnitTreeCache } from '../org/unit-tree-cache.ts';
import type { AuditServices } from './wire-audit.ts';
import type { CitizenModule } from './wire-citizen.ts';
import type { DetectModule } from './wire-detect.ts';

/** What every module's wiring gets from the shell (no module in it). */
export interface ShellServices {
  readonly config: Config;
  readonly database: DbHandle;
  readonly clock: Clock;
  readonly bus: EventBus;
  /** The NATS JetStream side of the bus when `NATS_URL` is set (null: the embedded bus). */
  readonly stream: EventStreamRuntime | null;
  /** Refused credentials, recorded as auth events aggregated per credential and minute (`http/refusal-log.ts`). */
  readonly refusals: RefusalLog;
  /** The app's one cached unit tree, dropped when units or HR change (`org/unit-tree-cache.ts`). */
  readonly units: UnitTreeCache;
  /** Background work to stop on close (timers, listeners), run in reverse order. */
  readonly stoppers: Array<() => Promise<void> | void>;
}

/** Every service of the app, as tests, the CLI and benchmarks reach them (`app.khien`). */
export interface AppServices extends ShellServices {
  /** Durable recorder of every event (audit append, then publish on the bus), or the one a test injected. */
  readonly recorder: EventRecorder;
  readonly audit: AuditServices;
  readonly auth: AuthModule;
  readonly access: AccessModule;
  readonly respond: RespondModule;
  readonly govern: GovernModule;
  readonly citizen: CitizenModule;
  readonly posture: PostureModule;
  readonly detect: DetectModule;
}

/** The built app with the services that tests and the CLI reach into. */
export type KhienApp = FastifyInstance & { readonly khien: AppServices };
