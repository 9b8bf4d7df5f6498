/**
 * The decide → load → mask → record sequence of the registry accessor, written once (STYLE.md rule 23;
 * DESIGN.md invariants 1 and 2). Every personal-data operation of the accessor is an {@link GuardedOperation}:
 * it says how to decide and how to load and mask on allow; this function does the rest, in the one order that
 * keeps the guarantees:
 *
 * 1. `decide` (loading only the facts the decision needs);
 * 2. on deny: the denial is recorded (awaited, fail closed) and the operation's refusal is thrown; nothing is
 *    loaded;
 * 3. on allow: `answer` loads and masks (or, for a write, `write` changes the data inside a transaction); it may
 *    still refuse (e.g. a volume cap), and that refusal is recorded like any denial;
 * 4. the access event is recorded and awaited before the answer is returned (for a write, in the same
 *    transaction as the change, so a refused record rolls the change back).
 *
 * An error thrown by `answer` or `write` itself (a validation error, a record that vanished) propagates
 * unrecorded, as before the sequence was shared.
 */
import type { Database } from '../db/client.ts';
import type { EventRecorder, KhienEvent } from '../events/types.ts';
import type { Clock } from '../platform/clock.ts';
import { AccessErrors } from './access.errors.ts';
import { buildAccessEvent, recordOrRefuse, type AccessCaller, type AccessEventDetails } from './access-events.ts';
import type { AllowDecision, Decision } from './decision-types.ts';
import { runInTransaction } from '../db/tx-context.ts';

/** What the sequence needs from the access context. */
export interface GuardDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly recorder: () => EventRecorder;
}

/** A refusal: recorded as a denial event, then `error` is thrown. */
export interface Denial {
  /** The decision that denied, or null when there was nothing to decide on (no such person, a cap). */
  readonly decision: Decision | null;
  /** Subjects the denial names in the log. */
  readonly subjects: readonly string[];
  /** Reason to log instead of the decision's. */
  readonly reason?: string;
  /** What the caller gets (a denial looks like not-found unless the purpose itself is unknown). */
  readonly error: Error;
}

/** The outcome of the decision step: an allow with whatever was loaded alongside the facts, or a denial. */
export type Gate<P> = { readonly allow: AllowDecision; readonly pre: P } | { readonly deny: Denial };

/** What an allowed operation answers, and what its access event lists. */
export interface Answer<T> {
  readonly body: T;
  readonly subjects: readonly string[];
  readonly fields: readonly string[];
}

/** What an allowed write answers, with further events recorded in its transaction (e.g. the admin change). */
export interface WriteAnswer<T> extends Answer<T> {
  readonly also: readonly KhienEvent[];
}

/** The parts every operation shares. */
interface OperationBase<P> {
  readonly caller: AccessCaller;
  /** The event details common to the allow and the deny event. */
  readonly details: Omit<AccessEventDetails, 'subjects' | 'fields' | 'reason'>;
  /** Decides (step 1). */
  decide(): Promise<Gate<P>> | Gate<P>;
}

/** A read: loads and masks outside any transaction. */
export interface GuardedRead<P, T> extends OperationBase<P> {
  /** Loads and masks on allow (step 3), or refuses. */
  answer(allow: AllowDecision, pre: P): Promise<Answer<T> | { readonly deny: Denial }> | Answer<T>;
}

/** A write: changes the data in a transaction that also holds its access record. */
export interface GuardedWrite<P, T> extends OperationBase<P> {
  /** Changes and masks on allow (step 3), through `tx`; `at` is the time of the change and its events. */
  write(tx: Database, allow: AllowDecision, pre: P, at: Date): Promise<WriteAnswer<T>>;
}

/** Any operation of the accessor. */
export type GuardedOperation<P, T> = GuardedRead<P, T> | GuardedWrite<P, T>;

/**
 * The usual refusal of a denial: unknown purposes are a client error, everything else answers `otherwise`.
 *
 * @param decision - the denying decision (null when there was nothing to decide on)
 * @param otherwise - the error for every other reason (not-found for records, search-denied for searches)
 * @returns the error to throw
 */
export function refusalOf(decision: Decision | null, otherwise: () => Error): Error {
  return decision?.reason === 'DENY_UNKNOWN_PURPOSE' ? new AccessErrors.UNKNOWN_PURPOSE() : otherwise();
}

/**
 * Runs one operation through the guarded sequence.
 *
 * @param deps - database, clock and recorder
 * @param op - the operation
 * @returns the masked answer, after its access event is durably recorded
 * @throws the denial's error after recording it; AccessErrors.AUDIT_UNAVAILABLE when the record is refused
 */
export async function runGuarded<P, T>(deps: GuardDeps, op: GuardedOperation<P, T>): Promise<T> {
  const { caller, details } = op;
  const refuse = async (denial: Denial): Promise<never> => {
    const event = buildAccessEvent(
      caller,
      denial.decision,
      { ...details, subjects: denial.subjects, fields: [], ...(denial.reason ? { reason: denial.reason } : {}) },
      deps.clock.now(),
    );
    await recordOrRefuse(deps.recorder(), event);
    throw denial.error;
  };
  const gate = await op.decide();
  if ('deny' in gate) return refuse(gate.deny);
  const { allow, pre } = gate;
  if ('write' in op) {
    // The change and its record in one transaction: if the recorder refuses, the change is rolled back.
    return runInTransaction(deps.db, async (tx) => {
      const at = deps.clock.now();
      const done = await op.write(tx, allow, pre, at);
      await recordOrRefuse(deps.recorder(), [
        buildAccessEvent(caller, allow, { ...details, subjects: done.subjects, fields: done.fields }, at),
        ...done.also,
      ], tx);
      return done.body;
    });
  }
  const answered = await op.answer(allow, pre);
  if ('deny' in answered) return refuse(answered.deny);
  await recordOrRefuse(
    deps.recorder(),
    buildAccessEvent(caller, allow, { ...details, subjects: answered.subjects, fields: answered.fields }, deps.clock.now()),
  );
  return answered.body;
}
