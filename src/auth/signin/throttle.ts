/**
 * Sign-in throttling that attackers cannot turn against staff (anchors.md 2c: lockouts enable DoS):
 *
 * - per login name + source (address and device): progressive delay after a few failures, then a temporary
 *   block of that source for that name only;
 * - per login name from all sources: a block only at a much higher threshold, with an `account_blocked` event
 *   for the security officer — and even then the account's own approved device still gets through;
 * - per source across names (password spraying): once one source has failed on many names, every attempt from
 *   it is delayed progressively.
 *
 * Counters live in `auth_throttle` so every process sees them. Unknown names are counted exactly like known
 * ones, so throttling reveals nothing about which accounts exist.
 */
import { and, count, gt, like, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { throttleCounters } from '../auth.schema.ts';
import type { AuthSettings } from '../settings.ts';

/** Who is attempting. */
export interface AttemptKey {
  /** Login name as presented (lower-cased). */
  readonly username: string;
  /** Source address. */
  readonly ip: string;
  /** Presented device id (even if not registered), if any. */
  readonly deviceId: string | null;
  /** Whether the presented device is an approved device of the named account. */
  readonly trustedDevice: boolean;
}

/** Outcome of a pre-check. */
export type ThrottleVerdict =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly reason: 'source_blocked' | 'account_blocked' | 'delay' | 'spraying'; readonly retryAfterMs: number };

/** What a recorded failure triggered. */
export interface FailureEffects {
  readonly sourceBlocked: boolean;
  /** True only on the failure that crossed the account-wide threshold (alert once). */
  readonly accountBlocked: boolean;
  readonly sprayingSource: boolean;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const pairKey = (k: AttemptKey): string => `as:${k.ip}|${k.deviceId ?? '-'}|${k.username}`;
const accountKey = (k: AttemptKey): string => `a:${k.username}`;
const sourceKey = (k: AttemptKey): string => `s:${k.ip}`;
const pairPrefix = (k: AttemptKey): string => `as:${escapeLike(k.ip)}|%`;

type Counter = typeof throttleCounters.$inferSelect;

async function read(db: Database, keys: readonly string[]): Promise<Map<string, Counter>> {
  const rows = await db
    .select()
    .from(throttleCounters)
    .where(sql`${throttleCounters.key} in (${sql.join(keys.map((k) => sql`${k}`), sql`, `)})`);
  return new Map(rows.map((r) => [r.key, r]));
}

function inWindow(c: Counter | undefined, at: Date, s: AuthSettings): c is Counter {
  return c !== undefined && at.getTime() - c.windowStartedAt.getTime() < s.windowMinutes * 60_000;
}

function delayFor(failures: number, after: number, s: AuthSettings): number {
  if (failures < after) return 0;
  return Math.min(s.maxDelayMs, 500 * 2 ** (failures - after));
}

/**
 * Decides whether an attempt may proceed to password verification.
 *
 * @param db - database
 * @param s - settings
 * @param k - the attempt
 * @param at - now
 * @returns the verdict
 */
export async function checkThrottle(db: Database, s: AuthSettings, k: AttemptKey, at: Date): Promise<ThrottleVerdict> {
  const c = await read(db, [pairKey(k), accountKey(k), sourceKey(k)]);
  const now = at.getTime();
  const pair = c.get(pairKey(k));
  if (pair?.blockedUntil && pair.blockedUntil.getTime() > now) {
    return { allowed: false, reason: 'source_blocked', retryAfterMs: pair.blockedUntil.getTime() - now };
  }
  const acct = c.get(accountKey(k));
  if (!k.trustedDevice && acct?.blockedUntil && acct.blockedUntil.getTime() > now) {
    return { allowed: false, reason: 'account_blocked', retryAfterMs: acct.blockedUntil.getTime() - now };
  }
  if (inWindow(pair, at, s)) {
    const wait = delayFor(pair.failures, s.delayAfter, s) - (now - pair.lastFailureAt.getTime());
    if (wait > 0) return { allowed: false, reason: 'delay', retryAfterMs: wait };
  }
  const src = c.get(sourceKey(k));
  if (!k.trustedDevice && src?.blockedUntil && src.blockedUntil.getTime() > now) {
    return { allowed: false, reason: 'spraying', retryAfterMs: src.blockedUntil.getTime() - now };
  }
  return { allowed: true };
}

async function bump(db: Database, key: string, at: Date, s: AuthSettings): Promise<Counter> {
  const windowStart = new Date(at.getTime() - s.windowMinutes * 60_000);
  const [row] = await db
    .insert(throttleCounters)
    .values({ key, failures: 1, windowStartedAt: at, lastFailureAt: at })
    .onConflictDoUpdate({
      target: throttleCounters.key,
      set: {
        failures: sql`case when ${throttleCounters.windowStartedAt} < ${windowStart} then 1 else ${throttleCounters.failures} + 1 end`,
        windowStartedAt: sql`case when ${throttleCounters.windowStartedAt} < ${windowStart} then ${at} else ${throttleCounters.windowStartedAt} end`,
        lastFailureAt: at,
      },
    })
    .returning();
  return row!;
}

async function block(db: Database, key: string, until: Date): Promise<void> {
  await db.update(throttleCounters).set({ blockedUntil: until }).where(sql`${throttleCounters.key} = ${key}`);
}

/**
 * Records a failed attempt and applies the blocks it triggers.
 *
 * @param db - database
 * @param s - settings
 * @param k - the attempt
 * @param at - now
 * @returns what was triggered
 */
export async function recordFailure(db: Database, s: AuthSettings, k: AttemptKey, at: Date): Promise<FailureEffects> {
  const until = new Date(at.getTime() + s.blockMinutes * 60_000);
  const pair = await bump(db, pairKey(k), at, s);
  let sourceBlocked = false;
  if (pair.failures >= s.sourceBlockAfter) {
    await block(db, pairKey(k), until);
    sourceBlocked = true;
  }
  const acct = await bump(db, accountKey(k), at, s);
  let accountBlocked = false;
  if (acct.failures >= s.accountBlockAfter && !(acct.blockedUntil && acct.blockedUntil.getTime() > at.getTime())) {
    await block(db, accountKey(k), until);
    accountBlocked = true;
  }
  const windowStart = new Date(at.getTime() - s.windowMinutes * 60_000);
  const [distinct] = await db
    .select({ n: count() })
    .from(throttleCounters)
    .where(and(like(throttleCounters.key, pairPrefix(k)), gt(throttleCounters.lastFailureAt, windowStart)));
  const names = Number(distinct?.n ?? 0);
  const src = await bump(db, sourceKey(k), at, s);
  let sprayingSource = false;
  if (names >= s.sprayAccountsAfter) {
    // 30 s at the threshold, doubling with each further name, capped at the block length. Staff signing in
    // from their approved device are exempt (see checkThrottle), so a shared office address is not locked out.
    const ms = Math.min(s.blockMinutes * 60_000, 30_000 * 2 ** (names - s.sprayAccountsAfter));
    await block(db, sourceKey(k), new Date(at.getTime() + ms));
    sprayingSource = true;
  }
  void src;
  return { sourceBlocked, accountBlocked, sprayingSource };
}

/**
 * Clears the name+source counter after a successful sign-in (the account-wide and source-wide counters run
 * out with their window: a success elsewhere must not hide an ongoing attack).
 *
 * @param db - database
 * @param k - the attempt
 */
export async function recordSuccess(db: Database, k: AttemptKey): Promise<void> {
  await db.delete(throttleCounters).where(sql`${throttleCounters.key} = ${pairKey(k)}`);
}
