/**
 * Shared pieces of the `/api/govern` route schemas: the error body, the security requirement, common types.
 */
import { Type, type TLiteral, type TUnion } from '@sinclair/typebox';

/** Error body. */
export const ErrorSchema = Type.Object({
  code: Type.String(),
  message: Type.Object({ vi: Type.String(), en: Type.String() }),
  requestId: Type.String(),
  details: Type.Optional(Type.Unknown()),
});

/** Error responses every govern route may give. */
export const ERRORS = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema } as const;

/** Every govern route needs a staff session. */
export const SECURITY = [{ session: [] as string[] }];

/** Tags of the module's routes. */
export const TAGS = ['govern'];

/** A union of string literals. */
export const lit = <T extends string>(values: readonly T[]): TUnion<Array<TLiteral<T>>> => Type.Union(values.map((v) => Type.Literal(v)));

/** Common field types. */
export const Uuid = Type.String({ format: 'uuid' });
/** A date-time. */
export const Time = Type.String({ format: 'date-time' });
/** A nullable date-time. */
export const NullableTime = Type.Union([Time, Type.Null()]);
/** A calendar date. */
export const Day = Type.String({ format: 'date' });
/** A nullable calendar date. */
export const NullableDay = Type.Union([Day, Type.Null()]);
/** A nullable string. */
export const NullableString = Type.Union([Type.String(), Type.Null()]);
/** `{ ok: true }`. */
export const Ok = Type.Object({ ok: Type.Literal(true) });
/** `:id` params. */
export const IdParams = Type.Object({ id: Uuid });
/** Coverage of one unit. */
export const UnitCoverageSchema = Type.Object({ unitId: Type.String(), total: Type.Integer(), covered: Type.Integer(), percent: Type.Number() });

/** Optional paging of a long list (no limit: the whole list; the console asks one row more to know if a next page exists). */
export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
};
