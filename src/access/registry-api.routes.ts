/**
 * The registry API (`/api/registry`): search, view, correct and unmask. Every handler only validates input
 * and calls the scoped accessor, which decides, masks and records (STYLE.md rules 6, 23). Identifiers travel
 * in POST bodies, never in URLs (URLs get logged); person ids in paths are internal ids.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AccessErrors } from './access.errors.ts';
import type { RegistryAccessor } from './registry-accessor.ts';
import type { SearchKey } from '../registry/registry.repo.ts';
import {
  CardsResponse,
  ContactBody,
  ERROR_RESPONSES,
  HouseholdResponse,
  ParticipationResponse,
  PersonParams,
  PersonSchema,
  PurposeQuery,
  SearchBody,
  SearchResponse,
  UnmaskBody,
  UnmaskResponse,
} from './registry-api.schemas.ts';
import { staffCallerOf } from './request-caller.ts';

/** Options of the plugin. */
export interface RegistryApiOptions {
  readonly accessor: RegistryAccessor;
}

/**
 * Picks the one search key of a body.
 *
 * @param body - the validated body
 * @returns the key
 * @throws AccessErrors.SEARCH_CRITERIA unless exactly one key is given
 */
export function searchKeyOf(body: { personalId?: string; socialInsuranceNo?: string; cardCode?: string; fullName?: string; dateOfBirth?: string }): SearchKey {
  const keys: SearchKey[] = [];
  if (body.personalId !== undefined) keys.push({ by: 'personal_id', value: body.personalId });
  if (body.socialInsuranceNo !== undefined) keys.push({ by: 'social_insurance_no', value: body.socialInsuranceNo });
  if (body.cardCode !== undefined) keys.push({ by: 'card_code', value: body.cardCode });
  if (body.fullName !== undefined || body.dateOfBirth !== undefined) {
    if (body.fullName === undefined || body.dateOfBirth === undefined) throw new AccessErrors.SEARCH_CRITERIA();
    keys.push({ by: 'name_dob', fullName: body.fullName.trim(), dateOfBirth: body.dateOfBirth });
  }
  if (keys.length !== 1) throw new AccessErrors.SEARCH_CRITERIA();
  return keys[0]!;
}

/** Registers the registry API routes. */
export const registryApiRoutes: FastifyPluginAsyncTypebox<RegistryApiOptions> = async (app, opts) => {
  const { accessor } = opts;
  const tags = ['registry'];

  app.post(
    '/search',
    {
      config: { personalData: true },
      schema: { tags, summary: 'Search insured persons (masked summary rows)', body: SearchBody, response: { 200: SearchResponse, ...ERROR_RESPONSES } },
    },
    async (request) => accessor.search(staffCallerOf(request), searchKeyOf(request.body), request.body.purpose),
  );

  app.get(
    '/persons/:personId',
    {
      config: { personalData: true },
      schema: { tags, summary: 'View a person (masked)', params: PersonParams, querystring: PurposeQuery, response: { 200: PersonSchema, ...ERROR_RESPONSES } },
    },
    async (request) => accessor.viewPerson(staffCallerOf(request), request.params.personId, request.query.purpose),
  );

  app.get(
    '/persons/:personId/participation',
    {
      config: { personalData: true },
      schema: { tags, summary: 'Participation history', params: PersonParams, querystring: PurposeQuery, response: { 200: ParticipationResponse, ...ERROR_RESPONSES } },
    },
    async (request) => ({ periods: await accessor.viewParticipation(staffCallerOf(request), request.params.personId, request.query.purpose) }),
  );

  app.get(
    '/persons/:personId/household',
    {
      config: { personalData: true },
      schema: { tags, summary: 'Household', params: PersonParams, querystring: PurposeQuery, response: { 200: HouseholdResponse, ...ERROR_RESPONSES } },
    },
    async (request) => ({ household: await accessor.viewHousehold(staffCallerOf(request), request.params.personId, request.query.purpose) }),
  );

  app.get(
    '/persons/:personId/cards',
    {
      config: { personalData: true },
      schema: { tags, summary: 'Health-insurance cards', params: PersonParams, querystring: PurposeQuery, response: { 200: CardsResponse, ...ERROR_RESPONSES } },
    },
    async (request) => ({ cards: await accessor.viewCards(staffCallerOf(request), request.params.personId, request.query.purpose) }),
  );

  app.patch(
    '/persons/:personId/contact',
    {
      config: { personalData: true },
      schema: { tags, summary: 'Correct contact or address (with a reason; before/after recorded)', params: PersonParams, body: ContactBody, response: { 200: PersonSchema, ...ERROR_RESPONSES } },
    },
    async (request) => {
      const { purpose, reason, ...change } = request.body;
      if (change.phone === undefined && change.street === undefined && change.communeCode === undefined) throw new AccessErrors.NO_CHANGE();
      return accessor.updateContact(staffCallerOf(request), request.params.personId, change, purpose, reason);
    },
  );

  app.post(
    '/persons/:personId/unmask',
    {
      config: { personalData: true },
      schema: { tags, summary: 'Unmask one field of one record (its own decision and record)', params: PersonParams, body: UnmaskBody, response: { 200: UnmaskResponse, ...ERROR_RESPONSES } },
    },
    async (request) => accessor.unmask(staffCallerOf(request), request.params.personId, request.body.field, request.body.purpose, request.body.justification),
  );
};
