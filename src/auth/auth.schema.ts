/**
 * Identity tables: accounts (one per staff record), dated role grants on unit subtrees, and server-side sessions.
 */
import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { ROLES } from './roles.ts';

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
