/**
 * TypeBox schemas shared by the identity routes (requests and response allowlists).
 */
import { Type } from '@sinclair/typebox';
import { ROLES } from '../roles.ts';

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
});

/** `{ ok: true }`. */
export const OkResponse = Type.Object({ ok: Type.Boolean() });
