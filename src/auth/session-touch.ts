/**
 * Moving a session's idle expiry forward ("touch") at most once per {@link TOUCH_EVERY_MS} per session in this
 * process.
 *
 * The session lookup reads `last_seen_at` on every request; a session seen more than 30 s ago is due a touch.
 * Without a gate, every request of a busy session that arrives while the first touch is still being written sees
 * the old `last_seen_at` too and sends its own UPDATE of the same row: those UPDATEs queue on the row lock, one
 * commit after another, each holding a pooled connection, and every other request waits for the pool (the
 * read-path benchmark's 64 connections on one session: a stall every 30 s). The gate lets one request write and
 * the others, which see the same stale value, go on without writing.
 *
 * Nothing the session resolver checks depends on this: revocation, suspension, device status and grant expiry
 * are read from the database on every request, and the idle expiry it compares against is the stored one. A
 * skipped touch only means the stored `last_seen_at` may lag by the one write in flight.
 */

/** Write the idle expiry forward at most this often per session (ms), to keep reads cheap. */
export const TOUCH_EVERY_MS = 30_000;

/** Above this many remembered sessions the gate forgets everything (bounded memory; the cost is a few touches). */
const MAX_REMEMBERED = 100_000;

/** A gate over a session's touch writes. */
export interface SessionTouchGate {
  /**
   * Touches the session when it is due and no touch of it was started here in the last {@link TOUCH_EVERY_MS}.
   *
   * @param sessionId - the session
   * @param lastSeenAt - its `last_seen_at` as the request read it
   * @param at - now
   * @returns after the write when this call made one (its error propagates; the session stays due), else at once
   */
  touchIfDue(sessionId: string, lastSeenAt: Date, at: Date): Promise<void>;
  /** Sessions remembered (for tests: the memory stays bounded). */
  readonly remembered: () => number;
}

/**
 * Creates a gate.
 *
 * @param write - writes the touch (`last_seen_at` = at, idle expiry moved forward)
 * @returns the gate
 */
export function createSessionTouchGate(write: (sessionId: string, at: Date) => Promise<void>): SessionTouchGate {
  /** Session id → when this process started its last touch (ms). */
  const started = new Map<string, number>();
  let nextSweepMs = 0;
  const sweep = (nowMs: number): void => {
    if (started.size >= MAX_REMEMBERED) started.clear();
    else for (const [id, t] of started) if (nowMs - t >= TOUCH_EVERY_MS || t > nowMs) started.delete(id);
    nextSweepMs = nowMs + TOUCH_EVERY_MS;
  };
  return {
    touchIfDue(sessionId, lastSeenAt, at) {
      const nowMs = at.getTime();
      if (nowMs - lastSeenAt.getTime() < TOUCH_EVERY_MS) return Promise.resolve();
      const last = started.get(sessionId);
      // A touch started here less than the interval ago (in flight or written; a clock moved back does not count).
      if (last !== undefined && nowMs >= last && nowMs - last < TOUCH_EVERY_MS) return Promise.resolve();
      if (nowMs >= nextSweepMs || started.size >= MAX_REMEMBERED) sweep(nowMs);
      started.set(sessionId, nowMs);
      return write(sessionId, at).catch((err: unknown) => {
        // Not written: the next request of this session tries again.
        if (started.get(sessionId) === nowMs) started.delete(sessionId);
        throw err;
      });
    },
    remembered: () => started.size,
  };
}
