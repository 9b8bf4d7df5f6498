/**
 * TypeBox schemas shared by the identity routes (requests and response allowlists).
 */
import { Type } from '@sinclair/typebox';
import { ROLES } from '../../actors/roles.ts';

/** The error body of every failure (see `http/error-handler.ts`). */
export const ErrorResponse = Type.Object({
  code: Type.String(),
  message: Type.Object({ vi: Type.String(), en: Type.String() }),
  requestId: Type.String(),
  details: Type.Optional(Type.Unknown()),
});

/** A role name. */
export const RoleSchema = Type.Union(ROLES.map((r) => Type.Literal(r)));

/** A unit id. */
export const UnitIdSchema = Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Z0-9-]+$' });

/** A UUID path parameter. */
export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

/** A free-text reason (never personal data). */
export const ReasonSchema = Type.String({ minLength: 3, maxLength: 500 });

/** The signed-in staff member. */
export const MeResponse = Type.Object({
  accountId: Type.String(),
  staffId: Type.String(),
  username: Type.String(),
  unitId: Type.String(),
  provinceCode: Type.Union([Type.String(), Type.Null()]),
  roles: Type.Array(Type.Object({ role: RoleSchema, unitId: Type.String(), validUntil: Type.String() })),
  sessionId: Type.String(),
  deviceId: Type.Union([Type.String(), Type.Null()]),
  deviceRegistered: Type.Boolean(),
  mfa: Type.Boolean(),
  mustChangePassword: Type.Boolean(),
  fullName: Type.String(),
  idleMinutes: Type.Integer({ description: 'Minutes of inactivity after which the session ends' }),
});

/** `{ ok: true }`. */
export const OkResponse = Type.Object({ ok: Type.Boolean() });

/** Session tokens returned to the client (the cookie carries the same session token; CSRF goes in the header). */
export const SignInResponse = Type.Object({
  accountId: Type.String(),
  csrfToken: Type.String(),
  mfa: Type.Boolean(),
  mustChangePassword: Type.Boolean(),
  totpEnrolmentRequired: Type.Boolean(),
});

/** Credentials. */
export const SignInBody = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 32 }),
    password: Type.String({ minLength: 1, maxLength: 256 }),
    totp: Type.Optional(Type.String({ pattern: '^[0-9]{6}$' })),
    recoveryCode: Type.Optional(Type.String({ minLength: 10, maxLength: 16 })),
  },
  { additionalProperties: false },
);

/** A session of the holder. */
export const SessionView = Type.Object({
  id: Type.String(),
  current: Type.Boolean(),
  live: Type.Boolean(),
  deviceId: Type.Union([Type.String(), Type.Null()]),
  mfa: Type.Boolean(),
  ip: Type.Union([Type.String(), Type.Null()]),
  userAgent: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  lastSeenAt: Type.String(),
  endedReason: Type.Union([Type.String(), Type.Null()]),
});

/** A device. */
export const DeviceView = Type.Object({
  id: Type.String(),
  accountId: Type.String(),
  name: Type.String(),
  status: Type.Union([Type.Literal('pending'), Type.Literal('approved'), Type.Literal('rejected'), Type.Literal('revoked')]),
  registeredBy: Type.Union([Type.String(), Type.Null()]),
  approvedBy: Type.Union([Type.String(), Type.Null()]),
  approvedAt: Type.Union([Type.String(), Type.Null()]),
  revokedAt: Type.Union([Type.String(), Type.Null()]),
  lastSeenAt: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  demo: Type.Boolean(),
});

/** A device waiting for approval, with whose it is (approvers never see bare account ids only). */
export const PendingDeviceView = Type.Composite([DeviceView, Type.Object({ ownerName: Type.String(), ownerStaffNo: Type.String() })]);

/** An account as administrators see it. */
export const AccountView = Type.Object({
  id: Type.String(),
  staffId: Type.String(),
  username: Type.String(),
  fullName: Type.String(),
  unitId: Type.String(),
  status: Type.String(),
  staffStatus: Type.String(),
  mustChangePassword: Type.Boolean(),
  totpEnrolled: Type.Boolean(),
  lastSignInAt: Type.Union([Type.String(), Type.Null()]),
});

/** A role grant. */
export const GrantView = Type.Object({
  id: Type.String(),
  accountId: Type.String(),
  role: RoleSchema,
  unitId: Type.String(),
  validFrom: Type.String(),
  validUntil: Type.String(),
  revokedAt: Type.Union([Type.String(), Type.Null()]),
  grantedBy: Type.Union([Type.String(), Type.Null()]),
});

/** A VPN account. */
export const VpnAccountView = Type.Object({
  id: Type.String(),
  vpnUsername: Type.String(),
  ownerAccountId: Type.String(),
  purpose: Type.String(),
  justification: Type.String(),
  approvedBy: Type.String(),
  validFrom: Type.String(),
  validUntil: Type.String(),
  otpRequired: Type.Boolean(),
  status: Type.Union([Type.Literal('active'), Type.Literal('disabled'), Type.Literal('expired')]),
  disabledReason: Type.Union([Type.String(), Type.Null()]),
  lastUsedAt: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
});

/** Reason body. */
export const ReasonBody = Type.Object({ reason: ReasonSchema }, { additionalProperties: false });

/** Standard error responses of a signed-in route. */
export const AUTHED_ERRORS = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 503: ErrorResponse } as const;
