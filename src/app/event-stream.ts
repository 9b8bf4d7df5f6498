/**
 * The event bus of the app (composition root): the embedded in-process bus when `NATS_URL` is unset, or the
 * NATS JetStream bus (`detect/stream/`) when it is set — the same {@link EventBus} interface either way.
 * In NATS mode the link to the cluster opens in the background (retrying until the cluster answers):
 * the node serves reads meanwhile, and its events reach the stream by catch-up from the audit log.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/client.ts';
import { nodeNameOf, type Config } from '../platform/config.ts';
import { createEventBus, type EventBus } from '../events/bus.ts';
import { readEntryPage } from '../audit/audit.repo.ts';
import { openNatsLink, serversOf, type NatsLink } from '../detect/stream/nats-link.ts';
import { createStreamEventBus, type StreamEventBus } from '../detect/stream/event-publisher.ts';

/** The NATS side of a node, when configured. */
export interface EventStreamRuntime {
  readonly bus: StreamEventBus;
  /** The open link, or null while connecting. */
  link(): NatsLink | null;
  /** Resolves with the link once open (never rejects: failures are logged and retried). */
  readonly ready: Promise<NatsLink>;
  /** Stops publishing (after a short drain) and closes the link. */
  stop(): Promise<void>;
}

const errType = (err: unknown): { type: string; message?: string } => ({
  type: err instanceof Error ? err.name : typeof err,
  // NATS client messages carry no data of ours (subjects, codes): safe and useful to log.
  message: err instanceof Error ? err.message.slice(0, 200) : undefined,
});

/**
 * Builds the app's bus.
 *
 * @param config - the configuration (`natsUrl`, `natsPartitions`, `natsReplicas`, `nodeId`)
 * @param db - the database (the audit log, read by the publisher's catch-up)
 * @param log - the app's logger
 * @returns the bus, and the NATS runtime when `NATS_URL` is set
 */
export function createAppEventBus(config: Config, db: Database, log: FastifyBaseLogger): { bus: EventBus; stream: EventStreamRuntime | null } {
  const local = createEventBus((err) => log.error({ err: errType(err) }, 'event subscriber failed'));
  if (!config.natsUrl) return { bus: local, stream: null };
  let link: NatsLink | null = null;
  let closed = false;
  const nodeName = nodeNameOf(config);
  const bus = createStreamEventBus({
    link: () => link,
    node: nodeName,
    local,
    partitions: config.natsPartitions,
    // One chain (chain 0) on this version of the audit log: its refs are its seqs.
    readAudit: async (afterRef, limit) => (await readEntryPage(db, afterRef, limit)).map((e) => ({ seq: e.seq, body: e.body })),
    onError: (err, what) => log.warn({ err: errType(err) }, what),
  });
  const settings = { servers: serversOf(config.natsUrl), partitions: config.natsPartitions, replicas: config.natsReplicas, name: nodeName };
  const ready = (async (): Promise<NatsLink> => {
    for (;;) {
      try {
        const opened = await openNatsLink(settings);
        if (closed) {
          await opened.close();
          return opened;
        }
        link = opened;
        log.info({ node: nodeName, partitions: config.natsPartitions }, 'event stream connected');
        bus.start();
        return opened;
      } catch (err) {
        log.error({ err: errType(err) }, 'event stream unavailable; retrying in 2 s');
        await new Promise((r) => setTimeout(r, 2_000));
      }
    }
  })();
  return {
    bus,
    stream: {
      bus,
      link: () => link,
      ready,
      async stop() {
        closed = true;
        await bus.stop(5_000);
        if (link) await link.close();
      },
    },
  };
}
