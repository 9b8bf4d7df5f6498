/**
 * The composition root (STYLE.md rule 22): builds the Fastify app from the configuration and the opened
 * database, creates each module's service with only what it needs, and registers each module's routes as an
 * encapsulated plugin under its own prefix.
 */
import crypto from 'node:crypto';
import Fastify, { type FastifyPluginAsync } from 'fastify';
import helmet from 'helmet';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from '../platform/config.ts';
import type { DbHandle } from '../db/client.ts';
import { systemClock, type Clock } from '../platform/clock.ts';
import { loggerOptions } from '../platform/logger.ts';
import { SECURITY_SCHEMES, explorerRequestInterceptor, installOpenApiConventions } from '../http/openapi.ts';
import { answerClientError, installErrorHandler, sendError } from '../http/error-handler.ts';
import { refuseNonFiniteNumbers } from '../http/finite-numbers.ts';
import type { ActorResolver } from '../actors/context.ts';
import { pickLanguage } from '../http/pick-language.ts';
import { healthRoutes } from '../http/health.routes.ts';
import { WEB_DIST, consoleBuilt, webRoutes } from '../http/web.routes.ts';
import { homeRoutes } from '../http/home.routes.ts';
import type { EventBus } from '../events/bus.ts';
import { createAppEventBus } from './event-stream.ts';
import type { EventRecorder } from '../events/types.ts';
import { createMemoryRecorder } from '../events/memory-recorder.ts';
import { refusedCredentialOf } from '../events/refused-credential.ts';
import { createRefusalLog } from '../http/refusal-log.ts';
import { createDenialAudit } from '../http/denial-audit.ts';
import { registerApiKeyRateLimit } from '../access/api-key-rate-limit.ts';
import { listenForChanges } from '../db/change-notices.ts';
import { changesUnits, createUnitTreeCache } from '../org/unit-tree-cache.ts';
import { reloadGrants } from '../access/grant-sync.ts';
import type { AppServices, KhienApp, ShellServices } from './app-services.ts';
import { wireAudit } from './wire-audit.ts';
import { wireAuth } from './wire-auth.ts';
import { wireAccess } from './wire-access.ts';
import { wireDecisions } from './wire-decisions.ts';
import { wireSso } from './wire-sso.ts';
import { decideReportedReads } from '../access/mapped-reads.ts';
import { wireRespond } from './wire-respond.ts';
import { wireGovern } from './wire-govern.ts';
import { wireCitizen } from './wire-citizen.ts';
import { wirePosture } from './wire-posture.ts';
import { wireDetect } from './wire-detect.ts';
import { wireRuleSettings } from './wire-rule-settings.ts';
import { wireContainment } from './containment.ts';
import { posturePorts, withListedIndicators } from './posture-ports.ts';
import { createDbDetectContext, detectPorts } from './detect-context.ts';
import { connectHrExit } from './hr-exit.ts';

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
  // The recorder modules record through: the audit-backed one once the audit module is wired (or the one a
  // test injected); the refusal log, built before it, reads it when it records.
  let recorder: EventRecorder = deps.recorder ?? createMemoryRecorder(bus);
  const stoppers: Array<() => Promise<void> | void> = [];
  // The one unit tree every module's scope reads, dropped when units or HR change (here on this node's bus;
  // other processes' changes arrive as change notices below).
  const units = createUnitTreeCache({ db: deps.database.db, clock });
  stoppers.push(
    bus.subscribe((event) => {
      if (event.kind === 'admin' && changesUnits(event.action)) units.invalidate();
    }),
  );
  const shell: ShellServices = {
    config,
    database: deps.database,
    clock,
    bus,
    stream,
    refusals: createRefusalLog({
      recorder: () => recorder,
      clock,
      onError: (err) => app.log.error({ err: { type: (err as Error)?.name, code: (err as { code?: unknown })?.code } }, 'refused credentials not recorded'),
    }),
    units,
    stoppers,
  };
  // Stoppers run in reverse: the stream stops last, after every module has recorded what it had to.
  if (stream) stoppers.push(() => stream.stop());

  installErrorHandler(app);
  installOpenApiConventions(app);
  refuseNonFiniteNumbers(app);
  // Security headers (CSP, HSTS, nosniff, frame and referrer policies) from helmet, its middleware built once:
  // @fastify/helmet rebuilt it on every request (~6 µs each, all static headers here).
  const securityHeaders = helmet({
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
  app.addHook('onRequest', (request, reply, done) => securityHeaders(request.raw, reply.raw, (err?: unknown) => done(err instanceof Error ? err : undefined)));
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
  const refusals = shell.refusals;
  app.addHook('onError', async (request, _reply, error) => {
    const refused = refusedCredentialOf(error);
    if (!refused) return;
    try {
      await refusals.refuse(refused, { ip: request.ip, userAgent: request.headers['user-agent'] ?? null, requestId: request.id });
    } catch (err) {
      app.log.error({ err: { type: (err as Error)?.name, code: (err as { code?: unknown })?.code } }, 'refused credential not recorded');
    }
  });

  // Refusals on every route a module declared protected (401, 403, and what a route answers like not-found)
  // are recorded here, one way for all of them (http/denial-audit.ts); the request waits for the record.
  app.addHook('onError', createDenialAudit(() => recorder, clock, (err) => app.log.error({ err: { type: (err as Error)?.name, code: (err as { code?: unknown })?.code } }, 'denial not recorded')));

  // API keys' per-minute limits (before any route: the limiter hooks routes as they are added).
  stoppers.push(await registerApiKeyRateLimit(app, { clock, redisUrl: config.redisUrl }));

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(healthRoutes, { database: deps.database });
  // The console at `/` (web/dist, built by `npm install`/`npm start`); the server-rendered page at `/about`.
  const dist = deps.webDist === undefined ? WEB_DIST : deps.webDist;
  const served = dist !== null && consoleBuilt(dist);
  await app.register(homeRoutes, { database: deps.database, config, paths: served ? ['/about'] : ['/about', '/'] });
  if (served) await app.register(webRoutes, { dist });

  // The modules, in the order they are built (each gets only the modules built before it; later links are
  // connected as ports below).
  // 1. audit: the group-commit append-only log, checkpoints, /api/audit — first, so that every module records through it.
  const audit = await wireAudit(app, shell, { injected: deps.recorder ?? null });
  recorder = audit.recorder;
  // 2. auth: identity and sign-in (session resolver, routes, sweeps).
  const auth = await wireAuth(app, shell, { recorder, resolvers });
  // 3. access: assignments, decide(), registry API, break-glass, exports, sharing agreements.
  const access = await wireAccess(app, shell, { recorder, resolvers });
  // 3b. the decision service for business applications (systems admin, /api/decisions; staff sessions from auth).
  const decisions = await wireDecisions(app, shell, { access, auth });
  // 3c. single sign-on for staff: the OpenID provider of business applications under /sso, its clients' admin.
  const ssoLogout = await wireSso(app, shell, { access, auth, recorder: () => recorder });
  // 4. respond: cases, incidents, duty roster, breach clock + Form 08, SOC export.
  const respond = await wireRespond(app, shell, { recorder });
  // 5. govern: the security programme (drills open exercise cases in respond; recertification revokes through auth and access).
  const govern = await wireGovern(app, shell, { recorder, auth, access, respond });
  // 6. citizen: the insured person's own view, OIDC sign-in (demo provider under /oidc), withholdings.
  const citizen = await wireCitizen(app, shell, { recorder, audit, respond, resolvers });
  // 7. posture: assets, findings, warning lists, monthly reports (its ports are connected after detect).
  const posture = await wirePosture(app, shell, { recorder, auth });
  // 8. detect: the streaming detector, alerts, monitoring, log ingestion (HTTPS + syslog), rule settings.
  const detect = await wireDetect(app, shell, {
    recorder,
    createContext: async () => withListedIndicators(await createDbDetectContext(deps.database.db, clock), posture),
    ...detectPorts({ database: deps.database, auth, respond }, (err) => app.log.error({ err: { type: (err as Error)?.name } }, 'detect port failed')),
    mappedAccess: { decide: (lines) => decideReportedReads(access.ctx, lines) },
  });
  await wireRuleSettings(app, shell, { recorder, detect });
  // Links across modules, in one place: containment of cases, posture's reads of other records, HR exit.
  await wireContainment(app, shell, { auth, access, respond });
  posture.connectPorts(posturePorts({ database: deps.database, clock, posture, detect }));
  connectHrExit(auth, access, ssoLogout);

  const services: AppServices = Object.freeze({ ...shell, recorder, audit, auth, access, respond, govern, citizen, posture, detect });
  app.decorate('khien', services);
  // Changes made by other processes (the CLI, other nodes) reload what this one caches (db/change-notices.ts).
  const stopListening = await listenForChanges(
    deps.database,
    (kind) => {
      units.invalidate();
      decisions.forgetSessions();
      const reload = kind === 'grants' ? reloadGrants(access.ctx) : detect.context.refresh?.();
      Promise.resolve(reload).catch((err: unknown) => app.log.error({ err: { type: (err as Error)?.name } }, 'reload after a change notice failed'));
    },
    (err) => app.log.warn({ err: { type: (err as Error)?.name, code: (err as { code?: unknown })?.code } }, 'change notices: connection failed'),
  );
  if (stopListening) stoppers.push(stopListening);
  if (deps.extraRoutes) await app.register(deps.extraRoutes);
  // Pushed last so that it runs first on close, while the audit recorder still takes events.
  stoppers.push(() => refusals.stop());

  app.addHook('onClose', async () => {
    for (const stop of stoppers.reverse()) await stop();
  });
  await app.ready();
  return app as unknown as KhienApp;
}
