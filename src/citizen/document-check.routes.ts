/**
 * The public check of a printed document's verification code (`/api/citizen/documents/verify`): anyone —
 * an employer, a bank, the person — learns whether Khiên issued the document and what it signed. No session:
 * the code itself is the capability, and it carries only what is printed on the document.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DocumentVerifyQuery, DocumentVerifyResponse, ErrorBody } from './citizen.http-schemas.ts';
import { verifyDocumentCode, type DocumentKey } from './document-code.ts';

/** Options of {@link documentCheckRoutes}. */
export interface DocumentCheckOptions {
  /** Key the codes are signed with (read at request time). */
  readonly documentKey: () => DocumentKey;
}

/** Registers the check route (prefix `/api/citizen/documents`). */
export const documentCheckRoutes: FastifyPluginAsyncTypebox<DocumentCheckOptions> = async (app, opts) => {
  app.get(
    '/verify',
    {
      schema: {
        operationId: 'getCitizenDocumentsVerify',
        tags: ['citizen'],
        summary: 'Check a printed document\u2019s verification code / Kiểm tra mã văn bản',
        security: [],
        querystring: DocumentVerifyQuery,
        response: { 200: DocumentVerifyResponse, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const key = opts.documentKey();
      // A missing code is answered like a malformed one (the page says what to do either way).
      const f = verifyDocumentCode(key, request.query.code ?? '');
      reply.header('cache-control', 'no-store');
      return {
        valid: true as const,
        kind: f.k,
        number: f.d,
        issuedAt: f.i,
        holderName: f.n,
        personalIdLast4: f.p,
        periods: f.c,
        digest: f.h,
        totals: f.m.map(([type, months]) => ({ type, months })),
        keyId: key.keyId,
      };
    },
  );
};
