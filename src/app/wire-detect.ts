/**
 * Wires the detection module into the app: the context (database-backed, passed in by the composition
 * root), the detector subscribed to the event bus, the alert service, log ingestion (HTTPS route, and the
 * syslog listener when `config.syslogPort` is non-zero), and the routes. Exposes everything as
 * `services.detect`. Called from the composition root (`app/build-app.ts`).
 */
import type { FastifyInstance } from 'fastify';
import type { ShellServices } from './app-services.ts';
import { declareProtected } from '../http/denial-audit.ts';
import { DetectErrors } from '../detect/detect.errors.ts';
import type { EventRecorder } from '../events/types.ts';
import { alertWorkPorts } from './alert-account-context.ts';
import { accountUsernames, dashboardPorts } from './security-dashboard-ports.ts';
import { nodeNameOf } from '../platform/config.ts';
import { createAlertService, type AccountSuspender, type AlertService, type RaisedAlert } from '../detect/alerts.ts';
import type { DetectContext } from '../detect/context.ts';
import type { AlertRow } from '../detect/detect.repo.ts';
import { alertWorkRoutes } from '../detect/alert-work.routes.ts';
import { dashboardRoutes } from '../detect/dashboard.routes.ts';
import { monitoringReportRoutes } from '../detect/monitoring-report.routes.ts';
import { detectRoutes } from '../detect/detect.routes.ts';
import { createDetector, type Detector } from '../detect/detector.ts';
import { createIngestService, type IngestService } from '../detect/ingest/ingest-service.ts';
import { ingestRoutes } from '../detect/ingest/ingest.routes.ts';
import type { MappedAccessPort } from '../detect/ingest/source-mapping.ts';
import { createSourceMappingCache } from '../detect/source-mappings.repo.ts';
import { sourceMappingRoutes } from '../detect/source-mappings.routes.ts';
import { startSyslogListener, type SyslogListener } from '../detect/ingest/syslog-listener.ts';
import { DEFAULT_SUSPEND_RULES, findRule } from '../detect/rules/index.ts';
import { runningRuleSettings } from '../detect/rule-settings.ts';
import { startStreamDetection } from '../detect/stream/stream-detection.ts';
import type { WorkerPoolStats } from '../detect/stream/worker-pool.ts';
import { createDeferredFeed, type DeferredFeedStats } from '../events/deferred-feed.ts';

/** The running detection module. */
export interface DetectModule {
  readonly context: DetectContext;
  readonly detector: Detector;
  readonly alerts: AlertService;
  readonly ingest: IngestService;
  /** The syslog listener, when `config.syslogPort` is non-zero. */
  readonly syslog: SyslogListener | null;
  /** This node's partition workers in NATS mode (null: embedded, `detector` sees every event). */
  workers(): WorkerPoolStats | null;
  /** The embedded detector's queue: events waiting, handled, overflows (null in NATS mode). */
  feed(): DeferredFeedStats | null;
}

/** Events the embedded detector may fall behind by before publishers drain its queue themselves. */
const DETECT_QUEUE_CAPACITY = 10_000;


/** What the composition root supplies from other modules. */
export interface DetectPorts {
  /** The recorder the module records through. */
  readonly recorder: EventRecorder;
  /** Builds the context (the database-backed one in `app/detect-context.ts`), with optional periodic refresh. */
  readonly createContext: () => Promise<DetectContext & { startRefresh?: (ms: number, onError?: (err: unknown) => void) => () => void }>;
  /** The identity module's suspension, once wired. */
  readonly suspender: () => AccountSuspender | null;
  /** Called for every persisted alert (e.g. open a case for critical ones). */
  readonly onRaised?: (raised: RaisedAlert) => void;
  /** Called after an officer escalates an alert. */
  readonly onEscalated?: (alert: AlertRow) => Promise<void> | void;
  /** Rule ids that suspend at once (default {@link DEFAULT_SUSPEND_RULES}). */
  readonly suspendRules?: readonly string[];
  /** Resolves and decides reads reported by other applications' mapped access logs (the access module). */
  readonly mappedAccess: MappedAccessPort;
}

/**
 * Wires the module.
 *
 * @param app - the root Fastify instance
 * @param services - the app's services (gets `detect`, stoppers)
 * @param ports - context factory and ports to other modules
 * @returns the module
 */
