/**
 * Ingestion tokens: one per source system (a business application, the VPN concentrator). The token is shown
 * once at creation; only its SHA-256 is stored, and a presented token is looked up by hash.
 */
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../platform/clock.ts';
import { newId, newToken, sha256Hex } from '../../platform/ids.ts';
import { findIngestToken, insertIngestToken, touchIngestToken } from '../detect.repo.ts';

/** Prefix that makes tokens recognisable in secret scanners. */
export const TOKEN_PREFIX = 'khien_ing_';

/**
 * Creates a token for a source system.
 *
 * @param db - database
 * @param clock - clock
 * @param system - source system name (e.g. `vpn-hn-01`, `tiep-nhan-ho-so`)
 * @returns the token id and the secret (show once)
 * @throws Error when the system name is not a short identifier
 */
export async function createIngestToken(db: Database, clock: Clock, system: string): Promise<{ id: string; token: string }> {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(system)) throw new Error('system name: 1-64 letters, digits, dot, dash or underscore');
  const token = `${TOKEN_PREFIX}${newToken(32)}`;
  const id = newId();
  await insertIngestToken(db, { id, system, tokenHash: sha256Hex(token), createdAt: clock.now() });
  return { id, token };
}

/**
 * Resolves a presented token.
 *
 * @param db - database
 * @param clock - clock
 * @param presented - the bearer value
 * @returns the system it belongs to, or the refusal (`ingest_token_malformed`, `ingest_token_unknown`,
 *   `ingest_token_revoked`, with the token's id when it is known)
 */
export async function verifyIngestToken(
  db: Database,
  clock: Clock,
  presented: string,
): Promise<{ ok: true; id: string; system: string } | { ok: false; id: string | null; reason: string }> {
  if (!presented.startsWith(TOKEN_PREFIX) || presented.length > 200) return { ok: false, id: null, reason: 'ingest_token_malformed' };
  const row = await findIngestToken(db, sha256Hex(presented));
  if (!row) return { ok: false, id: null, reason: 'ingest_token_unknown' };
  if (row.revokedAt !== null) return { ok: false, id: row.id, reason: 'ingest_token_revoked' };
  await touchIngestToken(db, row.id, clock.now());
  return { ok: true, id: row.id, system: row.system };
}
