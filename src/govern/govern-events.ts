/**
 * The admin events of the security programme: every change is recorded in the audit log in the same
 * transaction as the change (the recorder, given `tx`, writes it through the outbox; db/tx-context.ts).
 */
import type { AdminEvent } from '../events/types.ts';
import type { Database } from '../db/client.ts';
import { newId } from '../platform/ids.ts';
import type { Acting, GovernDeps } from './govern.types.ts';
import { runInTransaction } from '../db/tx-context.ts';

/**
 * Builds an admin event.
 *
 * @param acting - who acted
 * @param at - when
 * @param action - dotted action, e.g. `govern.dossier.approve`
 * @param target - the record
 * @param after - what it became (never personal data)
 * @param reason - optional reason
 * @returns the event
 */
export function governEvent(acting: Acting, at: Date, action: string, target: { type: string; id: string }, after: unknown, reason?: string | null): AdminEvent {
  const a = acting.actor;
  return {
    id: newId(),
    kind: 'admin',
    time: at.toISOString(),
    requestId: acting.requestId ?? null,
    source: { ip: acting.ip ?? null, userAgent: acting.userAgent ?? null, system: 'khien' },
    actor: { type: 'staff', accountId: a.accountId, unitId: a.unitId, provinceCode: a.provinceCode, roles: a.roles.map((r) => r.role), sessionId: a.sessionId },
    action,
    target,
    after,
    reason: reason ?? null,
    outcome: 'success',
  };
}

/**
 * Runs a write and its audit record in one transaction.
 *
 * @param deps - database, clock, recorder
 * @param acting - who acts
 * @param action - dotted action
 * @param fn - the write; returns the result, the target and what to record
 * @returns the result
 */
export async function writeAudited<T>(
  deps: GovernDeps,
  acting: Acting,
  action: string,
  fn: (tx: Database, now: Date) => Promise<{ result: T; target: { type: string; id: string }; after: unknown; reason?: string | null }>,
): Promise<T> {
  const now = deps.clock.now();
  return runInTransaction(deps.db, async (t) => {
    const tx = t as unknown as Database;
    const out = await fn(tx, now);
    await deps.recorder.record(governEvent(acting, now, action, out.target, out.after, out.reason), t);
    return out.result;
  });
}