export async function wireDetect(app: FastifyInstance, services: ShellServices, ports: DetectPorts): Promise<DetectModule> {
  // What failed, with the error's type and codes (its own and its cause's: a driver error's SQLSTATE) and the
  // ids concerned; never a driver message, which embeds the query's parameters.
  const logError = (what: string) => (err: unknown, label?: string, ids?: { alertId?: string; ruleId?: string }): void => {
    const cause = (err as { cause?: { code?: unknown; name?: unknown } } | undefined)?.cause;
    app.log.error({ err: { type: (err as Error)?.name, code: (err as { code?: unknown })?.code, causeCode: cause?.code, causeType: cause?.name }, ...ids }, label ?? what);
  };
  const db = services.database.db;
  const context = await ports.createContext();
  if (context.startRefresh) services.stoppers.push(context.startRefresh(60_000, logError('detect context refresh failed')));
  const suspendRules = new Set(ports.suspendRules ?? services.config.detectSuspendRules ?? DEFAULT_SUSPEND_RULES);
  const unknownSuspend = [...suspendRules].filter((id) => !findRule(id));
  if (unknownSuspend.length > 0) throw new Error(`DETECT_SUSPEND_RULES nêu quy tắc không tồn tại / names rules that do not exist: ${unknownSuspend.join(', ')}`);
  const stream = services.stream;
  const alerts = createAlertService({
    db,
    clock: services.clock,
    suspendRules,
    suspender: ports.suspender,
    ruleName: (id) => findRule(id)?.name.vi ?? id,
    onError: logError('alert persistence failed'),
    idempotent: stream !== null,
  });
  if (ports.onRaised) alerts.onAlert(ports.onRaised);
  const onRuleError = (err: unknown): void => logError('detection rule failed')(err);
  // Saved rule settings (switched off, changed thresholds: rule-settings.ts) take effect when the node starts.
  const saved = await runningRuleSettings(db, (dropped) => app.log.warn({ dropped }, 'saved detection rule settings ignored (no longer a parameter of the rule, or of another type)'));
  const detector = createDetector({ rules: saved.rules, params: saved.params, context, clock: services.clock, onAlert: alerts.handle, onError: onRuleError });
  // Embedded: the detector reads the bus. NATS: partition workers read the stream, the alert writer brings
  // their detections back to `alerts` (detect/stream/, docs/SCALING.md).
  // Embedded, the detector is fed through a bounded deferred queue: the publishing request (a protected read
  // answers right after its record is durable) does not wait for the rules; every event is still seen, in
  // order, a moment later. A full queue is drained by the publisher itself (nothing dropped), counted and logged.
  const feed = stream
    ? null
    : createDeferredFeed(detector.process, {
      capacity: DETECT_QUEUE_CAPACITY,
      onOverflow: (n, capacity) => {
        if ((n & (n - 1)) === 0) app.log.error({ overflows: n, capacity }, 'detector queue full: drained on the publishing request (detector behind)');
      },
      onError: (err) => logError('event subscriber failed')(err),
    });
  const unsubscribe = feed ? services.bus.subscribe(feed.push) : (): void => {};
  if (feed) {
    // Whoever flushes the alerts (tests, shutdown) first hands the queued events to the detector.
    const flushAlerts = alerts.flush;
    alerts.flush = () => {
      feed.drain();
      return flushAlerts();
    };
  }
  const streamed = stream
    ? startStreamDetection({
        ready: stream.ready,
        nodeName: nodeNameOf(services.config),
        workers: services.config.detectWorkers,
        alerts,
        context,
        clock: services.clock,
        onRuleError,
        rules: saved.rules,
        params: saved.params,
        onError: (err, what) => app.log.error({ err: { type: (err as Error | undefined)?.name, message: err instanceof Error ? err.message.slice(0, 200) : undefined } }, what),
      })
    : null;
  const recorder = (): EventRecorder => ports.recorder;
  const mappingCache = createSourceMappingCache(db);
  const ingest = createIngestService({ db, clock: services.clock, recorder, context, mappings: () => mappingCache.get(), accesses: ports.mappedAccess });
  const unitTree = services.units.tree;
  // Refusals of these routes are recorded by the root's denial hook (http/denial-audit.ts).
  await app.register(async (scope) => {
    // An alert outside the caller's scope answers like a missing one, and is a refusal too.
    declareProtected(scope, 'detect', [DetectErrors.ALERT_NOT_FOUND.code]);
    await scope.register(detectRoutes, {
      prefix: '/api',
      db,
      clock: services.clock,
      alerts,
      detector,
      suspendRules,
      unitTree,
      recorder,
      ingestCounters: ingest.counters,
      onEscalated: ports.onEscalated,
    });
    // The alert page's account context and case come from other modules' records (ports in http/).
    await scope.register(alertWorkRoutes, { prefix: '/api', db, clock: services.clock, unitTree, recorder, ports: alertWorkPorts(db) });
    await scope.register(dashboardRoutes, { prefix: '/api', db, clock: services.clock, unitTree, ports: dashboardPorts(db) });
    await scope.register(monitoringReportRoutes, { prefix: '/api', db, clock: services.clock, unitTree, recorder, usernames: accountUsernames(db) });
    await scope.register(ingestRoutes, { prefix: '/api/ingest', db, clock: services.clock, ingest });
    await scope.register(sourceMappingRoutes, { prefix: '/api/detect', db, clock: services.clock, recorder, cache: mappingCache });
  });
  let syslog: SyslogListener | null = null;
  if (services.config.syslogPort !== 0) {
    syslog = await startSyslogListener({ port: services.config.syslogPort, host: services.config.host, ingest, onError: logError('syslog ingestion failed') });
  }
  const listener = syslog;
  services.stoppers.push(async () => {
    unsubscribe();
    feed?.drain();
    if (streamed) await streamed.stop();
    if (listener) await listener.close();
    await alerts.stop();
  });
  const module: DetectModule = { context, detector, alerts, ingest, syslog, workers: () => streamed?.workers() ?? null, feed: () => feed?.stats() ?? null };
  return module;
}
