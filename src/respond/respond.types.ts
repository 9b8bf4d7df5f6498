/**
 * Shapes the incident-response module exchanges with others: the alert it accepts from the detector, the
 * containment ports other modules implement, the notifier, and the dependencies of its services.
 */
import type { Database } from '../db/client.ts';
import type { Clock } from '../platform/clock.ts';
import type { EventRecorder, EventActor } from '../events/types.ts';
import type { StaffActor } from '../actors/staff-actor.ts';
import type { UnitTree } from '../org/unit-tree.ts';
import type { CASE_SEVERITIES } from './respond.schema.ts';

/** Severity of a case or alert. */
export type Severity = (typeof CASE_SEVERITIES)[number];

/**
 * The alert shape `respond` accepts (a subset of the detector's alert; the detector maps its own type to it).
 * Evidence is referenced by event id, never copied.
 */
export interface AlertInput {
  readonly id: string;
  readonly ruleId: string;
  /** Rule name for the case title (Vietnamese and English), optional. */
  readonly ruleName?: { readonly vi: string; readonly en: string } | null;
  readonly severity: Severity;
  /** Staff account the alert is about, if any. */
  readonly accountId: string | null;
  /** Unit of that account (decides who handles the case); falls back to the central unit. */
  readonly unitId: string | null;
  readonly evidenceEventIds: readonly string[];
  /** When the alert was raised (ISO 8601 or Date): the detection time. */
  readonly time: string | Date;
  /** Network address and device seen in the evidence, if any (become observables). */
  readonly ip?: string | null;
  readonly deviceId?: string | null;
  /** MITRE ATT&CK technique of the rule, e.g. `T1078`. */
  readonly technique?: string | null;
}

/** What a containment port receives. */
export interface ContainmentRequest {
  /** The thing acted on: account id, device id, assignment id or address. */
  readonly targetId: string;
  readonly reason: string;
  readonly caseId: string;
  /** Who asked, as it will appear in the other module's admin event. */
  readonly actor: EventActor;
  readonly requestId: string | null;
}

/**
 * Containment actions implemented by other modules (auth: accounts and devices; access: assignments).
 * Each resolves when the action is done and rejects (any error) when it could not be done.
 * `blockAddress` has a built-in implementation in this module (`respond_blocked_addresses`).
 */
export interface ContainmentPorts {
  suspendAccount(req: ContainmentRequest): Promise<void>;
  revokeDevice(req: ContainmentRequest): Promise<void>;
  endAssignment(req: ContainmentRequest): Promise<void>;
  blockAddress(req: ContainmentRequest): Promise<void>;
}

/** A containment action name. */
export type ContainmentAction = 'suspend_account' | 'revoke_device' | 'end_assignment' | 'block_address';

/** Every containment action. */
export const CONTAINMENT_ACTIONS: readonly ContainmentAction[] = [
  'suspend_account',
  'revoke_device',
  'end_assignment',
  'block_address',
];

/** Who performs a service call: a staff member, or the system (detector, sweep, citizen report). */
export interface Acting {
  /** The staff member; null for the system. */
  readonly actor: StaffActor | null;
  readonly requestId?: string | null;
  readonly ip?: string | null;
  readonly userAgent?: string | null;
  /** Name of the system component when `actor` is null (e.g. `detect`, `breach-sweep`, `citizen`). */
  readonly system?: string;
}

/** What the respond services are built from. */
export interface RespondDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly recorder: EventRecorder;
  /** Containment ports; missing ones answer `KHIEN_RESPOND_CONTAINMENT_UNAVAILABLE`. */
  readonly ports: Partial<ContainmentPorts>;
  /** Unit whose security officers form the central security team (the IT Centre). */
  readonly centralUnitId: string;
}

/** Returns the current unit tree (the app's one cache, `org/unit-tree-cache.ts`). */
export type TreeSource = () => Promise<UnitTree>;
