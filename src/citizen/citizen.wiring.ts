/**
 * Wires the citizen module into the app: the citizen-cookie resolver, the demo OpenID provider (demo mode),
 * sign-in routes, the own view under `/api/citizen/me`, withholding decisions, and the browser verifier.
 * Called from the `(modules:begin)` block of `http/app.ts`, after the audit and respond modules.
 *
 * This file is part of the composition root: it adapts `org/`, `access/`, `audit/` and `respond/` to the
 * ports of {@link ./citizen-ports.ts} so that the module's logic imports none of them.
 */
import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { AppServices } from '../http/app.ts';
import type { ActorResolver } from '../http/context.ts';
import { findUnit } from '../org/org.repo.ts';
import { BUILTIN_PURPOSES } from '../access/purposes.ts';
import { accessPurposes, sharingAgreements } from '../access/access.schema.ts';
import { loadSigningKey } from '../audit/signing-key.ts';
import type { CitizenAuditSource } from './audit-source.ts';
import type { CitizenDirectory, OpenCitizenCase } from './citizen-ports.ts';
import { loadCitizenConfig, type CitizenConfig } from './citizen-config.ts';
import { citizenCookieResolver } from './citizen-session.ts';
import { citizenAuthRoutes } from './citizen.auth.routes.ts';
import { citizenMeRoutes } from './citizen.routes.ts';
import { withholdingRoutes } from './withholding.routes.ts';
import { createCitizenOidcClient } from './oidc-client.ts';
import { createDemoProvider } from './demo-idp.ts';
import { demoInteractionRoutes, demoProviderMount } from './demo-idp.routes.ts';
import { createStoreAuditSource } from './store-audit-source.ts';
import { SELF_SERVICE_PURPOSE } from './labels.ts';

/** The wired module. */
export interface CitizenModule {
  readonly config: CitizenConfig;
}

declare module '../http/app.ts' {
  interface AppServices {
    /** The citizen module (set by its wiring block). */
    citizen?: CitizenModule;
  }
}

/** Unit receiving citizen reports about external organisations' accesses (the central security team). */
const CENTRAL_SECURITY_UNIT_ID = 'VSS-CNTT';

/** True when a value also serves the audit-source port (an injected test log does). */
function isAuditSource(value: unknown): value is CitizenAuditSource {
  const v = value as Partial<CitizenAuditSource> | null;
  return !!v && typeof v.listForSubject === 'function' && typeof v.inclusionPath === 'function' && typeof v.latestCheckpoint === 'function';
}

function directoryFor(services: AppServices): CitizenDirectory {
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
      const [row] = await db
        .select({ vi: accessPurposes.nameVi, en: accessPurposes.nameEn })
        .from(accessPurposes)
        .where(eq(accessPurposes.code, code))
        .limit(1);
      return row ?? null;
    },
    async agreement(agreementId) {
      if (!/^[0-9a-f-]{36}$/i.test(agreementId)) return null;
      const [row] = await db
        .select({ organisation: sharingAgreements.organisation })
        .from(sharingAgreements)
        .where(eq(sharingAgreements.id, agreementId))
        .limit(1);
      return row ?? null;
    },
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
  services: AppServices,
  resolvers: ActorResolver[],
): Promise<CitizenModule> {
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
    if (isAuditSource(services.recorder)) return services.recorder;
    storeSource ??= createStoreAuditSource(db, () => (services.audit ? services.audit.signingKey() : loadSigningKey(services.config)).publicKey);
    return storeSource;
  };
  const openCase = (): OpenCitizenCase | null => {
    // Read at report time: `respond/` sets `services.respond` in its own wiring block.
    const respond = services.respond;
    const open = respond ? respond.openCaseFromCitizenReport.bind(respond) : null;
    if (!open) return null;
    return async (req) => ({ caseId: (await open({ ...req, unitId: req.unitId ?? CENTRAL_SECURITY_UNIT_ID })).id });
  };

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
  await app.register(citizenAuthRoutes, { prefix: '/api/citizen/auth', cfg, client, db, clock, recorder: () => services.recorder });
  await app.register(citizenMeRoutes, {
    prefix: '/api/citizen/me',
    db,
    clock,
    recorder: () => services.recorder,
    audit,
    directory: directoryFor(services),
    openCase,
    onCaseError: logError('citizen view: audit source or case opening failed'),
  });
  await app.register(withholdingRoutes, { prefix: '/api/citizen/withholdings', db, clock, recorder: () => services.recorder });

  // The browser verifier and a minimal page (the console's citizen pages replace the page, not the verifier).
  const asset = (file: string): string => fs.readFileSync(new URL(file, import.meta.url), 'utf8');
  const assets: ReadonlyArray<readonly [string, string, string]> = [
    ['/citizen/verify-proof.js', 'text/javascript; charset=utf-8', asset('./verify-proof.js')],
    ['/citizen/citizen-page.js', 'text/javascript; charset=utf-8', asset('./citizen-page.js')],
    ['/citizen/', 'text/html; charset=utf-8', asset('./citizen-page.html')],
  ];
  for (const [url, type, body] of assets) {
    app.get(url, { schema: { hide: true } }, async (_request, reply) =>
      reply.type(type).header('cache-control', 'no-cache').send(body),
    );
  }

  const module: CitizenModule = { config: cfg };
  services.citizen = module;
  return module;
}
