/**
 * Shapes the security-programme services share: who acts, what they are built from, and the ports to the
 * modules whose records they read or change (respond for drills, auth and access for recertifications).
 */
import type { Database } from '../db/client.ts';
import type { Clock } from '../platform/clock.ts';
import type { EventRecorder } from '../events/types.ts';
import type { StaffActor } from '../actors/staff-actor.ts';
import type { TreeUnit } from '../org/unit-tree.ts';

/** Who performs a service call. */
export interface Acting {
  readonly actor: StaffActor;
  readonly requestId?: string | null;
  readonly ip?: string | null;
  readonly userAgent?: string | null;
}

/** A unit as the govern services see it. */
export interface GovernUnit extends TreeUnit {
  readonly kind: 'agency' | 'central' | 'province' | 'local';
  readonly name: string;
}

/** Opens an exercise case in the respond module for a drill. */
export type OpenExerciseCase = (acting: Acting, input: { title: string; description: string; unitId: string }) => Promise<{ id: string; reference: string }>;

/** A revocation carried out by the module that owns the record. */
export type RevokePort = (input: { targetId: string; reason: string; acting: Acting }) => Promise<void>;

/** Ports to other modules (connected in the wiring). */
export interface GovernPorts {
  openExerciseCase?: OpenExerciseCase;
  revokeVpnAccount?: RevokePort;
  revokeDevice?: RevokePort;
  revokeRoleGrant?: RevokePort;
  endAssignment?: RevokePort;
}

/** What the govern services are built from. */
export interface GovernDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly recorder: EventRecorder;
  readonly ports: GovernPorts;
  /** Loads every unit (cached by the scope helper for a minute). */
  readonly loadUnits: () => Promise<readonly GovernUnit[]>;
}
