/**
 * `POST /api/ingest/events`: logs of other systems as JSON over HTTPS, authenticated by an ingestion token
 * (`Authorization: Bearer khien_ing_…`, one per source system; created with `khien detect:ingest-token`).
 * A batch holds up to 1,000 lines; each line is accepted or rejected on its own, with the reasons returned
 * and the rejected lines kept.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../platform/clock.ts';
import { DetectErrors } from '../detect.errors.ts';
import { ErrorResponse, IngestBody, IngestResponse } from '../detect.http-schemas.ts';
import type { IngestService } from './ingest-service.ts';
import { verifyIngestToken } from './ingest-tokens.ts';
import { withRefusedCredential } from '../../events/refused-credential.ts';

/** What the route needs. */
export interface IngestRoutesOptions {
  readonly db: Database;
  readonly clock: Clock;
  readonly ingest: IngestService;
}

/**
 * The ingestion route.
 *
 * @param app - the encapsulated instance
 * @param opts - dependencies
 */
export const ingestRoutes: FastifyPluginAsyncTypebox<IngestRoutesOptions> = async (app, opts) => {
  app.post(
    '/events',
    {
      bodyLimit: 4 * 1024 * 1024,
      schema: {
        tags: ['detect'],
        summary: 'Nạp nhật ký từ hệ thống khác / Ingest logs of other systems',
        security: [{ ingestToken: [] }],
        body: IngestBody,
        response: { 200: IngestResponse, 400: ErrorResponse, 401: ErrorResponse, 413: ErrorResponse },
      },
      // Authenticate before the body is validated so that an unauthenticated caller learns nothing.
      preValidation: async (request) => {
        const header = request.headers.authorization ?? '';
        const m = /^Bearer (\S+)$/.exec(header);
        const found = m ? await verifyIngestToken(opts.db, opts.clock, m[1]!) : { ok: false as const, id: null, reason: 'ingest_token_missing' };
        if (!found.ok) {
          // A missing header is no credential; anything presented and refused is recorded (http/refusal-log.ts).
          const err = new DetectErrors.INGEST_UNAUTHENTICATED();
          throw header === '' ? err : withRefusedCredential(err, { type: 'ingest_token', id: found.id, reason: found.reason });
        }
        ingestSystem.set(request.id, found.system);
      },
    },
    async (request) => {
      const system = ingestSystem.get(request.id) ?? 'unknown';
      ingestSystem.delete(request.id);
      return opts.ingest.ingest('http', system, request.body.events);
    },
  );
  // The authenticated system per request id, alive only between preValidation and the handler.
  const ingestSystem = new Map<string, string>();
  app.addHook('onResponse', async (request) => {
    ingestSystem.delete(request.id);
  });
};
