/**
 * Identity tables: accounts (one per staff record), dated role grants on unit subtrees, and server-side sessions.
 */
import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { ROLES } from '../actors/roles.ts';

/** Staff accounts. */
export const accounts = pgTable(
  'auth_accounts',
  {
    id: uuid('id').primaryKey(),
    staffId: uuid('staff_id').notNull().unique(),
    /** Login name: the staff number. */
    username: text('username').notNull().unique(),
    passwordHash: text('password_hash'),
    mustChangePassword: boolean('must_change_password').notNull().default(true),
    /** Set when the current password was found in an imported leak list at sign-in. */
    passwordLeakedAt: timestamp('password_leaked_at', { withTimezone: true }),
    status: text('status', { enum: ['active', 'disabled', 'suspended'] }).notNull().default('active'),
    statusReason: text('status_reason'),
    /** TOTP secret (base32), present once enrolment started; confirmed when `totpConfirmedAt` is set. */
    totpSecret: text('totp_secret'),
    totpConfirmedAt: timestamp('totp_confirmed_at', { withTimezone: true }),
    /** Last accepted TOTP time step (replay protection). */
    totpLastStep: integer('totp_last_step'),
    /** Secret of an enrolment in progress; replaces `totpSecret` only when confirmed by a first code. */
    totpPendingSecret: text('totp_pending_secret'),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('auth_accounts_status_idx').on(t.status)],
);

/** Role grants: role × unit subtree × validity. */
export const roleGrants = pgTable(
  'auth_role_grants',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    /** Root of the unit subtree the role applies to. */
    unitId: text('unit_id').notNull(),
    validFrom: timestamp('valid_from', { withTimezone: true }).notNull(),
    validUntil: timestamp('valid_until', { withTimezone: true }).notNull(),
    grantedBy: uuid('granted_by'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('auth_role_grants_account_idx').on(t.accountId)],
);

/** Server-side sessions; the cookie holds a random token whose SHA-256 is `token_hash`. */
export const sessions = pgTable(
  'auth_sessions',
  {
    id: uuid('id').primaryKey(),
    tokenHash: text('token_hash').notNull().unique(),
    accountId: uuid('account_id').notNull(),
    deviceId: uuid('device_id'),
    mfa: boolean('mfa').notNull().default(false),
    csrfToken: text('csrf_token').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    idleExpiresAt: timestamp('idle_expires_at', { withTimezone: true }).notNull(),
    absoluteExpiresAt: timestamp('absolute_expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokeReason: text('revoke_reason'),
  },
  (t) => [
    index('auth_sessions_account_idx').on(t.accountId),
    index('auth_sessions_live_idx').on(t.accountId).where(sql`${t.revokedAt} is null`),
  ],
);

/**
 * Registered devices. The browser holds a long-lived signed cookie `<id>.<secret>`; only the secret's SHA-256
 * is stored. A device is usable for sign-in only once approved by a unit head or security officer over the
 * account's unit, and until it is revoked.
 */
export const devices = pgTable(
  'auth_devices',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id').notNull(),
    name: text('name').notNull(),
    secretHash: text('secret_hash').notNull(),
    status: text('status', { enum: ['pending', 'approved', 'rejected', 'revoked'] }).notNull().default('pending'),
    /** Account that asked for the registration (the owner, or an admin on the owner's behalf). */
    registeredBy: uuid('registered_by'),
    approvedBy: uuid('approved_by'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokeReason: text('revoke_reason'),
    userAgent: text('user_agent'),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }),
    /** True for the demo bootstrap device (demo mode only). */
    demo: boolean('demo').notNull().default(false),
    /** SHA-256 of a one-time claim token (demo bootstrap link); cleared once claimed. */
    claimTokenHash: text('claim_token_hash'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('auth_devices_account_idx').on(t.accountId), index('auth_devices_status_idx').on(t.status)],
);

/** One-time TOTP recovery codes, stored as SHA-256 of the code. */
export const recoveryCodes = pgTable(
  'auth_recovery_codes',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id').notNull(),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('auth_recovery_codes_account_idx').on(t.accountId)],
);

/** Imported leaked-password hashes (upper-case hex SHA-1, as in the "SHA1-HASH:count" lists). */
export const leakedPasswords = pgTable('auth_leaked_passwords', {
  sha1: text('sha1').primaryKey(),
  count: integer('count').notNull().default(0),
  importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Leaked-password corpus imports started from the console, newest first: kept so that a restart loses neither a
 * finished import's result nor the fact that one was cut short (a running row whose heartbeat stopped).
 */
export const leakedImports = pgTable(
  'auth_leaked_imports',
  {
    id: uuid('id').primaryKey(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    startedBy: uuid('started_by'),
    status: text('status', { enum: ['running', 'done', 'failed'] }).notNull(),
    bytesRead: integer('bytes_read').notNull().default(0),
    totalBytes: integer('total_bytes').notNull(),
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    lines: integer('lines'),
    imported: integer('imported'),
    rejected: integer('rejected'),
    rejectedLines: integer('rejected_lines').array().notNull().default(sql`'{}'::integer[]`),
  },
  (t) => [index('auth_leaked_imports_started_idx').on(t.startedAt)],
);

/**
 * Sign-in throttling counters, keyed by scope (`acct-src:<account>:<source>`, `acct:<account>`, `src:<source>`).
 * Kept in the database so that every process of a deployment sees the same counts.
 */
export const throttleCounters = pgTable('auth_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull(),
  blockedUntil: timestamp('blocked_until', { withTimezone: true }),
});

/** VPN accounts: first-class records with owner, justification, approver, validity and OTP. */
export const vpnAccounts = pgTable(
  'auth_vpn_accounts',
  {
    id: uuid('id').primaryKey(),
    /** Login name on the VPN concentrator. */
    vpnUsername: text('vpn_username').notNull().unique(),
    ownerAccountId: uuid('owner_account_id').notNull(),
    purpose: text('purpose').notNull(),
    justification: text('justification').notNull(),
    approvedBy: uuid('approved_by').notNull(),
    validFrom: timestamp('valid_from', { withTimezone: true }).notNull(),
    validUntil: timestamp('valid_until', { withTimezone: true }).notNull(),
    otpRequired: boolean('otp_required').notNull().default(true),
    status: text('status', { enum: ['active', 'disabled', 'expired'] }).notNull().default('active'),
    disabledReason: text('disabled_reason'),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('auth_vpn_owner_idx').on(t.ownerAccountId), index('auth_vpn_status_idx').on(t.status)],
);

/**
 * Signing keys of staff accounts (Ed25519 public keys; the private key never leaves the signer), used by every
 * signed report (posture's monthly report, govern's programme reports) through `auth/signing/`. The table keeps
 * the name it was created with in the posture module.
 */
export const signingKeys = pgTable(
  'posture_signing_keys',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id').notNull(),
    /** Raw 32-byte public key, base64. */
    publicKey: text('public_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('posture_signing_keys_account_idx').on(t.accountId)],
);
