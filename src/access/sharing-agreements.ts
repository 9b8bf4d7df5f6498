/**
 * Data-sharing agreements with external organisations (anchors row 13): legal basis, categories, purpose,
 * volume limits, validity; API keys bound to one agreement, stored hashed, shown once, rotatable, revocable,
 * never outliving the agreement.
 */
import crypto from 'node:crypto';
import type { StaffActor } from '../actors/staff-actor.ts';
import type { DataCategory } from '../events/types.ts';
import { DATA_CATEGORIES } from '../events/types.ts';
import { newId, sha256Hex } from '../platform/ids.ts';
import { AccessErrors } from './access.errors.ts';
import type { AccessContext } from './access-context.ts';
import { buildAdminEvent, recordOrRefuse, type AccessCaller } from './access-events.ts';
import {
  findAgreement,
  findApiKeyForUpdate,
  insertAgreement,
  insertApiKey,
  revokeAgreement as revokeAgreementRow,
  revokeApiKey as revokeApiKeyRow,
  type AgreementRow,
  type ApiKeyRow,
} from './access.repo.ts';
import { indexAgreement } from './grant-sync.ts';
import { runInTransaction } from '../db/tx-context.ts';

type StaffCaller = AccessCaller & { actor: StaffActor };

/** Terms of a new agreement. */
export interface NewAgreement {
  readonly organisation: string;
  readonly legalBasis: string;
  readonly purpose: string;
  readonly categories: readonly DataCategory[];
  readonly dailyRecordLimit: number;
  readonly ratePerMinute: number;
  readonly validFrom: Date;
  readonly validUntil: Date;
}

/** A key as issued: the secret is in `key` and is never shown again. */
export interface IssuedKey {
  readonly id: string;
  readonly prefix: string;
  readonly key: string;
  readonly expiresAt: Date;
}

/** Prefix of every key (`khk_<8 hex>_<secret>`). */
export const API_KEY_PATTERN = /^khk_([0-9a-f]{8})_([A-Za-z0-9_-]{43})$/;

/**
 * Creates an agreement.
 *
 * @param ctx - access context
 * @param caller - a central security admin
 * @param input - the terms
 * @returns the stored agreement
 */
export async function createAgreement(ctx: AccessContext, caller: StaffCaller, input: NewAgreement): Promise<AgreementRow> {
  if (!ctx.store.isPurpose(input.purpose)) throw new AccessErrors.UNKNOWN_PURPOSE();
  if (!(input.validUntil > input.validFrom)) throw new AccessErrors.VALIDITY_INVALID(ctx.settings.apiKeyDays);
  const now = ctx.clock.now();
  const row = await runInTransaction(ctx.db, async (tx) => {
    const created = await insertAgreement(tx, {
      id: newId(),
      organisation: input.organisation,
      legalBasis: input.legalBasis,
      purpose: input.purpose,
      categories: DATA_CATEGORIES.filter((c) => input.categories.includes(c)),
      dailyRecordLimit: input.dailyRecordLimit,
      ratePerMinute: input.ratePerMinute,
      validFrom: input.validFrom,
      validUntil: input.validUntil,
      createdBy: caller.actor.accountId,
      createdAt: now,
    });
    await recordOrRefuse(ctx.recorder(), buildAdminEvent(caller, 'agreement.create', { type: 'agreement', id: created.id }, {
      after: { organisation: created.organisation, legalBasis: created.legalBasis, purpose: created.purpose, categories: created.categories, dailyRecordLimit: created.dailyRecordLimit, validUntil: created.validUntil.toISOString() },
    }, now), tx);
    return created;
  });
  ctx.store.putAgreement(indexAgreement(row));
  return row;
}

/**
 * Revokes an agreement with immediate effect (its keys stop working with it).
 *
 * @param ctx - access context
 * @param caller - a central security admin
 * @param id - the agreement
 * @param reason - why
 */
export async function revokeAgreement(ctx: AccessContext, caller: StaffCaller, id: string, reason: string): Promise<void> {
  const now = ctx.clock.now();
  await runInTransaction(ctx.db, async (tx) => {
    const ag = await findAgreement(tx, id);
    if (!ag) throw new AccessErrors.AGREEMENT_NOT_FOUND();
    await revokeAgreementRow(tx, id, now);
    await recordOrRefuse(ctx.recorder(), buildAdminEvent(caller, 'agreement.revoke', { type: 'agreement', id }, { reason }, now), tx);
  });
  const ag = await findAgreement(ctx.db, id);
  if (ag) ctx.store.putAgreement(indexAgreement(ag));
}

