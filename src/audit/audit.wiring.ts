/**
 * Wires the audit module into the app (called first in the `(modules:begin)` block of `http/app.ts`, so that
 * every module after it records through the audit log): the group-commit appender behind the sequencer lease
 * (`sequencer.ts`: one node chains, the others hand off), the audit-backed recorder
 * (unless a test injected its own), periodic signed checkpoints, the query API, and stoppers that finish
 * queued appends on close. It also adapts `org/` (the unit tree) to the audit scope port.
 */
import type { FastifyInstance } from 'fastify';
import type { AppServices } from '../http/app.ts';
import { listUnits } from '../org/org.repo.ts';
import { buildUnitTree } from '../org/unit-tree.ts';
import { nodeNameOf } from '../platform/config.ts';
import { createAuditAppender, type AuditAppender } from './appender.ts';
import { startSequencer } from './sequencer.ts';
import { createAuditRecorder } from './recorder.ts';
import { drainOutbox } from './outbox.ts';
import { createCheckpoint, startCheckpointSchedule, type Checkpoint } from './checkpoint.ts';
import { loadSigningKey, verifierKeyText, type SigningKey } from './signing-key.ts';
import { auditRoutes } from './audit.routes.ts';
import type { ScopeTree } from './audit-scope.ts';
import { verificationRoutes } from './verification.routes.ts';
import { createVerificationJobs, failAbandonedVerifications } from './verification-job.ts';
import { createAuditLookups } from './lookups.wiring.ts';

/** The audit services other modules and the CLI reach. */
export interface AuditServices {
  readonly appender: AuditAppender;
  /** The checkpoint signing key (loaded, or generated in demo mode, on first use). */
  signingKey(): SigningKey;
  /** Signs and stores a checkpoint now. */
  checkpointNow(): Promise<Checkpoint>;
}

declare module '../http/app.ts' {
  interface AppServices {
    audit?: AuditServices;
  }
}

const TREE_TTL_MS = 60_000;

/**
 * Wires the module.
 *
 * @param app - the root Fastify instance
 * @param services - the app's services (gets `audit`, the recorder unless injected, stoppers)
 * @param opts - `keepRecorder`: true when `deps.recorder` was injected (tests) and must stay
 * @returns the audit services
 */
export async function wireAudit(app: FastifyInstance, services: AppServices, opts: { keepRecorder: boolean }): Promise<AuditServices> {
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
  if (!opts.keepRecorder) services.recorder = createAuditRecorder({ appender, bus: services.bus, db });
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
    signingKey,
    checkpointNow: () => createCheckpoint(db, signingKey(), services.clock),
  };
  services.audit = audit;

  let cached: { tree: ScopeTree; at: number } | null = null;
  const tree = async (): Promise<ScopeTree> => {
    if (cached && Date.now() - cached.at < TREE_TTL_MS) return cached.tree;
    const units = await listUnits(db);
    const index = buildUnitTree(units);
    const roots = new Set(units.filter((u) => u.parentId === null).map((u) => u.id));
    cached = { tree: { subtree: (id) => index.subtree(id), isRoot: (id) => roots.has(id) }, at: Date.now() };
    return cached.tree;
  };

  await app.register(auditRoutes, {
    prefix: '/api/audit',
    db,
    clock: services.clock,
    recorder: () => services.recorder,
    tree,
    checkpointNow: audit.checkpointNow,
    publicKey: () => {
      const k = signingKey();
      return { name: k.name, keyId: k.keyId, verifierKey: verifierKeyText(k), publicKey: Buffer.from(k.publicKey).toString('base64') };
    },
  });

  await failAbandonedVerifications(db, services.clock.now());
  const jobs = createVerificationJobs({
    db,
    clock: services.clock,
    recorder: () => services.recorder,
    publicKey: () => signingKey().publicKey,
    onError: (err) => app.log.error({ err: { type: (err as Error)?.name } }, 'audit verification job failed'),
  });
  await app.register(verificationRoutes, { prefix: '/api/audit', db, clock: services.clock, recorder: () => services.recorder, tree, jobs, lookups: createAuditLookups(db) });

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
  // Pushed last so it runs first: a running verification ends (and records its end) before the appender stops.
  services.stoppers.push(() => jobs.settle());
  return audit;
}
