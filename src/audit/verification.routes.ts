/**
 * Console routes of the audit area (issue 13, item 4), under `/api/audit`: full verification of the log as a
 * background job (start: central security admin; progress and kept reports: every audit reader), and the
 * look-ups the search form needs so that nobody types an internal id: accounts by staff number or name, and a
 * person by a personal identifier. Every call is recorded before anything is returned.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { Database } from '../db/client.ts';
import type { Clock } from '../platform/clock.ts';
import type { EventRecorder } from '../events/types.ts';
import type { Role } from '../actors/roles.ts';
import { AUDIT_READER_ROLES, resolveAuditScope, type AuditScope, type ScopeTree } from './audit-scope.ts';
import { recordAuditOperation } from './audit-query-events.ts';
import { AuditErrors } from './audit.errors.ts';
import { listPartitions } from './partition-status.ts';
import { findVerification, listVerifications, type KeptReport, type StoredVerification, type VerificationJobs } from './verification-job.ts';

/** An account as the audit search offers it. */
export interface AuditAccountRef {
  readonly accountId: string;
  readonly staffNo: string;
  readonly fullName: string;
  readonly unitId: string;
}

/** Look-ups the wiring provides from other modules (ports: audit imports no domain module). */
export interface AuditLookups {
  /** Accounts whose staff number or name contains `q`, or whose id is in `ids`, within the units (null: all). */
  findAccounts(query: { q?: string; ids?: readonly string[] }, unitIds: ReadonlySet<string> | null, limit: number): Promise<AuditAccountRef[]>;
  /** The person id of a personal id, SI number or card code, or null. */
  personIdByIdentifier(value: string): Promise<string | null>;
}

/** What the routes are built from. */
export interface VerificationRouteDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly recorder: () => EventRecorder;
  readonly tree: () => Promise<ScopeTree>;
  readonly jobs: VerificationJobs;
  readonly lookups: AuditLookups;
}

const ErrorBody = Type.Object({
  code: Type.String(),
  message: Type.Object({ vi: Type.String(), en: Type.String() }),
  requestId: Type.String(),
  details: Type.Optional(Type.Unknown()),
});
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 503: ErrorBody };
const security = [{ session: [] }];
const tags = ['audit'];

const FaultSchema = Type.Object({ kind: Type.String(), seq: Type.Integer(), detail: Type.String() });
/** A verification as the API returns it. */
const VerificationSchema = Type.Object({
  id: Type.String(),
  startedBy: Type.Union([Type.String(), Type.Null()]),
  startedAt: Type.String(),
  finishedAt: Type.Union([Type.String(), Type.Null()]),
  status: Type.Union([Type.Literal('running'), Type.Literal('done'), Type.Literal('failed')]),
  ok: Type.Union([Type.Boolean(), Type.Null()]),
  total: Type.Integer(),
  checked: Type.Integer(),
  report: Type.Union([
    Type.Object({ size: Type.Integer(), rootHash: Type.String(), chainHash: Type.String(), storedCheckpointsChecked: Type.Integer(), faults: Type.Array(FaultSchema) }),
    Type.Null(),
  ]),
});

function presentVerification(v: StoredVerification): Static<typeof VerificationSchema> {
  const report = v.report ? (JSON.parse(v.report) as KeptReport) : null;
  return {
    id: v.id,
    startedBy: v.startedBy,
    startedAt: new Date(v.startedAt).toISOString(),
    finishedAt: v.finishedAt ? new Date(v.finishedAt).toISOString() : null,
    status: v.status,
    ok: v.ok,
    total: v.total,
    checked: v.checked,
    report: report ? { ...report, faults: [...report.faults] } : null,
  };
}

const AccountRefSchema = Type.Object({ accountId: Type.String(), staffNo: Type.String(), fullName: Type.String(), unitId: Type.String() });
const CENTRAL_ONLY: ReadonlySet<Role> = new Set<Role>(['central_security_admin']);

