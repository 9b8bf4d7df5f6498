/**
 * The composition root (STYLE.md rule 22): builds the Fastify app from the configuration and the opened
 * database, creates each module's service with only what it needs, and registers each module's routes as an
 * encapsulated plugin under its own prefix.
 */
import crypto from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import helmet from '@fastify/helmet';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from '../platform/config.ts';
import type { DbHandle } from '../db/client.ts';
import { systemClock, type Clock } from '../platform/clock.ts';
import { loggerOptions } from '../platform/logger.ts';
import { SECURITY_SCHEMES, explorerRequestInterceptor, installOpenApiConventions } from './openapi.ts';
import { answerClientError, installErrorHandler, sendError } from './error-handler.ts';
import { refuseNonFiniteNumbers } from './finite-numbers.ts';
import { pickLanguage, type ActorResolver } from './context.ts';
import { healthRoutes } from './health.routes.ts';
import { homeRoutes } from './home.routes.ts';
import type { EventBus } from '../events/bus.ts';
import { createAppEventBus, type EventStreamRuntime } from './event-stream.ts';
import type { EventRecorder } from '../events/types.ts';
import { createMemoryRecorder } from '../events/memory-recorder.ts';
import { refusedCredentialOf } from '../events/refused-credential.ts';
import { createRefusalLog, type RefusalLog } from './refusal-log.ts';
import { registerApiKeyRateLimit } from './api-key-rate-limit.ts';
import { listenForChanges } from '../db/change-notices.ts';
import { reloadGrants } from '../access/grant-sync.ts';

/** What the app is built from. */
export interface AppDeps {
  readonly database: DbHandle;
  readonly clock?: Clock;
  /** Replace the event bus (tests). */
  readonly bus?: EventBus;
  /** Silence request logs (tests). */
  readonly quiet?: boolean;
  /** Write the logs here instead of stdout (tests: the fuzz test reads what was logged). Wins over `quiet`. */
  readonly logStream?: { write(line: string): void };
  /** Replace the event recorder (tests). */
  readonly recorder?: EventRecorder;
  /**
   * Extra actor resolvers tried before the modules' own (tests only: lets a test act as a given actor
   * without going through sign-in). Never reachable from HTTP configuration.
   */
  readonly extraResolvers?: readonly ActorResolver[];
  /**
   * Routes registered after the modules, before the app is ready, under the app's own hooks (benchmarks and
   * tests only: the read-path benchmark's authenticated twin). Never reachable from HTTP configuration.
   */
  readonly extraRoutes?: FastifyPluginAsync;
  /** The built console's folder (default `web/dist`; null: do not serve the console). */
  readonly webDist?: string | null;
}

/** The built app with the services that tests and the CLI reach into. */
export type KhienApp = FastifyInstance & { readonly khien: AppServices };

/** Services created by the composition root (extended by each module as it lands). */
export interface AppServices {
  readonly config: Config;
  readonly database: DbHandle;
  readonly clock: Clock;
  readonly bus: EventBus;
  /** The NATS JetStream side of the bus when `NATS_URL` is set (null: the embedded bus). */
  readonly stream: EventStreamRuntime | null;
  /** Durable recorder of every event (audit append, then publish on the bus). */
  recorder: EventRecorder;
  /** Refused credentials, recorded as auth events aggregated per credential and minute (`http/refusal-log.ts`). */
  readonly refusals: RefusalLog;
  /** Background work to stop on close (timers, listeners). */
  readonly stoppers: Array<() => Promise<void> | void>;
}

/**
 * Builds the application.
 *
 * @param config - the frozen configuration
 * @param deps - the opened database and optional replacements
 * @returns the ready-to-listen app
 */
