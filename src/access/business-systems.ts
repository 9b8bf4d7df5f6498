/**
 * Business systems that ask the decision service (issue 15, item 2): registration, credential rotation and
 * revocation by the central security team, each an admin event in the same transaction as the change; and the
 * check of a presented credential. The secret appears once, in the answer that issues it; only its SHA-256 is
 * kept. Every failed check answers the same error (STYLE.md rule 25), after the same work.
 */
import crypto from 'node:crypto';
import type { StaffActor } from '../actors/staff-actor.ts';
import { newId, safeEqual, sha256Hex } from '../platform/ids.ts';
import { runInTransaction } from '../db/tx-context.ts';
import type { AccessContext } from './access-context.ts';
import { AccessErrors } from './access.errors.ts';
import { buildAdminEvent, recordOrRefuse, type AccessCaller } from './access-events.ts';
import {
  findBusinessSystemByPrefix,
  findBusinessSystemForUpdate,
  insertBusinessSystem,
  replaceBusinessSystemCredential,
  revokeBusinessSystem,
  type BusinessSystemRow,
} from './business-systems.repo.ts';

type StaffCaller = AccessCaller & { actor: StaffActor };

/** A credential as issued (`credential` is shown once). */
export interface IssuedSystemCredential {
  readonly systemId: string;
  readonly name: string;
  readonly prefix: string;
  readonly credential: string;
}

/** The business system a verified credential belongs to. */
export interface VerifiedSystem {
  readonly id: string;
  readonly name: string;
  readonly displayName: string;
  /** The declared gateway route map (validated when it was stored), null when none. */
  readonly gatewayRoutes?: unknown;
  /** When the route map was last replaced (a cache key of the compiled map). */
  readonly gatewayRoutesUpdatedAt?: Date | null;
}

/** Shape of a credential: `khs_<8 hex>_<43 base64url>`. */
export const SYSTEM_CREDENTIAL_PATTERN = /^khs_([0-9a-f]{8})_([A-Za-z0-9_-]{43})$/;

/** Shape of a system name (recorded as `source.system`). */
export const SYSTEM_NAME_PATTERN = '^[a-z0-9][a-z0-9._-]{1,63}$';

function newCredential(): { prefix: string; secret: string; credential: string } {
  const prefix = crypto.randomBytes(4).toString('hex');
  const secret = crypto.randomBytes(32).toString('base64url');
  return { prefix, secret, credential: `khs_${prefix}_${secret}` };
}

/**
 * Registers a business system and issues its first credential.
 *
 * @param ctx - access context
 * @param caller - a central security admin
 * @param input - name (recorded as the channel) and display name
 * @returns the credential (shown once)
 * @throws AccessErrors.SYSTEM_EXISTS when the name is taken
 */
export async function registerBusinessSystem(ctx: AccessContext, caller: StaffCaller, input: { name: string; displayName: string }): Promise<IssuedSystemCredential> {
  const now = ctx.clock.now();
  const material = newCredential();
  const id = newId();
  return runInTransaction(ctx.db, async (tx) => {
    const inserted = await insertBusinessSystem(tx, {
      id, name: input.name, displayName: input.displayName, credentialPrefix: material.prefix, credentialHash: sha256Hex(material.secret),
      credentialIssuedAt: now, createdBy: caller.actor.accountId, createdAt: now,
    });
    if (!inserted) throw new AccessErrors.SYSTEM_EXISTS();
    await recordOrRefuse(ctx.recorder(), buildAdminEvent(caller, 'business_system.register', { type: 'business_system', id }, {
      after: { name: input.name, displayName: input.displayName, prefix: material.prefix },
    }, now), tx);
    return { systemId: id, name: input.name, prefix: material.prefix, credential: material.credential };
  });
}

/**
 * Replaces a system's credential; the old one stops working at once on this node (the verified credentials are
 * forgotten), within {@link VERIFIED_SYSTEM_TTL_MS} on the others.
 *
 * @param ctx - access context
 * @param caller - a central security admin
 * @param id - the system
 * @returns the new credential (shown once)
 * @throws AccessErrors.SYSTEM_NOT_FOUND when unknown or revoked
 */
export async function rotateBusinessSystemCredential(ctx: AccessContext, caller: StaffCaller, id: string): Promise<IssuedSystemCredential> {
  const now = ctx.clock.now();
  const material = newCredential();
  return runInTransaction(ctx.db, async (tx) => {
    const row = await findBusinessSystemForUpdate(tx, id);
    if (!row || row.revokedAt !== null) throw new AccessErrors.SYSTEM_NOT_FOUND();
    await replaceBusinessSystemCredential(tx, id, { prefix: material.prefix, hash: sha256Hex(material.secret), at: now });
    await recordOrRefuse(ctx.recorder(), buildAdminEvent(caller, 'business_system.rotate', { type: 'business_system', id }, {
      before: { prefix: row.credentialPrefix }, after: { prefix: material.prefix },
    }, now), tx);
    return { systemId: id, name: row.name, prefix: material.prefix, credential: material.credential };
  }).finally(() => forgetVerifiedSystems(ctx));
}

