/**
 * Detection in NATS mode, as one piece the detect module starts when the app has an event stream: once the
 * link is open, this node's worker pool (partition workers with the family's rules over the same context) and
 * its alert writer (detections back into the node's alert service). Stopping hands the partitions back with
 * final snapshots and leaves the member list.
 */
import type { RuleDefinition, RuleParams } from '../rule.ts';
import type { AlertService } from '../alerts.ts';
import type { DetectContext } from '../context.ts';
import { createDetector } from '../detector.ts';
import { ALL_RULES } from '../rules/index.ts';
import type { Clock } from '../../platform/clock.ts';
import { createAlertWriter, publishDetection } from './alert-relay.ts';
import type { NatsLink } from './nats-link.ts';
import { rulesOf } from './partitions.ts';
import { startWorkerPool, type WorkerPool, type WorkerPoolStats } from './worker-pool.ts';

/** What {@link startStreamDetection} needs. */
export interface StreamDetectionOptions {
  /** Resolves with the open link (never rejects). */
  readonly ready: Promise<NatsLink>;
  /** This node's name in leases. */
  readonly nodeName: string;
  /** Whether this node works partitions. */
  readonly workers: boolean;
  /** The node's alert service (created `idempotent`). */
  readonly alerts: AlertService;
  readonly context: DetectContext;
  readonly clock: Clock;
  readonly onRuleError: (err: unknown) => void;
  /** The rules switched on (default: all) and their saved parameters (docs/DETECTION.md, rule settings). */
  readonly rules?: readonly RuleDefinition[];
  readonly params?: Readonly<Record<string, RuleParams>>;
  /** Stream failures (NATS errors carry subjects, codes and timeouts, never personal data). */
  readonly onError: (err: unknown, what: string) => void;
}

/** Detection running over the stream. */
export interface StreamDetection {
  /** This node's partitions and whether it writes alerts (null until the link is open). */
  workers(): WorkerPoolStats | null;
  stop(): Promise<void>;
}

/**
 * Starts the pool and the alert writer once the link is open.
 *
 * @param opts - link promise, node name, alert service, context
 * @returns the running detection
 */
export function startStreamDetection(opts: StreamDetectionOptions): StreamDetection {
  let pool: WorkerPool | null = null;
  let closing = false;
  const started = opts.ready.then((link) => {
    if (closing) return;
    pool = startWorkerPool({
      link,
      nodeId: opts.nodeName,
      workers: opts.workers,
      makeDetector: (family, onAlert) =>
        createDetector({ rules: rulesOf(family, opts.rules ?? ALL_RULES), params: opts.params, context: opts.context, clock: opts.clock, onAlert, onError: opts.onRuleError, observeBaselines: family === 'a' }),
      publishDetection: (d) => publishDetection(link, d),
      alertWriter: createAlertWriter(link, opts.nodeName, opts.alerts, opts.onError),
      onError: opts.onError,
    });
  });
  return {
    workers: () => pool?.stats() ?? null,
    async stop() {
      closing = true;
      await Promise.race([started, new Promise((r) => setTimeout(r, 100))]);
      const running: WorkerPool | null = pool;
      if (running) await running.stop();
    },
  };
}
