/**
 * The insured person's own view under `/api/citizen/me`. Every route acts on the signed-in person only: no
 * route takes a person id, and an entry of someone else looks the same as a missing one.
 */
import { ActorErrors } from '../actors/actor-errors.ts';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { Database } from '../db/client.ts';
import type { EventRecorder } from '../events/types.ts';
import type { Clock } from '../platform/clock.ts';
import { listAccessHistory } from './access-history.ts';
import type { CitizenAuditSource } from './audit-source.ts';
import type { CitizenActor } from '../actors/citizen-actor.ts';
import type { CitizenDirectory, OpenCitizenCase } from './citizen-ports.ts';
import { isKhienError } from '../platform/errors.ts';
import { CitizenErrors } from './citizen.errors.ts';
import {
  AccessesQuery,
  AccessesResponse,
  CardResponse,
  DisputeBody,
  DisputeParams,
  DisputeResponse,
  ErrorBody,
  ParticipationPdfQuery,
  ParticipationResponse,
  SummaryResponse,
} from './citizen.http-schemas.ts';
import { reportUnrecognisedAccess } from './dispute.ts';
import { readOwnCards, readOwnParticipation, readOwnSummary, type RequestFacts } from './own-records.ts';
import type { DocumentKey } from './document-code.ts';
import { issueParticipationDocument } from './participation-document.ts';
import { summariseParticipation, vietnamMonth } from './participation-summary.ts';

/** Options of {@link citizenMeRoutes}. */
export interface CitizenMeOptions {
  readonly db: Database;
  readonly clock: Clock;
  /** Read at request time: the composition root may replace the recorder after registration. */
  readonly recorder: () => EventRecorder;
  readonly audit: () => CitizenAuditSource;
  readonly directory: CitizenDirectory;
  readonly openCase: () => OpenCitizenCase | null;
  /** Reports a failure by type only (case opening, audit source). */
  readonly onCaseError: (err: unknown) => void;
  /** Key signing the printed documents' verification codes (read at request time). */
  readonly documentKey: () => DocumentKey;
  /** The server's public address, without a trailing slash. */
  readonly publicUrl: string;
}

/**
 * Returns the signed-in citizen.
 *
 * @param request - the request
 * @throws KHIEN_AUTH_UNAUTHENTICATED for anyone else
 */
export function requireCitizen(request: FastifyRequest): CitizenActor {
  const actor = request.ctx.actor;
  if (!actor || actor.type !== 'citizen') throw new ActorErrors.UNAUTHENTICATED();
  return actor;
}

function facts(request: FastifyRequest): RequestFacts {
  return { requestId: request.ctx.requestId, ip: request.ctx.ip, userAgent: request.ctx.userAgent };
}

const errors = { 401: ErrorBody, 403: ErrorBody, 503: ErrorBody };

/** Registers the own-view routes (prefix `/api/citizen/me`). */
export const citizenMeRoutes: FastifyPluginAsyncTypebox<CitizenMeOptions> = async (app, opts) => {
  const recordDeps = () => ({ db: opts.db, clock: opts.clock, recorder: opts.recorder() });
  app.addHook('onSend', async (_request, reply, payload) => {
    // Personal data: never cached by the browser or a proxy.
    reply.header('cache-control', 'no-store');
    return payload;
  });

  app.get(
    '/',
    { schema: { tags: ['citizen'], summary: 'Own summary (lightly masked)', response: { 200: SummaryResponse, ...errors } } },
    async (request) => readOwnSummary(recordDeps(), requireCitizen(request), facts(request)),
  );

  app.get(
    '/participation',
    { schema: { tags: ['citizen'], summary: 'Own participation history, with months per insurance type and gaps', response: { 200: ParticipationResponse, ...errors } } },
    async (request) => {
      const items = await readOwnParticipation(recordDeps(), requireCitizen(request), facts(request));
      return { items, summary: summariseParticipation(items, vietnamMonth(opts.clock.now())) };
    },
  );

  app.get(
    '/participation/pdf',
    {
      schema: {
        operationId: 'getCitizenMeParticipationPdf',
        tags: ['citizen'],
        summary: 'Own participation history as a signed PDF with a verification code and QR code / Quá trình tham gia (PDF)',
        querystring: ParticipationPdfQuery,
        response: { 200: Type.Unknown({ description: 'application/pdf' }), ...errors },
      },
    },
    async (request, reply) => {
      const doc = await issueParticipationDocument(
        recordDeps(),
        opts.documentKey(),
        opts.publicUrl,
        requireCitizen(request),
        facts(request),
        request.query.lang ?? request.ctx.lang,
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="qua-trinh-tham-gia-${doc.number}.pdf"`)
        .header('x-khien-document', doc.number)
        .send(doc.pdf);
    },
  );

  app.get(
    '/card',
    { schema: { tags: ['citizen'], summary: 'Own health-insurance cards', response: { 200: CardResponse, ...errors } } },
    async (request) => ({ items: await readOwnCards(recordDeps(), requireCitizen(request), facts(request)) }),
  );

  app.get(
    '/accesses',
    {
      schema: {
        tags: ['citizen'],
        summary: 'Every access to my data, newest first, with inclusion proofs',
        querystring: AccessesQuery,
        response: { 200: AccessesResponse, ...errors },
      },
    },
    async (request) => {
      const actor = requireCitizen(request);
      try {
        return await listAccessHistory(
          { db: opts.db, clock: opts.clock, audit: opts.audit(), directory: opts.directory },
          actor.personId,
          {
            before: request.query.before,
            limit: request.query.limit,
            // Days in Vietnam time (UTC+7): from 00:00 of the first to 24:00 of the last.
            from: request.query.from ? new Date(`${request.query.from}T00:00:00+07:00`) : undefined,
            to: request.query.to ? new Date(new Date(`${request.query.to}T00:00:00+07:00`).getTime() + 86_400_000 - 1) : undefined,
          },
        );
      } catch (err) {
        if (isKhienError(err)) throw err;
        opts.onCaseError(err);
        throw new CitizenErrors.HISTORY_UNAVAILABLE();
      }
    },
  );

  app.post(
    '/accesses/:seq/dispute',
    {
      schema: {
        tags: ['citizen'],
        summary: 'Tôi không nhận ra truy cập này / I don\u2019t recognise this access',
        params: DisputeParams,
        body: DisputeBody,
        response: { 200: DisputeResponse, 201: DisputeResponse, 400: ErrorBody, 404: ErrorBody, ...errors },
      },
      // The note is optional, and so is the body itself.
      preValidation: async (request) => {
        if (request.body === undefined || request.body === null) request.body = {};
      },
    },
    async (request, reply) => {
      const actor = requireCitizen(request);
      const result = await reportUnrecognisedAccess(
        {
          db: opts.db,
          clock: opts.clock,
          audit: opts.audit(),
          recorder: opts.recorder(),
          openCase: opts.openCase(),
          onCaseError: opts.onCaseError,
        },
        actor,
        request.params.seq,
        request.body.note ?? null,
        request.ctx.requestId,
      );
      return reply.status(result.created ? 201 : 200).send(result);
    },
  );
};