/**
 * Revokes a system: its credential stops working at once on this node (the verified credentials are forgotten),
 * within {@link VERIFIED_SYSTEM_TTL_MS} on the others, and cannot be rotated again.
 *
 * @param ctx - access context
 * @param caller - a central security admin
 * @param id - the system
 * @param reason - why
 * @throws AccessErrors.SYSTEM_NOT_FOUND when unknown or already revoked
 */
export async function revokeBusinessSystemAccess(ctx: AccessContext, caller: StaffCaller, id: string, reason: string): Promise<void> {
  const now = ctx.clock.now();
  await runInTransaction(ctx.db, async (tx) => {
    const row = await findBusinessSystemForUpdate(tx, id);
    if (!row || row.revokedAt !== null) throw new AccessErrors.SYSTEM_NOT_FOUND();
    await revokeBusinessSystem(tx, id, now);
    await recordOrRefuse(ctx.recorder(), buildAdminEvent(caller, 'business_system.revoke', { type: 'business_system', id }, { reason }, now), tx);
  }).finally(() => forgetVerifiedSystems(ctx));
}

// A hash to compare against when the prefix is unknown, so that both paths take the same time.
const DUMMY_HASH = sha256Hex('khien-dummy-system-secret');

/**
 * How long a verified credential is trusted without reading its row again (ms). Rotation, revocation and a new
 * gateway route map on this node forget every verified credential at once (see
 * {@link forgetVerifiedSystems}); on another node sharing the database such a change takes effect within this time.
 */
export const VERIFIED_SYSTEM_TTL_MS = 1_000;

/** A verified credential: the stored hash it matched, the system, and until when it is trusted (ms). */
interface VerifiedEntry {
  readonly hash: string;
  readonly system: VerifiedSystem;
  readonly until: number;
}

/** Verified credentials per access context (per app), by credential prefix; `generation` counts forgets. */
interface VerifiedCache {
  generation: number;
  readonly byPrefix: Map<string, VerifiedEntry>;
}
const verifiedCaches = new WeakMap<AccessContext, VerifiedCache>();

function verifiedCacheOf(ctx: AccessContext): VerifiedCache {
  let cache = verifiedCaches.get(ctx);
  if (!cache) {
    cache = { generation: 0, byPrefix: new Map() };
    verifiedCaches.set(ctx, cache);
  }
  return cache;
}

/**
 * Forgets every verified credential of this app, so that the next check of any credential reads its row
 * (called after a system's credential, revocation or route map changed on this node).
 *
 * @param ctx - access context
 */
export function forgetVerifiedSystems(ctx: AccessContext): void {
  const cache = verifiedCacheOf(ctx);
  cache.generation += 1;
  cache.byPrefix.clear();
}

/**
 * Checks a presented credential.
 *
 * @param ctx - access context
 * @param presented - the bearer value
 * @returns the system
 * @throws AccessErrors.SYSTEM_CREDENTIAL_INVALID for any malformed, unknown, wrong or revoked credential
 */
export async function verifySystemCredential(ctx: AccessContext, presented: string): Promise<VerifiedSystem> {
  const m = SYSTEM_CREDENTIAL_PATTERN.exec(presented);
  if (!m) throw new AccessErrors.SYSTEM_CREDENTIAL_INVALID();
  const prefix = m[1]!;
  const hash = sha256Hex(m[2]!);
  // A credential verified less than VERIFIED_SYSTEM_TTL_MS ago is trusted again (the same hash comparison); any
  // other credential, right or wrong, reads the row.
  const cache = verifiedCacheOf(ctx);
  const now = ctx.clock.now().getTime();
  const hit = cache.byPrefix.get(prefix);
  if (hit && now < hit.until && safeEqual(hash, hit.hash)) return hit.system;
  const generation = cache.generation;
  const row = await findBusinessSystemByPrefix(ctx.db, prefix);
  const matches = safeEqual(hash, row?.credentialHash ?? DUMMY_HASH);
  if (!row || !matches || row.revokedAt !== null) throw new AccessErrors.SYSTEM_CREDENTIAL_INVALID();
  const system: VerifiedSystem = { id: row.id, name: row.name, displayName: row.displayName, gatewayRoutes: row.gatewayRoutes ?? null, gatewayRoutesUpdatedAt: row.gatewayRoutesUpdatedAt };
  // Not kept when a change was made on this node while the row was read (it may predate the change).
  if (cache.generation === generation) cache.byPrefix.set(prefix, { hash: row.credentialHash, system, until: now + VERIFIED_SYSTEM_TTL_MS });
  return system;
}

/** A system as listed (never its hash). */
export interface PresentedSystem {
  id: string;
  name: string;
  displayName: string;
  prefix: string;
  credentialIssuedAt: string;
  revokedAt: string | null;
  createdAt: string;
}

/**
 * Presents a system for the admin API.
 *
 * @param r - the row
 * @returns the listed fields
 */
export function presentBusinessSystem(r: BusinessSystemRow): PresentedSystem {
  return {
    id: r.id, name: r.name, displayName: r.displayName, prefix: r.credentialPrefix,
    credentialIssuedAt: r.credentialIssuedAt.toISOString(), revokedAt: r.revokedAt?.toISOString() ?? null, createdAt: r.createdAt.toISOString(),
  };
}
