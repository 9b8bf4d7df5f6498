/**
 * The signed-in staff member as every module sees it, resolved once per request (STYLE.md rule 7).
 */
import type { Role } from './roles.ts';

/** One active role grant of the actor. */
export interface ActiveRole {
  readonly role: Role;
  /** Root of the unit subtree the role covers. */
  readonly unitId: string;
  readonly validUntil: string;
}

/** A staff member with a live session. */
export interface StaffActor {
  readonly type: 'staff';
  readonly accountId: string;
  readonly staffId: string;
  readonly username: string;
  readonly unitId: string;
  /** 2025 province code of the actor's unit (null for central units). */
  readonly provinceCode: string | null;
  readonly roles: readonly ActiveRole[];
  readonly sessionId: string;
  readonly deviceId: string | null;
  readonly deviceRegistered: boolean;
  /** Whether the session passed TOTP. */
  readonly mfa: boolean;
  /** True while the account must change its password before doing anything else. */
  readonly mustChangePassword: boolean;
}
