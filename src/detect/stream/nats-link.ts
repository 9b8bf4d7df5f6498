/**
 * The connection of a Khiên node to the NATS JetStream cluster and the JetStream assets it uses, created on
 * first connection when missing (the same calls are idempotent on every node):
 *
 * - stream `KHIEN_EVENTS` (`khien.ev.>`): every recorded event, once, on its partition subject
 *   (`partitions.ts`), message id = its audit sequence, kept for {@link EVENT_RETENTION_MS};
 * - stream `KHIEN_DETECTIONS` (`khien.det`): detections going back to the nodes, message id = the detection's
 *   identity (rule, account, group, event), de-duplicated over {@link DETECTION_DEDUP_MS};
 * - key-value bucket `khien_leases` (entries expire after {@link LEASE_TTL_MS} unless renewed): who owns
 *   each partition and the alert writer; `khien_members`: live nodes; `khien_cursors`: how far each node's
 *   events are known to be in the stream;
 * - object store `khien_snapshots`: detector snapshots per partition.
 */
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager, type StreamConfig } from '@nats-io/jetstream';
import { Kvm, type KV } from '@nats-io/kv';
import { Objm, type ObjectStore } from '@nats-io/obj';
import { EVENT_SUBJECT_PREFIX } from './partitions.ts';

/** Stream of events. */
export const EVENT_STREAM = 'KHIEN_EVENTS';
/** Stream of detections. */
export const DETECTION_STREAM = 'KHIEN_DETECTIONS';
/** Subject of detections. */
export const DETECTION_SUBJECT = 'khien.det';
/** How long events stay in the stream (the longest replay a new worker may do without a snapshot). */
export const EVENT_RETENTION_MS = 7 * 86_400_000;
/** De-duplication window of events (covers a node's restart and catch-up from its cursor). */
export const EVENT_DEDUP_MS = 5 * 60_000;
/** De-duplication window of detections (covers a worker's replay from its last snapshot). */
export const DETECTION_DEDUP_MS = 86_400_000;
/** A lease not renewed within this time lapses. */
export const LEASE_TTL_MS = 6_000;

const NANOS = 1_000_000;

/** Settings of the link. */
export interface LinkSettings {
  /** `nats://host:port` URLs. */
  readonly servers: readonly string[];
  readonly partitions: number;
  readonly replicas: number;
  /** Connection name shown by the server (the node id). */
  readonly name: string;
}

/** An open link with its assets. */
export interface NatsLink {
  readonly nc: NatsConnection;
  readonly js: JetStreamClient;
  readonly jsm: JetStreamManager;
  readonly leases: KV;
  readonly members: KV;
  readonly cursors: KV;
  readonly snapshots: ObjectStore;
  readonly settings: LinkSettings;
  /** Whether the connection is up now (publishing and leases may work). */
  connected(): boolean;
  close(): Promise<void>;
}

/**
 * Creates a stream, or checks that the existing one has the same subjects (a different partition count is a
 * configuration error: events would be routed inconsistently).
 */
async function ensureStream(jsm: JetStreamManager, cfg: Partial<StreamConfig> & { name: string; description: string }): Promise<void> {
  try {
    await jsm.streams.add(cfg);
  } catch (err) {
    const info = await jsm.streams.info(cfg.name).catch(() => null);
    if (!info) throw err;
    if (info.config.description !== cfg.description) {
      throw new Error(`stream ${cfg.name} exists as "${info.config.description ?? ''}", this node expects "${cfg.description}"`);
    }
  }
}

/**
 * Parses `NATS_URL`.
 *
 * @param url - comma-separated `nats://host:port`
 * @returns the `host:port` list the client takes
 */
export function serversOf(url: string): string[] {
  return url.split(',').map((s) => s.trim().replace(/^nats:\/\//, '')).filter((s) => s.length > 0);
}

/**
 * Connects (retrying until the cluster answers) and makes sure every asset exists.
 *
 * @param settings - servers, partitions, replicas, name
 * @returns the open link
 * @throws when the existing stream was made with another partition count
 */
export async function openNatsLink(settings: LinkSettings): Promise<NatsLink> {
  const nc = await connect({
    servers: [...settings.servers],
    name: settings.name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 250,
    waitOnFirstConnect: true,
    pingInterval: 5_000,
  });
  let up = true;
  void (async () => {
    for await (const s of nc.status()) {
      if (s.type === 'disconnect' || s.type === 'reconnecting') up = false;
      else if (s.type === 'reconnect') up = true;
    }
  })();
  try {
    return await withAssetRetry(() => ensureAssets(nc, settings, () => up));
  } catch (err) {
    await nc.close();
    throw err;
  }
}

/** Time allowed for each request that makes or opens a stream, bucket or store. */
const ASSET_TIMEOUT_MS = 10_000;
/** How long {@link openNatsLink} keeps retrying asset creation that timed out (a server just restarted, a stream electing its leader). */
const ASSET_RETRY_MS = 60_000;

/**
 * Runs `make` again while it fails with a NATS time-out (creation is idempotent: every asset is "create or
 * open"), until {@link ASSET_RETRY_MS} has passed.
 */
async function withAssetRetry<T>(make: () => Promise<T>): Promise<T> {
  const end = Date.now() + ASSET_RETRY_MS;
  for (;;) {
    try {
      return await make();
    } catch (err) {
      const timedOut = err instanceof Error && (err.name === 'TimeoutError' || /timeout/i.test(err.message));
      if (!timedOut || Date.now() > end) throw err;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/** Makes sure the streams, buckets and object store exist (creating or opening each), and returns the link. */
async function ensureAssets(nc: NatsConnection, settings: LinkSettings, isUp: () => boolean): Promise<NatsLink> {
  const jsm = await jetstreamManager(nc, { timeout: ASSET_TIMEOUT_MS });
  const replicas = settings.replicas;
  await ensureStream(jsm, {
    name: EVENT_STREAM,
    description: `Khiên events; partitions=${settings.partitions}`,
    subjects: [`${EVENT_SUBJECT_PREFIX}.>`],
    num_replicas: replicas,
    max_age: EVENT_RETENTION_MS * NANOS,
    duplicate_window: EVENT_DEDUP_MS * NANOS,
  });
  await ensureStream(jsm, {
    name: DETECTION_STREAM,
    description: 'Khiên detections',
    subjects: [DETECTION_SUBJECT],
    num_replicas: replicas,
    max_age: EVENT_RETENTION_MS * NANOS,
    duplicate_window: DETECTION_DEDUP_MS * NANOS,
  });
  const js = jetstream(nc, { timeout: ASSET_TIMEOUT_MS });
  const kvm = new Kvm(js);
  const leases = await kvm.create('khien_leases', { ttl: LEASE_TTL_MS, history: 1, replicas });
  const members = await kvm.create('khien_members', { ttl: LEASE_TTL_MS, history: 1, replicas });
  const cursors = await kvm.create('khien_cursors', { history: 1, replicas });
  const snapshots = await new Objm(js).create('khien_snapshots', { replicas });
  return {
    nc, js, jsm, leases, members, cursors, snapshots, settings,
    connected: () => isUp() && !nc.isClosed(),
    close: async () => {
      if (!nc.isClosed()) await nc.drain().catch(() => nc.close());
    },
  };
}
