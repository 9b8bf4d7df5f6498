/**
 * Extracts the indexed query columns of an audit entry from its event. The body remains the record; these
 * columns only make the queries of security officers, auditors and the citizen view cheap.
 */
import type { KhienEvent } from '../events/types.ts';

/** The extracted, indexed columns of one entry. */
export interface EntryFields {
  readonly accountId: string | null;
  readonly subjectIds: readonly string[];
  readonly unitId: string | null;
  readonly purpose: string | null;
  readonly action: string | null;
  readonly outcome: string | null;
  readonly requestId: string | null;
  readonly withheldUntil: string | null;
}

/**
 * Extracts the query columns of an event.
 *
 * @param event - any Khiên event
 * @returns the columns
 */
export function extractEntryFields(event: KhienEvent): EntryFields {
  const requestId = event.requestId ?? null;
  switch (event.kind) {
    case 'access':
      return {
        accountId: event.actor.accountId,
        subjectIds: event.subjects,
        unitId: event.actor.unitId ?? null,
        purpose: event.purpose,
        action: event.action,
        outcome: event.outcome,
        requestId,
        withheldUntil: event.withheldUntil ?? null,
      };
    case 'auth':
      return {
        accountId: event.accountId,
        subjectIds: [],
        unitId: event.unitId ?? null,
        purpose: null,
        action: event.action,
        outcome: event.outcome,
        requestId,
        withheldUntil: null,
      };
    case 'admin':
      return {
        accountId: event.actor.accountId,
        subjectIds: event.target.type === 'person' ? [event.target.id] : [],
        unitId: event.actor.unitId ?? null,
        purpose: null,
        action: event.action,
        outcome: event.outcome,
        requestId,
        withheldUntil: null,
      };
    case 'external':
      return {
        accountId: null,
        subjectIds: [],
        unitId: null,
        purpose: null,
        action: event.eventType,
        outcome: event.outcome ?? null,
        requestId,
        withheldUntil: null,
      };
    default: {
      const never: never = event;
      throw new Error(`unknown event kind ${String((never as { kind?: unknown }).kind)}`);
    }
  }
}
