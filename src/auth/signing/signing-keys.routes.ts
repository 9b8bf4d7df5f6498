/**
 * `/api/auth/signing-keys`: the signed-in staff member's own Ed25519 public keys (register, list, revoke), and
 * the older `POST /api/posture/signing-keys` that runs the same registration.
 * Documents are signed on the holder's device; see signing-keys.ts.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { AuthContext } from '../auth-context.ts';
import { AuthErrors } from '../auth.errors.ts';
import { buildAdminEvent, recordEventsInTx } from '../auth-events.ts';
import { runInTransaction } from '../../db/tx-context.ts';
import { requireStaff } from '../../actors/guards.ts';
import { originOf } from '../routes/http-support.ts';
import { ErrorResponse } from '../routes/schemas.ts';
import { decodePublicKey } from '../../platform/ed25519.ts';
import { insertSigningKey, listSigningKeys, revokeSigningKey, type SigningKeyView } from './signing-keys.ts';

/** A signing key as the routes present it. */
export const SigningKeySchema = Type.Object({ id: Type.String({ format: 'uuid' }), accountId: Type.String(), publicKey: Type.String(), fingerprint: Type.String(), createdAt: Type.String(), revokedAt: Type.Union([Type.String(), Type.Null()]) });
/** Error responses of the signing-key routes. */
export const SIGNING_KEY_ERRORS = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };
const ERR = SIGNING_KEY_ERRORS;
/** Body of a key registration. */
export const RegisterSigningKeyBody = Type.Object({ publicKey: Type.String({ minLength: 42, maxLength: 64, description: 'Raw 32-byte Ed25519 public key, base64' }) }, { additionalProperties: false });

/**
 * Registers the caller's Ed25519 public key: the one code every key-registration route runs
 * (`POST /api/auth/signing-keys`, and posture's older `POST /api/posture/signing-keys`). The key is stored and
 * the act recorded as `auth.signing_key.register` in one transaction.
 *
 * @param ctx - module dependencies
 * @param request - the request (its staff actor and origin)
 * @param publicKey - raw 32-byte key, base64
 * @returns the key
 * @throws KHIEN_AUTH_BAD_SIGNING_KEY
 */
export async function registerSigningKey(ctx: AuthContext, request: FastifyRequest, publicKey: string): Promise<SigningKeyView> {
  const actor = requireStaff(request);
  const raw = decodePublicKey(publicKey);
  if (!raw) throw new AuthErrors.BAD_SIGNING_KEY();
  const now = ctx.clock.now();
  return runInTransaction(ctx.db, async (t) => {
    const k = await insertSigningKey(t, actor.accountId, raw, now);
    await recordEventsInTx(t, ctx.recorder(), buildAdminEvent(now, originOf(request), actor, { action: 'auth.signing_key.register', target: { type: 'signing_key', id: k.id }, after: { fingerprint: k.fingerprint } }));
    return k;
  });
}

/**
 * The signing-key routes.
 *
 * @param app - the encapsulated instance
 * @param opts - module dependencies
 */
export const signingKeyRoutes: FastifyPluginAsyncTypebox<{ ctx: AuthContext }> = async (app, opts) => {
  const { ctx } = opts;
  const base = { tags: ['auth'], security: [{ session: [] }] };

  app.get('/signing-keys', {
    schema: { ...base, operationId: 'authListSigningKeys', summary: 'My signing keys / Khóa ký số của tôi', response: { 200: Type.Array(SigningKeySchema), ...ERR } },
  }, async (request) => listSigningKeys(ctx.db, requireStaff(request).accountId));

  app.post('/signing-keys', {
    schema: {
      ...base,
      operationId: 'authRegisterSigningKey',
      summary: 'Register my Ed25519 public key / Đăng ký khóa công khai Ed25519',
      body: RegisterSigningKeyBody,
      response: { 201: SigningKeySchema, ...ERR },
    },
  }, async (request, reply) => reply.status(201).send(await registerSigningKey(ctx, request, request.body.publicKey)));

  app.delete('/signing-keys/:id', {
    schema: { ...base, operationId: 'authRevokeSigningKey', summary: 'Revoke my signing key / Thu hồi khóa ký số', params: Type.Object({ id: Type.String({ format: 'uuid' }) }), response: { 200: Type.Object({ ok: Type.Literal(true) }), ...ERR } },
  }, async (request) => {
    const actor = requireStaff(request);
    const now = ctx.clock.now();
    await runInTransaction(ctx.db, async (t) => {
      if (!(await revokeSigningKey(t, request.params.id, actor.accountId, now))) throw new AuthErrors.SIGNING_KEY_NOT_FOUND();
      await recordEventsInTx(t, ctx.recorder(), buildAdminEvent(now, originOf(request), actor, { action: 'auth.signing_key.revoke', target: { type: 'signing_key', id: request.params.id } }));
    });
    return { ok: true as const };
  });
};

/**
 * `POST /api/posture/signing-keys`, kept for clients that registered keys there before keys moved to auth: the
 * same handler as `POST /api/auth/signing-keys` (one table, one audit action `auth.signing_key.register`),
 * documented under the posture tag as before. The console registers at the auth route. Auth's code, registered
 * under the `/api/posture` prefix by the composition root (`app/wire-posture.ts`), so that posture itself
 * imports nothing of auth.
 *
 * @param app - the encapsulated instance
 * @param opts - module dependencies
 */
export const postureSigningKeyRoute: FastifyPluginAsyncTypebox<{ ctx: AuthContext }> = async (app, opts) => {
  app.post(
    '/signing-keys',
    {
      schema: {
        operationId: 'postureRegisterSigningKey',
        tags: ['posture'],
        security: [{ session: [] }],
        deprecated: true,
        summary: 'Đăng ký khoá ký Ed25519 (như POST /api/auth/signing-keys) / Register an Ed25519 key (same as POST /api/auth/signing-keys)',
        body: RegisterSigningKeyBody,
        response: { 201: SigningKeySchema, ...SIGNING_KEY_ERRORS },
      },
    },
    async (request, reply) => reply.status(201).send(await registerSigningKey(opts.ctx, request, request.body.publicKey)),
  );
};
