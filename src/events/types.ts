/**
 * The common language of Khiên: the event objects that the audit log records and the detectors read
 * (DESIGN.md invariant 6). Types only; no module logic lives here.
 *
 * Events never carry an insured person's identifying numbers in full: subjects are internal person ids,
 * and a searched identifier is kept only as its last digits (`lookup.tail`) so that enumeration can be seen.
 */
import type { Tx } from '../db/tx-context.ts';

/** Which kind of event this is. */
export type EventKind = 'access' | 'auth' | 'admin' | 'external';

/** Data categories of the registry (assignment vocabulary; Decree 356/2025 Art. 3–4). */
export type DataCategory =
  | 'identity'
  | 'contact'
  | 'address'
  | 'employment'
  | 'health_insurance'
  | 'benefits'
  | 'sensitive';

/** All data categories, in display order. */
export const DATA_CATEGORIES: readonly DataCategory[] = [
  'identity', 'contact', 'address', 'employment', 'health_insurance', 'benefits', 'sensitive',
];

/** Actions on personal data that the access decision knows. */
export type AccessAction = 'search' | 'view' | 'update' | 'export' | 'unmask';

/** Where a request came from. */
export interface EventSource {
  ip?: string | null;
  userAgent?: string | null;
  /** Registered device id when the device is known, else the presented device token's id if any. */
  deviceId?: string | null;
  /** Whether the device is registered and approved for this account. */
  deviceRegistered?: boolean | null;
  /** Name of the emitting system for ingested logs ("khien" for our own). */
  system?: string;
  /** Display name of that system (a business application), as the insured person is shown it. */
  systemName?: string | null;
}

/** Who acted. */
export interface EventActor {
  type: 'staff' | 'external' | 'citizen' | 'system';
  /** Staff account id, external API key id, or citizen subject id. */
  accountId: string | null;
  /** Unit of the staff account at the time of the event. */
  unitId?: string | null;
  /** 2-digit 2025 province code of that unit (central units: "00"). */
  provinceCode?: string | null;
  /** Roles held at the time (staff only). */
  roles?: readonly string[];
  /** Data-sharing agreement for external organisations. */
  agreementId?: string | null;
  sessionId?: string | null;
}

interface EventBase {
  /** Unique id (UUID). */
  id: string;
  kind: EventKind;
  /** ISO 8601 UTC time with milliseconds. */
  time: string;
  requestId?: string | null;
  source: EventSource;
}

/** What justified an allowed access. */
export interface AccessGrantRef {
  type: 'assignment' | 'break_glass' | 'agreement' | 'citizen_self' | 'export_request';
  id: string;
  version?: number;
}

/** One access decision (allow or deny) on personal data. */
export interface AccessEvent extends EventBase {
  kind: 'access';
  actor: EventActor;
  action: AccessAction;
  /** What was asked for. */
  resource: 'person' | 'participation' | 'household' | 'card' | 'search' | 'export';
  /** Internal ids of the insured persons touched (after the decision; empty on deny before lookup). */
  subjects: readonly string[];
  /** Data categories returned unmasked. */
  categories: readonly DataCategory[];
  /** Field names returned (masked or not), for the record. */
  fields: readonly string[];
  purpose: string | null;
  grant: AccessGrantRef | null;
  outcome: 'allow' | 'deny';
  /** Stable reason code of the decision, e.g. `ALLOW_ASSIGNMENT`, `DENY_NO_ASSIGNMENT`. */
  reason: string;
  /** How a search looked persons up, and the last digits of the key (enumeration detection). */
  lookup?: { by: 'personal_id' | 'social_insurance_no' | 'card_code' | 'name_dob'; tail?: string } | null;
  /** For inspections/investigations: hide from the citizen view until this date (ISO). */
  withheldUntil?: string | null;
  /** Free-text justification (break-glass, unmask) — never personal data. */
  justification?: string | null;
}

/** Sign-in and credential events. */
export interface AuthEvent extends EventBase {
  kind: 'auth';
  action:
    | 'signin'
    | 'signout'
    | 'totp'
    | 'password_change'
    | 'password_reset'
    | 'password_leaked'
    | 'session_revoked'
    | 'device_seen'
    | 'throttled'
    | 'account_blocked'
    | 'vpn_connect'
    | 'vpn_disconnect'
    | 'credential_refused'
    | 'sso_signin';
  accountId: string | null;
  /** The login name presented (staff number), kept for spraying detection; never a password. */
  username?: string | null;
  outcome: 'success' | 'failure';
  reason: string;
  sessionId?: string | null;
  mfa?: boolean | null;
  unitId?: string | null;
  provinceCode?: string | null;
  /** For `sso_signin`: the business application signed in to (its OIDC client id and business system name). */
  client?: { readonly clientId: string; readonly system: string; readonly systemName: string } | null;
  /**
   * For `credential_refused`: the credential (never its secret), the account's and holder's status when it was
   * refused, and how many refusals of it within one minute this event stands for (the first is recorded at
   * once with 1, the rest of that minute as one event when the minute ends).
   */
  credential?: {
    type: 'session' | 'api_key' | 'ingest_token';
    id: string | null;
    attempts: number;
    accountStatus?: string | null;
    staffStatus?: string | null;
    agreementId?: string | null;
  } | null;
}

/** An administrative act: who, what, target, before → after, reason. */
export interface AdminEvent extends EventBase {
  kind: 'admin';
  actor: EventActor;
  /** Dotted action name, e.g. `account.create`, `assignment.revoke`, `hr.transfer`. */
  action: string;
  target: { type: string; id: string };
  before?: unknown;
  after?: unknown;
  reason?: string | null;
  outcome: 'success' | 'failure';
}

/** A log line from another system that maps to no event above (kept for detectors and inspection). */
export interface ExternalEvent extends EventBase {
  kind: 'external';
  system: string;
  eventType: string;
  accountName?: string | null;
  outcome?: 'success' | 'failure' | null;
  message?: string | null;
  attributes?: Record<string, string>;
}

/** Any event. */
export type KhienEvent = AccessEvent | AuthEvent | AdminEvent | ExternalEvent;

/** Receipt of a durable audit append. */
export interface AuditReceipt {
  seq: number;
  hash: string;
}

/**
 * Records events: durably into the audit log, then hands them to the detectors.
 * `record` resolves only after the entry is committed; it rejects when the audit store
 * cannot take it, and callers must then refuse the read (fail closed).
 *
 * A change and its record share one transaction (STYLE.md rule 12): a caller inside `runInTransaction` passes
 * its `tx`, and the event is written through it (committed or rolled back with the change) and chained into the
 * log right after COMMIT; its receipt then carries no sequence yet.
 */
export interface EventRecorder {
  record(event: KhienEvent, tx?: Tx): Promise<AuditReceipt>;
  recordMany(events: readonly KhienEvent[], tx?: Tx): Promise<AuditReceipt[]>;
}
