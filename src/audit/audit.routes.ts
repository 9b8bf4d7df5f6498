/**
 * The audit query API under `/api/audit` (issue 5, build item 5): for security officers, the central security
 * team and auditors, each within the unit subtree of their role. Every query is itself recorded before any
 * data is returned; refused attempts are recorded too (by the app's denial hook, `http/denial-audit.ts`, as the
 * operation each route names in `config.protected.action`).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { stringify } from 'csv-stringify/sync';
import type { Database } from '../db/client.ts';
import type { Clock } from '../platform/clock.ts';
import type { EventRecorder } from '../events/types.ts';
import type { Role } from '../actors/roles.ts';
import { SeqInteger } from '../platform/bounded-numbers.ts';
import { AUDIT_READER_ROLES, narrowUnits, resolveAuditScope, type AuditScope, type ScopeTree } from './audit-scope.ts';
import { findEntries, findEntry, type EntryFilter } from './audit.repo.ts';
import { recordAuditOperation } from './audit-query-events.ts';
import { AuditErrors } from './audit.errors.ts';
import { CSV_COLUMNS, CheckpointSchema, EntrySchema, entryCsvRow, presentCheckpoint, presentEntry } from './present-entry.ts';
import { formatCheckpointNote, latestCheckpoint, type Checkpoint } from './checkpoint.ts';
import { proveEntryAgainstLatest } from './subject-entries.ts';

/** What the routes are built from. */
export interface AuditRouteDeps {
  readonly db: Database;
  readonly clock: Clock;
  /** The app's recorder (read at call time: the composition root may replace it). */
  readonly recorder: () => EventRecorder;
  /** The unit tree (cached by the wiring). */
  readonly tree: () => Promise<ScopeTree>;
  /** Signs and stores a checkpoint of the current tree head. */
  readonly checkpointNow: () => Promise<Checkpoint>;
  /** Verifier key text and raw public key (base64). */
  readonly publicKey: () => { verifierKey: string; publicKey: string; keyId: string; name: string };
}

const ErrorBody = Type.Object({
  code: Type.String(),
  message: Type.Object({ vi: Type.String(), en: Type.String() }),
  requestId: Type.String(),
  details: Type.Optional(Type.Unknown()),
});
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 503: ErrorBody };

const Id = Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9._:-]+$' });
const Filter = Type.Object(
  {
    accountId: Type.Optional(Id),
    subjectId: Type.Optional(Id),
    unitId: Type.Optional(Id),
    from: Type.Optional(Type.String({ format: 'date-time' })),
    to: Type.Optional(Type.String({ format: 'date-time' })),
    purpose: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    action: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    outcome: Type.Optional(Type.Union([Type.Literal('allow'), Type.Literal('deny'), Type.Literal('success'), Type.Literal('failure')])),
    kind: Type.Optional(Type.Union([Type.Literal('access'), Type.Literal('auth'), Type.Literal('admin'), Type.Literal('external')])),
    before: Type.Optional(SeqInteger()),
    lang: Type.Optional(Type.Union([Type.Literal('vi'), Type.Literal('en')])),
  },
  { additionalProperties: false },
);
type FilterQuery = Static<typeof Filter>;

const ListQuery = Type.Composite([Filter, Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })) })], { additionalProperties: false });
const CsvQuery = Type.Composite([Filter, Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50_000, default: 10_000 })) })], { additionalProperties: false });

const CENTRAL_ONLY: ReadonlySet<Role> = new Set<Role>(['central_security_admin']);

