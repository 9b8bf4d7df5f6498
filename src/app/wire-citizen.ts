/**
 * Wires the citizen module into the app: the citizen-cookie resolver, the demo OpenID provider (demo mode),
 * sign-in routes, the own view under `/api/citizen/me`, withholding decisions, and the browser verifier.
 * Called from the composition root (`app/build-app.ts`), after the audit and respond modules.
 *
 * This file is part of the composition root: it adapts `org/`, `access/`, `audit/` and `respond/` to the
 * ports of {@link ./citizen-ports.ts} so that the module's logic imports none of them.
 */
import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { ShellServices } from './app-services.ts';
import { declareProtected } from '../http/denial-audit.ts';
import type { EventRecorder } from '../events/types.ts';
import type { RespondModule } from '../respond/respond.module.ts';
import type { AuditServices } from './wire-audit.ts';
import type { ActorResolver } from '../actors/context.ts';
import { findUnit } from '../org/org.repo.ts';
import { BUILTIN_PURPOSES } from '../access/purposes.ts';
import { findAgreementOrganisation, findPurposeNames } from '../access/access-lookups.repo.ts';
import { findCaseStatus } from '../respond/case-lookups.repo.ts';
import type { CitizenAuditSource } from '../citizen/audit-source.ts';
import type { CitizenDirectory, OpenCitizenCase } from '../citizen/citizen-ports.ts';
import { loadCitizenConfig, type CitizenConfig } from '../citizen/citizen-config.ts';
import { citizenCookieResolver } from '../citizen/citizen-session.ts';
import { citizenAuthRoutes } from '../citizen/citizen.auth.routes.ts';
import { citizenMeRoutes } from '../citizen/citizen.routes.ts';
import { withholdingRoutes } from '../citizen/withholding.routes.ts';
import { documentCheckRoutes } from '../citizen/document-check.routes.ts';
import type { DocumentKey } from '../citizen/document-code.ts';
import { createCitizenOidcClient } from '../citizen/oidc-client.ts';
import { createDemoProvider } from '../citizen/demo-idp.ts';
import { demoInteractionRoutes, demoProviderMount } from '../citizen/demo-idp.routes.ts';
import { createStoreAuditSource } from '../citizen/store-audit-source.ts';
import { SELF_SERVICE_PURPOSE } from '../citizen/labels.ts';

/** The wired module. */
export interface CitizenModule {
  readonly config: CitizenConfig;
}


/** Unit receiving citizen reports about external organisations' accesses (the central security team). */
const CENTRAL_SECURITY_UNIT_ID = 'VSS-CNTT';

/** True when a value also serves the audit-source port (an injected test log does). */
function isAuditSource(value: unknown): value is CitizenAuditSource {
  const v = value as Partial<CitizenAuditSource> | null;
  return !!v && typeof v.listForSubject === 'function' && typeof v.inclusionPath === 'function' && typeof v.latestCheckpoint === 'function';
}

function directoryFor(services: ShellServices): CitizenDirectory {
  const db = services.database.db;
  const units = new Map<string, string | null>();
  return {
    async unitName(unitId) {
      if (!units.has(unitId)) units.set(unitId, (await findUnit(db, unitId))?.name ?? null);
      return units.get(unitId) ?? null;
    },
    async purposeLabel(code) {
      if (code === SELF_SERVICE_PURPOSE) return { vi: 'Người tham gia tự tra cứu', en: 'Your own look-up' };
      const builtin = BUILTIN_PURPOSES.find((p) => p.code === code);
      if (builtin) return { vi: builtin.vi, en: builtin.en };
      return findPurposeNames(db, code);
    },
    agreement: (agreementId) => findAgreementOrganisation(db, agreementId),
    caseStatus: (caseId) => findCaseStatus(db, caseId),
  };
}

/**
 * Wires the module.
 *
 * @param app - the root Fastify instance
 * @param services - the app's services (gets `citizen`)
 * @param resolvers - the app's actor resolvers (gets the citizen-cookie resolver)
 * @returns the module
 */
