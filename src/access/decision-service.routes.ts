/**
 * `POST /api/decisions` and `POST /api/decisions/batch`: the decision service for registered business systems
 * (`Authorization: Bearer khs_…`, one credential per system, see `business-systems.ts`). The credential is
 * checked before the body is validated, so an unauthenticated caller learns nothing; every refusal
 * (bad credential, unknown or ended staff session, batch over the limit) changes nothing.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AccessContext } from './access-context.ts';
import { AccessErrors } from './access.errors.ts';
import { verifySystemCredential, type VerifiedSystem } from './business-systems.ts';
import type { DecisionService } from './decision-service.ts';
import { DecisionBatchBody, DecisionBatchResponse, DecisionBody, SubjectDecisionSchema } from './decision-service.schemas.ts';
import { ERROR_RESPONSES } from './registry-api.schemas.ts';

/** Options of the plugin. */
export interface DecisionServiceRoutesOptions {
  readonly ctx: AccessContext;
  readonly service: DecisionService;
}

/**
 * Registers the decision routes.
 *
 * @param app - the encapsulated instance
 * @param opts - context and service
 */
export const decisionServiceRoutes: FastifyPluginAsyncTypebox<DecisionServiceRoutesOptions> = async (app, opts) => {
  // The verified system per request, alive only between preValidation and the handler.
  const systems = new Map<string, VerifiedSystem>();
  const authenticate = async (request: { id: string; headers: Record<string, string | string[] | undefined> }): Promise<void> => {
    const header = request.headers.authorization;
    const m = typeof header === 'string' ? /^Bearer (\S+)$/.exec(header) : null;
    if (!m) throw new AccessErrors.SYSTEM_CREDENTIAL_INVALID();
    systems.set(request.id, await verifySystemCredential(opts.ctx, m[1]!));
  };
  const systemOf = (id: string): VerifiedSystem => {
    const s = systems.get(id);
    systems.delete(id);
    if (!s) throw new AccessErrors.SYSTEM_CREDENTIAL_INVALID();
    return s;
  };
  app.addHook('onResponse', async (request) => {
    systems.delete(request.id);
  });
  const tags = ['decisions'];
  const security = [{ systemCredential: [] }];

  app.post('/', {
    schema: {
      tags, security,
      summary: 'Quyết định truy cập một đối tượng / Decide one access for a business system',
      body: DecisionBody,
      response: { 200: SubjectDecisionSchema, ...ERROR_RESPONSES },
    },
    preValidation: authenticate,
  }, async (request) => {
    const { subject, ...rest } = request.body;
    const [answer] = await opts.service.decide({ system: systemOf(request.id), requestId: request.id }, { ...rest, subjects: [subject] });
    return answer!;
  });

  app.post('/batch', {
    schema: {
      tags, security,
      summary: 'Quyết định truy cập theo lô (tối đa 500) / Decide a batch of up to 500 subjects',
      body: DecisionBatchBody,
      response: { 200: DecisionBatchResponse, ...ERROR_RESPONSES },
    },
    preValidation: authenticate,
  }, async (request) => ({
    decisions: await opts.service.decide({ system: systemOf(request.id), requestId: request.id }, request.body),
  }));
};
