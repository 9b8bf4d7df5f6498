/**
 * Records refused credentials (issue 21, defect 1) as `credential_refused` auth events through the event
 * recorder, so that they are in the audit log and reach the detectors (R021 sees a departed account knocking,
 * R009 sees one address trying many accounts' credentials).
 *
 * A flood must not flood the log: refusals are aggregated per credential (or, for a credential that matches
 * nothing, per source address) and reason, per minute. The first refusal of a minute is recorded at once and
 * the request waits for it (a refusal the audit log does not hold would be the defect again); the others of
 * that minute are counted and recorded as one event with their number when the minute is over (or at close).
 * At most `maxKeys` credentials are tracked in one minute; beyond that, refusals fold into one bucket per reason.
 */
import type { AuthEvent, EventRecorder } from '../events/types.ts';
import type { RefusedCredential } from '../events/refused-credential.ts';
import type { Clock } from '../platform/clock.ts';
import { newId } from '../platform/ids.ts';

/** Where a refused request came from. */
export interface RefusalOrigin {
  readonly ip: string;
  readonly userAgent: string | null;
  readonly requestId: string;
}

/** The refusal log. */
export interface RefusalLog {
  /**
   * Notes one refusal; resolves once it is durable when it is the first of its credential in this minute.
   *
   * @param refused - the credential and reason
   * @param origin - the request's source
   */
  refuse(refused: RefusedCredential, origin: RefusalOrigin): Promise<void>;
  /** Records the counts of the minutes that are over (all of them when `all`). */
  flush(all?: boolean): Promise<void>;
  /** Records everything pending and stops the timer. */
  stop(): Promise<void>;
}

/** Options of {@link createRefusalLog}. */
export interface RefusalLogOptions {
  readonly recorder: () => EventRecorder;
  readonly clock: Clock;
  /** Most credentials tracked within one minute (default 10,000). */
  readonly maxKeys?: number;
  /** How often finished minutes are written (default 15 s; 0: only on `flush`). */
  readonly flushEveryMs?: number;
  readonly onError?: (err: unknown) => void;
}

interface Pending {
  minute: number;
  /** Refusals after the first in this minute, not yet recorded. */
  more: number;
  refused: RefusedCredential;
  origin: RefusalOrigin;
}

const MINUTE = 60_000;

/**
 * Creates the refusal log.
 *
 * @param opts - recorder, clock, limits
 * @returns the log
 */
export function createRefusalLog(opts: RefusalLogOptions): RefusalLog {
  const maxKeys = opts.maxKeys ?? 10_000;
  const pending = new Map<string, Pending>();

  const eventOf = (p: Pending, attempts: number, at: Date): AuthEvent => ({
    id: newId(),
    kind: 'auth',
    time: at.toISOString(),
    requestId: p.origin.requestId,
    source: { ip: p.origin.ip, userAgent: p.origin.userAgent, deviceId: null, system: 'khien' },
    action: 'credential_refused',
    accountId: p.refused.accountId ?? null,
    username: p.refused.username ?? null,
    outcome: 'failure',
    reason: p.refused.reason,
    sessionId: p.refused.type === 'session' ? p.refused.id : null,
    unitId: p.refused.unitId ?? null,
    provinceCode: p.refused.provinceCode ?? null,
    credential: {
      type: p.refused.type,
      id: p.refused.id,
      attempts,
      accountStatus: p.refused.accountStatus ?? null,
      staffStatus: p.refused.staffStatus ?? null,
      agreementId: p.refused.agreementId ?? null,
    },
  });

  const keyOf = (r: RefusedCredential, origin: RefusalOrigin): string => `${r.type}\u0000${r.id ?? `ip:${origin.ip}`}\u0000${r.reason}`;

  const flush = async (all = false): Promise<void> => {
    const current = Math.floor(opts.clock.now().getTime() / MINUTE);
    const events: AuthEvent[] = [];
    for (const [key, p] of pending) {
      if (!all && p.minute >= current) continue;
      pending.delete(key);
      // The summary is dated at the end of its minute: that is when the count was complete.
      if (p.more > 0) events.push(eventOf(p, p.more, new Date(Math.min((p.minute + 1) * MINUTE - 1, opts.clock.now().getTime()))));
    }
    if (events.length > 0) await opts.recorder().recordMany(events);
  };

  const every = opts.flushEveryMs ?? 15_000;
  const timer = every > 0 ? setInterval(() => void flush().catch((err: unknown) => opts.onError?.(err)), every) : null;
  timer?.unref();

  return {
    async refuse(refused, origin) {
      const at = opts.clock.now();
      const minute = Math.floor(at.getTime() / MINUTE);
      let key = keyOf(refused, origin);
      let p = pending.get(key);
      if (p && p.minute !== minute) {
        // The credential's previous minute is over: write its count before starting the new one.
        pending.delete(key);
        if (p.more > 0) await opts.recorder().record(eventOf(p, p.more, new Date((p.minute + 1) * MINUTE - 1)));
        p = undefined;
      }
      if (!p && pending.size >= maxKeys) {
        // Too many distinct credentials in one minute (a forged-token flood): one bucket per reason.
        key = `overflow\u0000${refused.type}\u0000${refused.reason}`;
        refused = { type: refused.type, id: null, reason: refused.reason };
        p = pending.get(key);
      }
      if (p) {
        p.more++;
        return;
      }
      const fresh: Pending = { minute, more: 0, refused, origin };
      pending.set(key, fresh);
      await opts.recorder().record(eventOf(fresh, 1, at));
    },
    flush,
    async stop() {
      if (timer) clearInterval(timer);
      await flush(true);
    },
  };
}
