/**
 * Routes of the detection rule settings (issue 13, item 5): `GET /api/detect/rule-settings` (security
 * officers and the central team) and `PUT /api/detect/rule-settings/{id}` (central security admin), recorded.
 */
import { ActorErrors } from '../actors/actor-errors.ts';
import { liveGrants } from '../actors/live-grants.ts';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import { changeRuleSettings, listRuleSettings, type RuleSettingsDeps } from './rule-settings.ts';

const ErrorBody = Type.Object({
  code: Type.String(),
  message: Type.Object({ vi: Type.String(), en: Type.String() }),
  requestId: Type.String(),
  details: Type.Optional(Type.Unknown()),
});
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const security = [{ session: [] }];
/** The signed-in staff caller (the request context's type; detect imports nothing of auth). */
type StaffCaller = Extract<NonNullable<FastifyRequest['ctx']['actor']>, { type: 'staff' }>;
const tags = ['detect'];
const Param = Type.Union([Type.Number(), Type.String({ maxLength: 200 }), Type.Boolean(), Type.Array(Type.String({ maxLength: 200 }), { maxItems: 500 })]);
const Params = Type.Record(Type.String({ maxLength: 60, pattern: '^[A-Za-z][A-Za-z0-9_]*$' }), Param);
const Text = Type.Object({ vi: Type.String(), en: Type.String() });
const RuleSetting = Type.Object({
  id: Type.String(),
  name: Text,
  description: Text,
  severity: Type.String(),
  defaults: Params,
  running: Params,
  enabled: Type.Boolean(),
  overrides: Params,
  reason: Type.Union([Type.String(), Type.Null()]),
  updatedBy: Type.Union([Type.String(), Type.Null()]),
  updatedAt: Type.Union([Type.String(), Type.Null()]),
});

/** The plugin; register with `{ prefix: '/api/detect', ...deps }`. */
export const ruleSettingsRoutes: FastifyPluginAsyncTypebox<RuleSettingsDeps> = async (app, deps) => {
  const require = (request: FastifyRequest, roles: readonly string[]): StaffCaller => {
    const actor = request.ctx.actor;
    if (!actor) throw new ActorErrors.UNAUTHENTICATED();
    if (actor.type !== 'staff' || liveGrants(actor, new Set<string>(roles), deps.clock.now()).length === 0) throw new ActorErrors.FORBIDDEN();
    return actor;
  };

  app.get('/rule-settings', {
    schema: { operationId: 'detectListRuleSettings', tags, security, summary: 'Quy tắc phát hiện và tham số / Detection rules with their settings', response: { 200: Type.Array(RuleSetting), ...errors } },
  }, async (request) => {
    require(request, ['security_officer', 'central_security_admin']);
    return listRuleSettings(deps);
  });

  app.put('/rule-settings/:id', {
    schema: {
      operationId: 'detectChangeRuleSettings',
      tags,
      security,
      summary: 'Bật/tắt quy tắc, đổi ngưỡng (quản trị ATTT trung tâm) / Switch a rule, change its thresholds',
      params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Z0-9-]+$' }) }),
      body: Type.Object({ enabled: Type.Boolean(), params: Params, reason: Type.String({ minLength: 3, maxLength: 500 }) }, { additionalProperties: false }),
      response: { 200: RuleSetting, ...errors },
    },
  }, async (request) => {
    const actor = require(request, ['central_security_admin']);
    return changeRuleSettings(deps, request.params.id, request.body, {
      accountId: actor.accountId,
      unitId: actor.unitId,
      sessionId: actor.sessionId,
      requestId: request.ctx.requestId,
      ip: request.ctx.ip,
      userAgent: request.ctx.userAgent,
    });
  });
};
