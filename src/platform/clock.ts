/**
 * Time source, injectable so that expiry, breach clocks and detectors can be tested with controlled time.
 */

/** A clock. */
export interface Clock {
  now(): Date;
}

/** The system clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock tests can move. */
export interface ManualClock extends Clock {
  set(at: Date | string): void;
  advance(ms: number): void;
}

/**
 * Creates a controllable clock.
 *
 * @param start - initial time
 * @returns the clock
 */
export function createManualClock(start: Date | string = '2026-03-02T02:00:00.000Z'): ManualClock {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    set: (at) => {
      t = new Date(at).getTime();
    },
    advance: (ms) => {
      t += ms;
    },
  };
}