/** The audit API plugin; register with `{ prefix: '/api/audit', ...deps }`. */
export const auditRoutes: FastifyPluginAsyncTypebox<AuditRouteDeps> = async (app, deps) => {
  /**
   * Resolves the scope. A refusal is recorded by the app's denial hook (`http/denial-audit.ts`) as the operation
   * the route names in `config.protected.action`.
   */
  const authorise = async (request: FastifyRequest, roles: ReadonlySet<Role> = AUDIT_READER_ROLES): Promise<{ scope: AuditScope; tree: ScopeTree }> => {
    const tree = await deps.tree();
    return { scope: resolveAuditScope(request.ctx.actor, roles, deps.clock.now(), tree), tree };
  };

  const toFilter = async (request: FastifyRequest, q: FilterQuery): Promise<EntryFilter> => {
    const { scope, tree } = await authorise(request);
    const unitIds = narrowUnits(scope, q.unitId, tree);
    return { accountId: q.accountId, subjectId: q.subjectId, unitIds, from: q.from, to: q.to, purpose: q.purpose, action: q.action, outcome: q.outcome, kind: q.kind, beforeSeq: q.before };
  };

  const filterRecord = (q: FilterQuery): Record<string, unknown> => {
    const { lang: _lang, ...rest } = q;
    return rest;
  };

  app.get('/entries', {
    config: { protected: { action: 'audit.query' } },
    schema: {
      tags: ['audit'],
      summary: 'Audit entries, newest first, filtered and paginated by sequence number',
      querystring: ListQuery,
      response: { 200: Type.Object({ items: Type.Array(EntrySchema), nextBefore: Type.Union([Type.Integer(), Type.Null()]) }), ...errors },
    },
  }, async (request) => {
    const q = request.query;
    const filter = await toFilter(request, q);
    await recordAuditOperation(deps.recorder(), deps.clock, request, 'audit.query', 'success', filterRecord(q));
    const limit = q.limit ?? 100;
    const rows = await findEntries(deps.db, filter, limit + 1);
    const page = rows.slice(0, limit);
    return { items: page.map(presentEntry), nextBefore: rows.length > limit ? page[page.length - 1]!.seq : null };
  });

  app.get('/entries.csv', {
    config: { protected: { action: 'audit.export' } },
    schema: {
      tags: ['audit'],
      summary: 'CSV export of audit entries (same filters)',
      querystring: CsvQuery,
      response: { 200: Type.String(), ...errors },
    },
  }, async (request, reply) => {
    const q = request.query;
    const filter = await toFilter(request, q);
    await recordAuditOperation(deps.recorder(), deps.clock, request, 'audit.export', 'success', filterRecord(q));
    const rows = await findEntries(deps.db, filter, q.limit ?? 10_000);
    const csv = stringify([[...CSV_COLUMNS], ...rows.map(entryCsvRow)]);
    void reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="khien-audit.csv"');
    return `\ufeff${csv}`;
  });

  app.get('/entries/:seq/proof', {
    config: { protected: { action: 'audit.proof' } },
    schema: {
      tags: ['audit'],
      summary: 'Inclusion proof of an entry against the latest signed checkpoint',
      params: Type.Object({ seq: SeqInteger() }),
      response: {
        200: Type.Object({
          entry: EntrySchema,
          checkpoint: CheckpointSchema,
          proof: Type.Object({ leafIndex: Type.Integer(), treeSize: Type.Integer(), leafHash: Type.String(), path: Type.Array(Type.String()), rootHash: Type.String() }),
        }),
        ...errors,
      },
    },
  }, async (request) => {
    const { scope } = await authorise(request);
    const seq = request.params.seq;
    const entry = await findEntry(deps.db, seq);
    if (!entry || (!scope.all && (entry.unitId === null || !scope.unitIds.has(entry.unitId)))) throw new AuditErrors.ENTRY_NOT_FOUND();
    await recordAuditOperation(deps.recorder(), deps.clock, request, 'audit.proof', 'success', { seq });
    const proved = await proveEntryAgainstLatest(deps.db, seq);
    if (!proved) throw new AuditErrors.NOT_YET_CHECKPOINTED();
    return { entry: presentEntry(proved.entry), checkpoint: presentCheckpoint(proved.checkpoint), proof: { ...proved.proof, path: [...proved.proof.path] } };
  });

  app.post('/checkpoints', {
    config: { protected: { action: 'audit.checkpoint' } },
    schema: {
      tags: ['audit'],
      summary: 'Sign and store a checkpoint of the current tree head (central security admin)',
      response: { 201: CheckpointSchema, ...errors },
    },
  }, async (request, reply) => {
    await authorise(request, CENTRAL_ONLY);
    await recordAuditOperation(deps.recorder(), deps.clock, request, 'audit.checkpoint', 'success', {});
    const c = await deps.checkpointNow();
    return reply.status(201).send(presentCheckpoint(c));
  });

  app.get('/checkpoints/latest', {
    config: { protected: { action: 'audit.checkpoint_read' } },
    schema: { tags: ['audit'], summary: 'The latest signed checkpoint (JSON; the `note` field is the text form)', response: { 200: CheckpointSchema, ...errors } },
  }, async (request) => {
    await authorise(request);
    const c = await latestCheckpoint(deps.db);
    if (!c) throw new AuditErrors.NO_CHECKPOINT();
    return presentCheckpoint(c);
  });

  app.get('/checkpoints/latest.txt', {
    config: { protected: { action: 'audit.checkpoint_read' } },
    schema: { tags: ['audit'], summary: 'The latest signed checkpoint as a signed note (text), for outside parties to keep', response: { 200: Type.String(), ...errors } },
  }, async (request, reply) => {
    await authorise(request);
    const c = await latestCheckpoint(deps.db);
    if (!c) throw new AuditErrors.NO_CHECKPOINT();
    void reply.header('content-type', 'text/plain; charset=utf-8');
    return formatCheckpointNote(c);
  });

  app.get('/public-key', {
    config: { protected: { action: 'audit.public_key' } },
    schema: {
      tags: ['audit'],
      summary: 'The checkpoint verifier key',
      response: { 200: Type.Object({ name: Type.String(), keyId: Type.String(), verifierKey: Type.String(), publicKey: Type.String() }), ...errors },
    },
  }, async (request) => {
    await authorise(request);
    return deps.publicKey();
  });
};