function newKeyMaterial(): { prefix: string; secret: string; key: string } {
  const prefix = crypto.randomBytes(4).toString('hex');
  const secret = crypto.randomBytes(32).toString('base64url');
  return { prefix, secret, key: `khk_${prefix}_${secret}` };
}

async function insertKeyFor(ctx: AccessContext, tx: AccessContext['db'], agreement: AgreementRow, now: Date): Promise<IssuedKey> {
  const material = newKeyMaterial();
  const expiresAt = new Date(Math.min(now.getTime() + ctx.settings.apiKeyDays * 86_400_000, agreement.validUntil.getTime()));
  const id = newId();
  await insertApiKey(tx, { id, agreementId: agreement.id, prefix: material.prefix, secretHash: sha256Hex(material.secret), createdAt: now, expiresAt });
  return { id, prefix: material.prefix, key: material.key, expiresAt };
}

/**
 * Issues a key bound to an agreement; the secret is returned once.
 *
 * @param ctx - access context
 * @param caller - a central security admin
 * @param agreementId - the agreement
 * @returns the key (with its secret)
 */
export async function issueApiKey(ctx: AccessContext, caller: StaffCaller, agreementId: string): Promise<IssuedKey> {
  const now = ctx.clock.now();
  return runInTransaction(ctx.db, async (tx) => {
    const ag = await findAgreement(tx, agreementId);
    if (!ag || ag.revokedAt || ag.validUntil <= now) throw new AccessErrors.AGREEMENT_NOT_FOUND();
    const issued = await insertKeyFor(ctx, tx, ag, now);
    await recordOrRefuse(ctx.recorder(), buildAdminEvent(caller, 'api_key.issue', { type: 'api_key', id: issued.id }, { after: { agreementId, prefix: issued.prefix, expiresAt: issued.expiresAt.toISOString() } }, now), tx);
    return issued;
  });
}

/**
 * Rotates a key: a new key for the same agreement, the old one revoked at once.
 *
 * @param ctx - access context
 * @param caller - a central security admin
 * @param keyId - the key to replace
 * @returns the new key (with its secret)
 */
export async function rotateApiKey(ctx: AccessContext, caller: StaffCaller, keyId: string): Promise<IssuedKey> {
  const now = ctx.clock.now();
  return runInTransaction(ctx.db, async (tx) => {
    const old = await findApiKeyForUpdate(tx, keyId);
    if (!old || old.revokedAt) throw new AccessErrors.API_KEY_NOT_FOUND();
    const ag = await findAgreement(tx, old.agreementId);
    if (!ag || ag.revokedAt || ag.validUntil <= now) throw new AccessErrors.AGREEMENT_NOT_FOUND();
    const issued = await insertKeyFor(ctx, tx, ag, now);
    await revokeApiKeyRow(tx, keyId, now, issued.id);
    await recordOrRefuse(ctx.recorder(), buildAdminEvent(caller, 'api_key.rotate', { type: 'api_key', id: keyId }, { after: { replacedBy: issued.id, prefix: issued.prefix } }, now), tx);
    return issued;
  });
}

/**
 * Revokes a key.
 *
 * @param ctx - access context
 * @param caller - a central security admin
 * @param keyId - the key
 * @param reason - why
 */
export async function revokeApiKey(ctx: AccessContext, caller: StaffCaller, keyId: string, reason: string): Promise<void> {
  const now = ctx.clock.now();
  await runInTransaction(ctx.db, async (tx) => {
    const key = await findApiKeyForUpdate(tx, keyId);
    if (!key) throw new AccessErrors.API_KEY_NOT_FOUND();
    await revokeApiKeyRow(tx, keyId, now, null);
    await recordOrRefuse(ctx.recorder(), buildAdminEvent(caller, 'api_key.revoke', { type: 'api_key', id: keyId }, { reason }, now), tx);
  });
}

/** A key as listed (never its hash). */
export function presentApiKey(k: ApiKeyRow): { id: string; prefix: string; createdAt: string; expiresAt: string; revokedAt: string | null } {
  return { id: k.id, prefix: k.prefix, createdAt: k.createdAt.toISOString(), expiresAt: k.expiresAt.toISOString(), revokedAt: k.revokedAt?.toISOString() ?? null };
}