export async function buildApp(config: Config, deps: AppDeps): Promise<KhienApp> {
  const app = Fastify({
    logger: deps.logStream
      ? { ...(loggerOptions(config.logLevel) as object), level: 'trace', stream: deps.logStream }
      : deps.quiet ? false : loggerOptions(config.logLevel),
    // The router's own refusals (malformed URL, over-long parameter) get the catalogue body as well.
    frameworkErrors: sendError,
    // …and so do requests Node's HTTP parser refuses (malformed request line or header, 431, 408).
    clientErrorHandler: answerClientError,
    genReqId: () => crypto.randomUUID(),
    bodyLimit: 1024 * 1024,
    trustProxy: false,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const clock = deps.clock ?? systemClock;
  const { bus, stream } = deps.bus ? { bus: deps.bus, stream: null } : createAppEventBus(config, deps.database.db, app.log);
  const services: AppServices = {
    config,
    database: deps.database,
    clock,
    bus,
    stream,
    // Replaced by the audit-backed recorder in the module wiring below; tests may inject their own.
    recorder: deps.recorder ?? createMemoryRecorder(bus),
    refusals: createRefusalLog({
      recorder: () => services.recorder,
      clock,
      onError: (err) => app.log.error({ err: { type: (err as Error)?.name, code: (err as { code?: unknown })?.code } }, 'refused credentials not recorded'),
    }),
    stoppers: [],
  };
  // Stoppers run in reverse: the stream stops last, after every module has recorded what it had to.
  if (stream) services.stoppers.push(() => stream.stop());
  app.decorate('khien', services);

  installErrorHandler(app);
  installOpenApiConventions(app);
  refuseNonFiniteNumbers(app);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(cookie, { secret: config.cookieSecret ?? crypto.randomBytes(32).toString('hex') });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Khiên API',
        version: '0.1.0',
        description: 'Protected registry, access decisions and tamper-evident audit for Vietnam Social Security (synthetic data only).',
      },
      components: { securitySchemes: SECURITY_SCHEMES },
    },
    // Shared schemas keep their `$id` as the component name (`#/components/schemas/ErrorBody`).
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    staticCSP: true,
    uiConfig: { requestInterceptor: explorerRequestInterceptor, persistAuthorization: true },
  });

  const resolvers: ActorResolver[] = [...(deps.extraResolvers ?? [])];
  app.decorateRequest('ctx', null as unknown as never);
  app.addHook('onRequest', async (request) => {
    request.ctx = {
      requestId: request.id,
      actor: null,
      ip: request.ip,
      userAgent: request.headers['user-agent'] ?? null,
      lang: pickLanguage(request),
    };
    for (const resolve of resolvers) {
      const actor = await resolve(request);
      if (actor) {
        request.ctx.actor = actor;
        break;
      }
    }
  });

  // Refused credentials become `credential_refused` auth events (aggregated per credential and minute) before
  // the error is answered, so that R021 and the spraying rules see a departed account's old cookie knocking.
  const refusals = services.refusals;
  app.addHook('onError', async (request, _reply, error) => {
    const refused = refusedCredentialOf(error);
    if (!refused) return;
    try {
      await refusals.refuse(refused, { ip: request.ip, userAgent: request.headers['user-agent'] ?? null, requestId: request.id });
    } catch (err) {
      app.log.error({ err: { type: (err as Error)?.name, code: (err as { code?: unknown })?.code } }, 'refused credential not recorded');
    }
  });

  // API keys' per-minute limits (before any route: the limiter hooks routes as they are added).
  services.stoppers.push(await registerApiKeyRateLimit(app, { clock, redisUrl: config.redisUrl }));

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(healthRoutes, { database: deps.database });
  // The console at `/` (web/dist, built by `npm install`/`npm start`); the server-rendered page at `/about`.
  const web = await import('./web.routes.ts');
  const dist = deps.webDist === undefined ? web.WEB_DIST : deps.webDist;
  const served = dist !== null && web.consoleBuilt(dist);
  await app.register(homeRoutes, { database: deps.database, config, paths: served ? ['/about'] : ['/about', '/'] });
  if (served) await app.register(web.webRoutes, { dist });

  // Module wiring: each module adds its service construction and route registration below.
  // (modules:begin)
  // audit: group-commit append-only log (services.recorder unless injected), checkpoints, /api/audit — first, so every module records through it
  await (await import('../audit/audit.wiring.ts')).wireAudit(app, services, { keepRecorder: deps.recorder !== undefined });
  // auth: identity and sign-in (session resolver, routes, sweeps; services.auth.hrHooks for HR transactions)
  await (await import('../auth/auth.wiring.ts')).wireAuth(app, services, resolvers);
  // access: assignments, decide(), registry API, break-glass, exports, sharing agreements (after auth: HR hook)
  await (await import('../access/access.wiring.ts')).wireAccess(app, services, resolvers);
  // respond: cases, incidents, duty roster, breach clock + Form 08, SOC export (services.respond; containment ports via services.respond.connectPorts)
  await (await import('../respond/respond.wiring.ts')).wireRespond(app, services);
  // govern: the security programme (systems and dossiers, team and drills, inspections, training, action plan and reports, recertifications, violations) (services.govern; after respond: drills)
  await (await import('../govern/govern.wiring.ts')).wireGovern(app, services);
  // citizen: insured person's own view, OIDC sign-in (demo provider under /oidc), withholdings (after audit and respond)
  await (await import('../citizen/citizen.wiring.ts')).wireCitizen(app, services, resolvers);
  // detect: streaming detector on the bus, alerts (/api/alerts), monitoring, log ingestion (HTTPS + syslog) (services.detect)
  {
    const dc = await import('./detect-context.ts');
    const onPortError = (err: unknown): void => app.log.error({ err: { type: (err as Error)?.name } }, 'detect port failed');
    await (await import('../detect/detect.wiring.ts')).wireDetect(app, services, {
      createContext: async () => (await import('./posture-ports.ts')).withListedIndicators(await dc.createDbDetectContext(services.database.db, services.clock), services),
      ...dc.detectPorts(services, onPortError),
    });
  }
  // detect rule settings: switch rules, change thresholds (/api/detect/rule-settings; after detect)
  await (await import('../detect/rule-settings.wiring.ts')).wireRuleSettings(app, services);
  // posture: assets, findings, warning lists, monthly reports under /api/posture (services.posture; ports in http/posture-ports.ts)
  await (await import('../posture/posture.wiring.ts')).wirePosture(app, services);
  // (modules:end)
  // Integration across modules: containment ports of cases, blocked addresses.
  await (await import('./containment.ts')).wireContainment(app, services);
  (await import('./posture-ports.ts')).wirePosturePorts(services);
  // Changes made by other processes (the CLI, other nodes) reload what this one caches (db/change-notices.ts).
  const stopListening = await listenForChanges(
    deps.database,
    (kind) => {
      const reload = kind === 'grants' ? services.access && reloadGrants(services.access.ctx) : services.detect?.context.refresh?.();
      Promise.resolve(reload).catch((err: unknown) => app.log.error({ err: { type: (err as Error)?.name } }, 'reload after a change notice failed'));
    },
    (err) => app.log.warn({ err: { type: (err as Error)?.name, code: (err as { code?: unknown })?.code } }, 'change notices: connection failed'),
  );
  if (stopListening) services.stoppers.push(stopListening);
  if (deps.extraRoutes) await app.register(deps.extraRoutes);
  // Pushed last so that it runs first on close, while the audit recorder still takes events.
  services.stoppers.push(() => refusals.stop());

  app.addHook('onClose', async () => {
    for (const stop of services.stoppers.reverse()) await stop();
  });
  await app.ready();
  return app as unknown as KhienApp;
}
