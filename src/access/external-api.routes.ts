/**
 * The external API (`/api/external`) for organisations holding an API key bound to a data-sharing agreement.
 * Lookups are by a full identifier only (no name search), in a POST body, and go through the scoped accessor
 * like every staff read: decided, masked to the agreement's categories, counted, recorded.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { AccessErrors } from './access.errors.ts';
import type { RegistryAccessor } from './registry-accessor.ts';
import { ERROR_RESPONSES, PersonSchema, PurposeCode } from './registry-api.schemas.ts';
import { searchKeyOf } from './registry-api.routes.ts';
import { externalCallerOf } from './request-caller.ts';

/** Options of the plugin. */
export interface ExternalApiOptions {
  readonly accessor: RegistryAccessor;
}

const LookupBody = Type.Object(
  {
    purpose: PurposeCode,
    personalId: Type.Optional(Type.String({ pattern: '^[0-9]{12}$' })),
    socialInsuranceNo: Type.Optional(Type.String({ pattern: '^[0-9]{10}$' })),
    cardCode: Type.Optional(Type.String({ pattern: '^[A-Z]{2}[1-5][0-9]{2}[0-9]{10}$' })),
  },
  { additionalProperties: false },
);

/** Registers the external API. */
export const externalApiRoutes: FastifyPluginAsyncTypebox<ExternalApiOptions> = async (app, opts) => {
  app.post(
    '/persons/lookup',
    {
      config: { personalData: true },
      schema: {
        tags: ['external'],
        summary: 'Look a person up by a full identifier (data-sharing agreement)',
        security: [{ apiKey: [] }],
        body: LookupBody,
        response: { 200: Type.Object({ persons: Type.Array(PersonSchema) }), ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const caller = externalCallerOf(request);
      const key = searchKeyOf(request.body);
      if (key.by === 'name_dob') throw new AccessErrors.SEARCH_CRITERIA();
      return { persons: await opts.accessor.lookupForAgreement(caller, key, request.body.purpose) };
    },
  );
};