/** The partitions of the log as the API returns them (`partition-status.ts`; no personal data). */
const PartitionListingSchema = Type.Object({
  partitions: Type.Array(
    Type.Object({
      name: Type.String(),
      fromSeq: Type.Integer(),
      toSeq: Type.Integer(),
      rows: Type.Integer(),
      rowEstimate: Type.Union([Type.Integer(), Type.Null()]),
      bytes: Type.Integer(),
      firstTime: Type.Union([Type.String(), Type.Null()]),
      lastTime: Type.Union([Type.String(), Type.Null()]),
      state: Type.Union([Type.Literal('future'), Type.Literal('head'), Type.Literal('full'), Type.Literal('archived'), Type.Literal('dropped')]),
      archiveSha256: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
  defaultRows: Type.Integer(),
  head: Type.Integer(),
  firstRetainedSeq: Type.Integer(),
});

/** The plugin; register with `{ prefix: '/api/audit', ...deps }`. */
export const verificationRoutes: FastifyPluginAsyncTypebox<VerificationRouteDeps> = async (app, deps) => {
  // A refusal is recorded by the app's denial hook (`http/denial-audit.ts`) as the operation the route names.
  const authorise = async (request: FastifyRequest, roles: ReadonlySet<Role> = AUDIT_READER_ROLES): Promise<AuditScope> =>
    resolveAuditScope(request.ctx.actor, roles, deps.clock.now(), await deps.tree());

  app.post('/verifications', {
    config: { protected: { action: 'audit.verify' } },
    schema: {
      operationId: 'auditStartVerification',
      tags,
      security,
      summary: 'Start a full verification of the log in the background (central security admin) / Kiểm tra toàn bộ nhật ký',
      response: { 202: VerificationSchema, ...errors },
    },
  }, async (request, reply) => {
    await authorise(request, CENTRAL_ONLY);
    await recordAuditOperation(deps.recorder(), deps.clock, request, 'audit.verify', 'success', {});
    const actor = request.ctx.actor;
    const row = await deps.jobs.start(actor?.type === 'staff' ? actor.accountId : null);
    return reply.status(202).send(presentVerification(row));
  });

  app.get('/partitions', {
    config: { protected: { action: 'audit.partitions_read' } },
    schema: {
      operationId: 'auditListPartitions',
      tags,
      security,
      summary: 'Partitions of the log: seq range, rows, size, time span, archive state, DEFAULT rows (central security admin) / Các phân vùng nhật ký',
      response: { 200: PartitionListingSchema, ...errors },
    },
  }, async (request) => {
    await authorise(request, CENTRAL_ONLY);
    await recordAuditOperation(deps.recorder(), deps.clock, request, 'audit.partitions_read', 'success', {});
    const l = await listPartitions(deps.db);
    return { ...l, partitions: [...l.partitions] };
  });

  app.get('/verifications', {
    config: { protected: { action: 'audit.verifications_read' } },
    schema: {
      operationId: 'auditListVerifications',
      tags,
      security,
      summary: 'Full verifications, newest first, with their reports / Các lần kiểm tra nhật ký',
      querystring: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })) }, { additionalProperties: false }),
      response: { 200: Type.Array(VerificationSchema), ...errors },
    },
  }, async (request) => {
    await authorise(request);
    const rows = await listVerifications(deps.db, request.query.limit ?? 20);
    return rows.map(presentVerification);
  });

  app.get('/verifications/:id', {
    config: { protected: { action: 'audit.verifications_read' } },
    schema: {
      operationId: 'auditGetVerification',
      tags,
      security,
      summary: 'One verification: status, progress and report / Tiến độ kiểm tra',
      params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
      response: { 200: VerificationSchema, ...errors },
    },
  }, async (request) => {
    await authorise(request);
    const row = await findVerification(deps.db, request.params.id);
    if (!row) throw new AuditErrors.VERIFICATION_NOT_FOUND();
    return presentVerification(row);
  });

  app.get('/accounts', {
    config: { protected: { action: 'audit.account_lookup' } },
    schema: {
      operationId: 'auditFindAccounts',
      tags,
      security,
      summary: 'Accounts by staff number or name (or ids), within the caller\'s audit scope / Tìm tài khoản',
      querystring: Type.Object(
        {
          q: Type.Optional(Type.String({ minLength: 2, maxLength: 80 })),
          ids: Type.Optional(Type.String({ minLength: 1, maxLength: 4000, pattern: '^[0-9a-fA-F-]+(,[0-9a-fA-F-]+)*$', description: 'Comma-separated account ids' })),
        },
        { additionalProperties: false },
      ),
      response: { 200: Type.Array(AccountRefSchema), ...errors },
    },
  }, async (request) => {
    const scope = await authorise(request);
    const { q, ids } = request.query;
    const idList = ids ? ids.split(',').slice(0, 100) : undefined;
    await recordAuditOperation(deps.recorder(), deps.clock, request, 'audit.account_lookup', 'success', { q: q ?? null, ids: idList?.length ?? 0 });
    if (!q && !idList) return [];
    return deps.lookups.findAccounts({ q, ids: idList }, scope.all ? null : scope.unitIds, 20 + (idList?.length ?? 0));
  });

  app.get('/persons/lookup', {
    config: { protected: { action: 'audit.person_lookup' } },
    schema: {
      operationId: 'auditLookupPerson',
      tags,
      security,
      summary: 'The internal id of a person by personal id, SI number or card code (for the audit search) / Tra người theo mã định danh',
      querystring: Type.Object({ identifier: Type.String({ minLength: 5, maxLength: 32, pattern: '^[A-Za-z0-9]+$' }) }, { additionalProperties: false }),
      response: { 200: Type.Object({ personId: Type.Union([Type.String(), Type.Null()]) }), ...errors },
    },
  }, async (request) => {
    await authorise(request);
    // The identifier itself is personal data: the record names only whether one was found.
    const personId = await deps.lookups.personIdByIdentifier(request.query.identifier);
    await recordAuditOperation(deps.recorder(), deps.clock, request, 'audit.person_lookup', 'success', { found: personId !== null, personId });
    return { personId };
  });
};
