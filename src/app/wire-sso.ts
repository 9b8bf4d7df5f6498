/**
 * Wires single sign-on for staff (issue 15, item 1): Khiên's OpenID provider for the agency's business
 * applications under `/sso` (issuer `${PUBLIC_URL}/sso`), its sign-in step, the administration of application
 * clients under `/api/access/sso-clients`, the logout of applications when a staff member's sessions end (the
 * identity module's session-end listeners: suspension, containment, device revocation; HR events through
 * `hr-exit.ts`), and the sweep of expired provider state. Called after access and auth.
 */
import type { FastifyInstance } from 'fastify';
import type { AccessModule } from '../access/access.module.ts';
import type { AuthModule } from '../auth/auth.module.ts';
import type { EventRecorder } from '../events/types.ts';
import { declareProtected } from '../http/denial-audit.ts';
import { deleteExpiredStoreObjects } from '../access/sso.repo.ts';
import { createSsoProvider, SSO_PATH } from '../access/sso-provider.ts';
import { ssoInteractionRoutes, ssoProviderMount } from '../access/sso.routes.ts';
import { ssoClientRoutes } from '../access/sso-clients.routes.ts';
import { createSsoLogout } from '../access/sso-logout.ts';
import type { ShellServices } from './app-services.ts';

/** Ends an account's application sign-ins whose Khiên session is over (see `access/sso-logout.ts`). */
export type SsoLogout = ReturnType<typeof createSsoLogout>;

/** Sweep of expired provider state (ms). */
const SWEEP_EVERY_MS = 10 * 60_000;

/**
 * Registers the provider and the routes.
 *
 * @param app - the root instance
 * @param services - the shell (configuration, database, clock, stoppers)
 * @param deps - access and identity modules, the recorder getter
 * @returns the logout, for the HR-exit hook
 */
export async function wireSso(
  app: FastifyInstance,
  services: ShellServices,
  deps: { readonly access: AccessModule; readonly auth: AuthModule; readonly recorder: () => EventRecorder },
): Promise<SsoLogout> {
  const { db } = services.database;
  const clock = services.clock;
  const issuer = `${services.config.publicUrl.replace(/\/+$/, '')}${SSO_PATH}`;
  const provider = await createSsoProvider({ issuer, db, clock });
  const onError = (what: string, err: unknown): void => {
    app.log.error({ err: { type: (err as Error)?.name, code: (err as { code?: unknown })?.code } }, what);
  };
  provider.on('server_error', (_ctx, err) => onError('single sign-on: provider error', err));
  await app.register(ssoProviderMount, { provider });
  await app.register(ssoInteractionRoutes, { provider, db, clock, recorder: deps.recorder, auth: deps.auth.ctx });
  await app.register(async (scope) => {
    declareProtected(scope, 'access');
    await scope.register(ssoClientRoutes, { prefix: '/api/access/sso-clients', ctx: deps.access.ctx, provider, issuer });
  });
  const logout = createSsoLogout({ provider, db, clock, recorder: deps.recorder, onError });
  deps.auth.sessionEnds.register('access.sso-logout', async (accountId, reason) => {
    await logout(accountId, reason);
  });
  const timer = setInterval(() => {
    deleteExpiredStoreObjects(db, clock.now()).catch((err: unknown) => onError('single sign-on: sweep failed', err));
  }, SWEEP_EVERY_MS);
  timer.unref();
  services.stoppers.push(() => clearInterval(timer));
  return logout;
}
