/**
 * Wires the audit module into the app (called first by the composition root `app/build-app.ts`, so that
 * every module after it records through the audit log): the group-commit appender behind the sequencer lease
 * (`sequencer.ts`: one node chains, the others hand off), the audit-backed recorder
 * (unless a test injected its own), periodic signed checkpoints, the query API, and stoppers that finish
 * queued appends on close. It also adapts `org/` (the unit tree) to the audit scope port.
 */
import type { FastifyInstance } from 'fastify';
import type { ShellServices } from './app-services.ts';
import { declareProtected } from '../http/denial-audit.ts';
import type { EventRecorder } from '../events/types.ts';
import { nodeNameOf } from '../platform/config.ts';
import { unitsVisibleTo } from '../org/visible-units.ts';
import { createAuditAppender, type AuditAppender } from '../audit/appender.ts';
import { startSequencer } from '../audit/sequencer.ts';
import { createAuditRecorder } from '../audit/recorder.ts';
import { drainOutbox } from '../audit/outbox.ts';
import { createCheckpoint, startCheckpointSchedule, type Checkpoint } from '../audit/checkpoint.ts';
import { loadSigningKey, verifierKeyText, type SigningKey } from '../audit/signing-key.ts';
import { auditRoutes } from '../audit/audit.routes.ts';
import { startPartitionJob } from '../audit/partitions.ts';
import type { ScopeTree } from '../audit/audit-scope.ts';
import { verificationRoutes } from '../audit/verification.routes.ts';
import { createVerificationJobs, failAbandonedVerifications } from '../audit/verification-job.ts';
import { createAuditLookups } from './audit-lookups.ts';

/** The audit services other modules and the CLI reach. */
export interface AuditServices {
  readonly appender: AuditAppender;
  /** The recorder every module records through (audit append, then publish), or the one a test injected. */
  readonly recorder: EventRecorder;
  /** The checkpoint signing key (loaded, or generated in demo mode, on first use). */
  signingKey(): SigningKey;
  /** Signs and stores a checkpoint now. */
  checkpointNow(): Promise<Checkpoint>;
}


/**
 * Wires the module.
 *
 * @param app - the root Fastify instance
 * @param services - the shell (gets stoppers)
 * @param opts - `injected`: the recorder a test injected (kept instead of the audit-backed one)
 * @returns the audit services
 */
export async function wireAudit(
  app: FastifyInstance,
  services: ShellServices,
  opts: { readonly injected: EventRecorder | null },
): Promise<AuditServices> {
  const db = services.database.db;
  const local = createAuditAppender({
    db,
    onError: (err) => app.log.error({ err: { type: (err as Error)?.name, code: (err as { code?: unknown })?.code } }, 'audit append failed; callers refused'),
  });
  await local.recover();
  // One sequencer among the nodes sharing the database (a PostgreSQL lease); the others hand their groups to it.
  const appender = await startSequencer({
    database: services.database,
    local,
    node: nodeNameOf(services.config),
    onError: (err) => app.log.warn({ err: { type: (err as Error)?.name, code: (err as { code?: unknown })?.code } }, 'audit sequencer: connection or hand-off failure'),
    onRoleChange: (sequencer) => app.log.info({ sequencer }, sequencer ? 'audit: this node is the sequencer' : 'audit: this node hands its appends to the sequencer'),
  });
  const recorder = opts.injected ?? createAuditRecorder({ appender, bus: services.bus, db });
  // Events a crash left in the outbox (committed with their change, not yet chained) are chained now,
  // then every minute any row older than a minute (a failed after-commit append).
  const drain = (olderThanMs: number): Promise<number> =>
    drainOutbox(db, appender, services.bus, services.clock.now(), olderThanMs).catch((err: unknown) => {
      app.log.error({ err: { type: (err as Error)?.name } }, 'audit outbox drain failed');
      return 0;
    });
  await drain(0);
  const drainTimer = setInterval(() => void drain(60_000), 60_000);
  drainTimer.unref();
  services.stoppers.push(() => clearInterval(drainTimer));

  let key: SigningKey | null = null;
  const signingKey = (): SigningKey => (key ??= loadSigningKey(services.config));
  const audit: AuditServices = {
    appender,
    recorder,
    signingKey,
    checkpointNow: () => createCheckpoint(db, signingKey(), services.clock),
  };

  // The audit scope's view of the app's unit tree (audit imports no domain module).
  const tree = async (): Promise<ScopeTree> => {
    const index = await services.units.tree();
    return { subtree: (id) => index.subtree(id), visibleTo: (actor, roles, now) => unitsVisibleTo(actor, roles, index, now) };
  };

  await failAbandonedVerifications(db, services.clock.now());
  const jobs = createVerificationJobs({
    db,
    clock: services.clock,
    recorder: () => recorder,
    publicKey: () => signingKey().publicKey,
    onError: (err) => app.log.error({ err: { type: (err as Error)?.name } }, 'audit verification job failed'),
  });
  // Refusals are recorded by the root's denial hook (http/denial-audit.ts), as the operation each route names.
  await app.register(async (scope) => {
    declareProtected(scope, 'audit');
    await scope.register(auditRoutes, {
      prefix: '/api/audit',
      db,
      clock: services.clock,
      recorder: () => recorder,
      tree,
      checkpointNow: audit.checkpointNow,
      publicKey: () => {
        const k = signingKey();
        return { name: k.name, keyId: k.keyId, verifierKey: verifierKeyText(k), publicKey: Buffer.from(k.publicKey).toString('base64') };
      },
    });
    await scope.register(verificationRoutes, { prefix: '/api/audit', db, clock: services.clock, recorder: () => recorder, tree, jobs, lookups: createAuditLookups(db) });
  });

  // Stoppers run in reverse: later modules stop first (and may still record), then the schedule, then the appender.
  services.stoppers.push(() => appender.stop());
  services.stoppers.push(
    startCheckpointSchedule({
      db,
      key: signingKey,
      clock: services.clock,
      intervalSeconds: services.config.checkpointIntervalSeconds,
      // Once across the cluster: the sequencer signs the checkpoints.
      active: () => appender.isSequencer(),
      onError: (err) => app.log.error({ err: { type: (err as Error)?.name } }, 'audit checkpoint failed'),
    }),
  );
  // Partitions of audit_entries kept ahead of the log, once across the cluster (the sequencer), at start and
  // then with the checkpoints' cadence; rows in the DEFAULT partition raise an alert at every run.
  const partitions = startPartitionJob({
    db,
    intervalSeconds: services.config.checkpointIntervalSeconds,
    active: () => appender.isSequencer(),
    onCreated: (count, status) => app.log.info({ created: count, partitions: status.partitions.length, head: status.head }, 'audit: partitions created ahead of the log'),
    onDefaultRows: (status) =>
      app.log.error({ alert: 'KHIEN_AUDIT_PARTITION_DEFAULT', defaultRows: status.defaultRows, head: status.head }, 'audit: entries are in the DEFAULT partition; create the missing partition (docs/OPERATIONS.md)'),
    onError: (err) => app.log.error({ err: { type: (err as Error)?.name, code: (err as { code?: unknown })?.code } }, 'audit partition upkeep failed'),
  });
  await partitions.run();
  services.stoppers.push(() => partitions.stop());
  // Pushed last so it runs first: a running verification ends (and records its end) before the appender stops.
  services.stoppers.push(() => jobs.settle());
  return audit;
}
