/** Who the security-programme pages are for (the server decides again on every call, scoped to their units). */
import type { Role } from '../../lib/session';

/** Roles that read the programme. */
export const GOVERN_READ: readonly Role[] = ['unit_head', 'security_officer', 'central_security_admin', 'auditor'];
/** Roles that keep records of the programme. */
export const GOVERN_WRITE: readonly Role[] = ['unit_head', 'security_officer', 'central_security_admin'];
