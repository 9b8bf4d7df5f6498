/**
 * Finishing a staff sign-in to a business application: a grant for the scopes the application asked for, bound
 * to the Khiên staff session (`access_sso_grant_sessions`), and the `sso_signin` auth event naming the application,
 * recorded before the browser is sent back with the code. Also finds the live staff session behind a provider
 * session, for a second application signed in to without typing anything.
 */
import type Provider from 'oidc-provider';
import type { Interaction } from 'oidc-provider';
import type { StaffActor } from '../actors/staff-actor.ts';
import type { Database } from '../db/client.ts';
import type { EventRecorder } from '../events/types.ts';
import type { Clock } from '../platform/clock.ts';
import { buildAuthEvent, recordEvents, type RequestOrigin } from '../auth/auth-events.ts';
import { liveStaffOfSession } from '../auth/session-liveness.ts';
import { findGrantSession, insertGrantSession, type SsoClientListed } from './sso.repo.ts';
import { SSO_SCOPES } from './sso-provider.ts';

/** What finishing needs. */
export interface SsoSignInDeps {
  readonly provider: Provider;
  readonly db: Database;
  readonly clock: Clock;
  readonly recorder: () => EventRecorder;
}

/**
 * Creates the grant, binds it to the staff session and records the sign-in to the application.
 *
 * @param deps - provider, database, clock, recorder
 * @param details - the interaction
 * @param client - the application
 * @param staff - the live staff actor (its session is the one bound)
 * @param origin - the request's origin for the event
 * @returns the interaction result to hand to the provider
 * @throws AuthErrors.AUDIT_UNAVAILABLE when the event cannot be recorded (no code is then issued)
 */
export async function finishSsoSignIn(
  deps: SsoSignInDeps,
  details: Interaction,
  client: SsoClientListed,
  staff: StaffActor,
  origin: RequestOrigin,
): Promise<{ login: { accountId: string; amr: string[] }; consent: { grantId: string } }> {
  const at = deps.clock.now();
  const requested = typeof details.params.scope === 'string' ? details.params.scope.split(' ') : ['openid'];
  const scopes = requested.filter((s) => (SSO_SCOPES as readonly string[]).includes(s));
  const grant = new deps.provider.Grant({ accountId: staff.accountId, clientId: client.id });
  grant.addOIDCScope([...new Set(['openid', ...scopes])].join(' '));
  const grantId = await grant.save();
  await insertGrantSession(deps.db, { grantId, clientId: client.id, accountId: staff.accountId, sessionId: staff.sessionId, createdAt: at });
  await recordEvents(
    deps.recorder(),
    {
      ...buildAuthEvent(at, origin, {
        action: 'sso_signin',
        outcome: 'success',
        reason: 'code_issued',
        accountId: staff.accountId,
        username: staff.username,
        sessionId: staff.sessionId,
        mfa: staff.mfa,
        unitId: staff.unitId,
        provinceCode: staff.provinceCode ?? '00',
      }),
      client: { clientId: client.id, system: client.systemName, systemName: client.systemDisplayName },
    },
  );
  return { login: { accountId: staff.accountId, amr: staff.mfa ? ['pwd', 'otp'] : ['pwd'] }, consent: { grantId } };
}

/**
 * The live staff session behind the browser's provider session, if any: a second application is signed in to
 * with the session the first one was (single sign-on), as long as that Khiên session lives.
 *
 * @param deps - provider, database, clock
 * @param details - the interaction
 * @returns the staff actor or null
 */
export async function staffOfProviderSession(deps: SsoSignInDeps, details: Interaction): Promise<StaffActor | null> {
  const uid = details.session?.uid;
  const accountId = details.session?.accountId;
  if (!uid || !accountId) return null;
  const session = await deps.provider.Session.findByUid(uid);
  const authorizations = session?.authorizations ?? {};
  for (const { grantId } of Object.values(authorizations)) {
    if (!grantId) continue;
    const link = await findGrantSession(deps.db, grantId);
    if (!link || link.accountId !== accountId) continue;
    const actor = await liveStaffOfSession(deps.db, link.sessionId, deps.clock.now());
    if (actor && actor.accountId === accountId) return actor;
  }
  return null;
}
