/**
 * Ending a staff member's sign-ins to business applications when their Khiên session ends (HR exit, transfer or
 * suspension; account suspension, including a case's containment and the detector's; device revocation): every
 * grant whose Khiên session is no longer live loses its tokens at once (introspection then answers
 * `active: false`; it also checks the session itself on every call), each application with a
 * `backchannel_logout_uri` is sent an OIDC Back-Channel Logout 1.0 logout token naming the subject and the `sid`
 * of its ID token, and a provider session with nothing live left is destroyed. Each delivery is an auth event
 * (`session_revoked`, reason `sso_backchannel_logout`) naming the application; a failed delivery is recorded as a
 * failure, the tokens are gone all the same.
 */
import type Provider from 'oidc-provider';
import type { Database } from '../db/client.ts';
import type { EventRecorder } from '../events/types.ts';
import type { Clock } from '../platform/clock.ts';
import { buildAuthEvent, SYSTEM_ORIGIN } from '../auth/auth-events.ts';
import { deleteStoreObject, deleteStoreObjectsOfGrant, findEnabledSsoClient, listProviderSessionsOf } from './sso.repo.ts';
import { grantSessionLive } from './sso-provider.ts';

/** What the logout needs. */
export interface SsoLogoutDeps {
  readonly provider: Provider;
  readonly db: Database;
  readonly clock: Clock;
  readonly recorder: () => EventRecorder;
  /** Reports a failure (never a token). */
  readonly onError: (what: string, err: unknown) => void;
}

interface BackchannelClient {
  readonly backchannelLogoutUri?: string;
  backchannelLogout(sub: string, sid: string): Promise<void>;
}

interface SessionAuthorization {
  readonly sid?: string;
  readonly grantId?: string;
}

/** One logout token sent (or tried). */
export interface SsoLogoutDelivery {
  readonly clientId: string;
  readonly delivered: boolean;
}

/**
 * Creates the logout of one account's application sessions.
 *
 * @param deps - provider, database, clock, recorder, error reporter
 * @returns a function ending what is no longer live; its promise settles when the database work is done, and
 *   `deliveries` when every logout token was sent or failed
 */
export function createSsoLogout(deps: SsoLogoutDeps): (accountId: string, reason: string) => Promise<{ deliveries: Promise<SsoLogoutDelivery[]> }> {
  return async (accountId, reason) => {
    const at = deps.clock.now();
    const sends: Array<Promise<SsoLogoutDelivery>> = [];
    for (const session of await listProviderSessionsOf(deps.db, accountId)) {
      const authorizations = (session.payload.authorizations ?? {}) as Record<string, SessionAuthorization>;
      let live = 0;
      for (const [clientId, authorization] of Object.entries(authorizations)) {
        if (authorization.grantId && (await grantSessionLive(deps.db, authorization.grantId, at))) {
          live += 1;
          continue;
        }
        if (authorization.grantId) {
          await deleteStoreObjectsOfGrant(deps.db, authorization.grantId);
          await deleteStoreObject(deps.db, 'Grant', authorization.grantId);
        }
        const row = await findEnabledSsoClient(deps.db, clientId);
        if (!row?.backchannelLogoutUri || !authorization.sid) continue;
        sends.push(send(deps, accountId, reason, clientId, authorization.sid, row.systemName, row.systemDisplayName));
      }
      if (live === 0) await deleteStoreObject(deps.db, 'Session', session.id);
    }
    return { deliveries: Promise.all(sends) };
  };
}

async function send(deps: SsoLogoutDeps, accountId: string, reason: string, clientId: string, sid: string, system: string, systemName: string): Promise<SsoLogoutDelivery> {
  let delivered = false;
  try {
    const client = (await deps.provider.Client.find(clientId)) as unknown as BackchannelClient | undefined;
    if (client?.backchannelLogoutUri) {
      await client.backchannelLogout(accountId, sid);
      delivered = true;
    }
  } catch (err) {
    deps.onError('single sign-on: back-channel logout failed', err);
  }
  try {
    await deps.recorder().record({
      ...buildAuthEvent(deps.clock.now(), SYSTEM_ORIGIN, {
        action: 'session_revoked',
        outcome: delivered ? 'success' : 'failure',
        reason: 'sso_backchannel_logout',
        accountId,
      }),
      client: { clientId, system, systemName },
    });
  } catch (err) {
    deps.onError(`single sign-on: logout event not recorded (${reason})`, err);
  }
  return { clientId, delivered };
}
