/**
 * Staff roles. Each is granted on a unit subtree and expires (DESIGN.md invariant 4).
 */

/** Every staff role. */
export const ROLES = [
  'staff',
  'unit_head',
  'security_officer',
  'central_security_admin',
  'auditor',
  'system_admin',
] as const;

/** A staff role. */
export type Role = (typeof ROLES)[number];

/** Roles whose holders can read personal data (TOTP and a registered device are mandatory for them). */
export const PERSONAL_DATA_ROLES: ReadonlySet<Role> = new Set<Role>(['staff', 'unit_head', 'security_officer', 'central_security_admin', 'auditor']);

/** Vietnamese and English names of each role (UI). */
export const ROLE_NAMES: Readonly<Record<Role, { vi: string; en: string }>> = {
  staff: { vi: 'Cán bộ nghiệp vụ', en: 'Staff' },
  unit_head: { vi: 'Lãnh đạo đơn vị', en: 'Unit head' },
  security_officer: { vi: 'Cán bộ chuyên trách ATTT', en: 'Security officer' },
  central_security_admin: { vi: 'Quản trị ATTT trung tâm', en: 'Central security admin' },
  auditor: { vi: 'Thanh tra', en: 'Auditor' },
  system_admin: { vi: 'Quản trị hệ thống', en: 'System admin' },
};