export async function wireCitizen(
  app: FastifyInstance,
  services: ShellServices,
  deps: { readonly recorder: EventRecorder; readonly audit: AuditServices; readonly respond: RespondModule; readonly resolvers: ActorResolver[] },
): Promise<CitizenModule> {
  const { recorder, respond, resolvers } = deps;
  const o = services.config.citizenOidc;
  const cfg = loadCitizenConfig(services.config, {
    CITIZEN_OIDC_ISSUER: o.issuer,
    CITIZEN_OIDC_CLIENT_ID: o.clientId,
    CITIZEN_OIDC_CLIENT_SECRET: o.clientSecret,
    CITIZEN_OIDC_PID_CLAIM: o.pidClaim,
    CITIZEN_SESSION_TTL_SECONDS: o.sessionTtlSeconds,
  });
  const db = services.database.db;
  const clock = services.clock;
  const logError = (what: string) => (err: unknown) =>
    app.log.error({ err: { type: (err as Error)?.name, code: (err as { code?: unknown })?.code } }, what);

  let storeSource: CitizenAuditSource | null = null;
  const audit = (): CitizenAuditSource => {
    if (isAuditSource(recorder)) return recorder;
    storeSource ??= createStoreAuditSource(db, () => deps.audit.signingKey().publicKey);
    return storeSource;
  };
  const openCase = (): OpenCitizenCase | null => {
    const open = respond.openCaseFromCitizenReport.bind(respond);
    return async (req) => ({ caseId: (await open({ ...req, unitId: req.unitId ?? CENTRAL_SECURITY_UNIT_ID })).id });
  };

  // Printed documents are signed with the audit checkpoint key (one key for outsiders to trust), under a
  // domain prefix of their own (document-code.ts).
  const documentKey = (): DocumentKey => deps.audit.signingKey();

  resolvers.push(citizenCookieResolver({ db, clock }));

  if (cfg.demoProvider && cfg.issuer) {
    const provider = createDemoProvider({
      issuer: cfg.issuer,
      clientId: cfg.clientId,
      clientSecret: cfg.clientSecret,
      redirectUri: cfg.redirectUri,
      postLogoutRedirectUri: `${cfg.publicUrl}${cfg.afterSignInPath}`,
      db,
    });
    await app.register(demoProviderMount, { provider });
    await app.register(demoInteractionRoutes, { provider, db, clock });
  }
  const client = createCitizenOidcClient(cfg, (stage, err) => logError(`citizen sign-in ${stage} failed`)(err));
  // Refusals of these routes are recorded by the root's denial hook (http/denial-audit.ts).
  await app.register(async (scope) => {
    declareProtected(scope, 'citizen');
    await scope.register(citizenAuthRoutes, { prefix: '/api/citizen/auth', cfg, client, db, clock, recorder: () => recorder });
    await scope.register(citizenMeRoutes, {
      prefix: '/api/citizen/me',
      db,
      clock,
      recorder: () => recorder,
      audit,
      directory: directoryFor(services),
      openCase,
      onCaseError: logError('citizen view: audit source or case opening failed'),
      documentKey,
      publicUrl: cfg.publicUrl,
    });
    await scope.register(documentCheckRoutes, { prefix: '/api/citizen/documents', documentKey });
    await scope.register(withholdingRoutes, { prefix: '/api/citizen/withholdings', db, clock, recorder: () => recorder });
  });

  // The browser verifier (also bundled into the portal) for outside checkers; the old addresses of the
  // citizen page, and the home page's former link, lead to the portal (web/src/portal, served at /portal/).
  const verifier = fs.readFileSync(new URL('../citizen/verify-proof.js', import.meta.url), 'utf8');
  app.get('/citizen/verify-proof.js', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'no-cache').send(verifier),
  );
  for (const old of ['/citizen/', '/citizen/login']) {
    app.get(old, { schema: { hide: true } }, async (_request, reply) => reply.redirect('/portal/', 302));
  }

  const module: CitizenModule = { config: cfg };
  return module;
}
