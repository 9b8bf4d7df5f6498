/**
 * A credential the server refused (an ended, revoked, expired or forged session; a revoked, expired or unknown
 * API key or ingestion token), attached to the catalogued error the resolver throws so that the composition
 * root can record it as an auth event naming the account or key it belonged to (issue 21: a departed
 * employee's old cookie must not knock unseen). Modules only describe the refusal; recording, aggregation per
 * credential and minute, and feeding the detectors happen in `http/refusal-log.ts`.
 */

/** Which kind of credential was refused. */
export type CredentialType = 'session' | 'api_key' | 'ingest_token';

/** What is known of a refused credential. Never the secret itself. */
export interface RefusedCredential {
  readonly type: CredentialType;
  /** Session id, API key id or ingestion token id; null when it matches none (forged or malformed). */
  readonly id: string | null;
  /** Stable reason, e.g. `session_revoked`, `session_unknown`, `api_key_revoked`, `ingest_token_unknown`. */
  readonly reason: string;
  /** The staff account the credential belonged to (sessions), else null. */
  readonly accountId?: string | null;
  readonly username?: string | null;
  readonly unitId?: string | null;
  readonly provinceCode?: string | null;
  /** The account's status when refused (`active`, `disabled`, `suspended`), fresher than the detector's context. */
  readonly accountStatus?: string | null;
  /** The holder's HR status when refused (`active`, `resigned`, `retired`, `transferred`, `suspended`). */
  readonly staffStatus?: string | null;
  /** The data-sharing agreement of an API key. */
  readonly agreementId?: string | null;
}

const REFUSED = Symbol.for('khien.refusedCredential');

/**
 * Attaches a refused credential to the error that answers it.
 *
 * @param err - the catalogued error thrown to the caller
 * @param refused - what was refused
 * @returns the same error
 */
export function withRefusedCredential<E extends Error>(err: E, refused: RefusedCredential): E {
  Object.defineProperty(err, REFUSED, { value: refused, enumerable: false });
  return err;
}

/**
 * The refused credential an error carries, if any.
 *
 * @param err - any thrown value
 * @returns the refusal, or null
 */
export function refusedCredentialOf(err: unknown): RefusedCredential | null {
  if (typeof err !== 'object' || err === null) return null;
  const value = (err as Record<symbol, unknown>)[REFUSED];
  return value && typeof value === 'object' ? (value as RefusedCredential) : null;
}
