/**
 * Shapes the security-programme services share: who acts, what they are built from, and the ports to the
 * modules whose records they read or change (respond for drills, auth and access for recertifications). Govern
 * imports no other domain module (DESIGN.md: govern → org): what it reads of auth, access, respond and posture
 * comes through {@link GovernReads}, what it changes there through {@link GovernPorts}, both connected in `app/`.
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

/** A signing key bound to a staff account, as the reports need it (the keys are auth's). */
export interface GovernSigningKey {
  readonly id: string;
  readonly accountId: string;
  /** Raw 32-byte Ed25519 public key, base64. */
  readonly publicKey: string;
  /** SHA-256 of the raw key, hex. */
  readonly fingerprint: string;
}

/** Reads of signing keys (auth). */
export interface SigningKeyReads {
  /** The live (not revoked) key with this id of this account, or undefined. */
  liveKey(keyId: string, accountId: string): Promise<GovernSigningKey | undefined>;
  /** Any key by id (revoked ones too: a signature made before revocation still verifies). */
  keyById(keyId: string): Promise<GovernSigningKey | undefined>;
}

/** What recertification reviews, read from the modules that own it (auth, access). */
export interface ReviewableReads {
  /** The accounts of staff in units, with the owner's unit and staff number. */
  accountsOfStaffIn(unitIds: readonly string[]): Promise<ReadonlyArray<{ accountId: string; unitId: string; staffNo: string }>>;
  /** Active assignments of accounts still valid at `at`. */
  activeAssignments(accountIds: readonly string[], at: Date): Promise<ReadonlyArray<{ id: string; accountId: string; purpose: string; documentNo: string }>>;
  /** Active VPN accounts owned by accounts. */
  activeVpnAccounts(accountIds: readonly string[]): Promise<ReadonlyArray<{ id: string; ownerAccountId: string; vpnUsername: string }>>;
  /** Approved devices of accounts. */
  approvedDevices(accountIds: readonly string[]): Promise<ReadonlyArray<{ id: string; accountId: string; name: string }>>;
  /** Live role grants (not revoked, not expired at `at`) of accounts. */
  liveRoleGrants(accountIds: readonly string[], at: Date): Promise<ReadonlyArray<{ id: string; accountId: string; role: string; unitId: string }>>;
}

/** Reads of records other modules own, connected in `app/govern-reads.ts` to the owners' repos. */
export interface GovernReads {
  readonly signingKeys: SigningKeyReads;
  readonly reviewables: ReviewableReads;
  /** Roles of the live grants (not revoked, not expired at `at`) of staff, one row per staff and grant (auth). */
  liveRolesOfStaff(staffIds: readonly string[], at: Date): Promise<ReadonlyArray<{ staffId: string; role: string }>>;
  /** Incidents of units (respond's cases, drills' exercise cases left out): opened since `since`, open, breaches since `since`. */
  incidents(unitIds: readonly string[], since: Date): Promise<{ opened: number; open: number; breaches: number }>;
  /** The posture assets among `ids`, with their unit. */
  assetUnits(ids: readonly string[]): Promise<ReadonlyArray<{ id: string; unitId: string }>>;
}

/** What the govern services are built from. */
export interface GovernDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly recorder: EventRecorder;
  readonly ports: GovernPorts;
  /** Reads of other modules' records. */
  readonly reads: GovernReads;
}
