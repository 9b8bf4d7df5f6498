/**
 * Detections back to the nodes. Partition workers publish each detection to the `KHIEN_DETECTIONS` stream
 * with a message id derived from what makes it unique (rule, account, group, triggering event), so that the
 * same detection raised again by a worker replaying after a restart is dropped by the stream. One node at a
 * time — the holder of the `alert-writer` lease — reads the stream through the durable consumer
 * `alert-writer` and hands each detection to the alert service, acknowledging a batch only after the alert
 * service has written it: persistence, suspension and case creation happen on that node, once. A detection
 * redelivered after the writer stopped mid-batch is recognised by the alert service (`idempotent`: its event
 * is already evidence of the group's alert) and skipped.
 */
import crypto from 'node:crypto';
import { AckPolicy, DeliverPolicy, type JsMsg } from '@nats-io/jetstream';
import type { AlertService } from '../alerts.ts';
import type { Detection } from '../rule.ts';
import { acquireLease, type Lease } from './lease.ts';
import { DETECTION_STREAM, DETECTION_SUBJECT, type NatsLink } from './nats-link.ts';

/** Durable consumer (and lease key) of the alert writer. */
export const ALERT_WRITER = 'alert-writer';

/**
 * The de-duplication id of a detection.
 *
 * @param d - the detection
 * @returns 32 hex characters
 */
export function detectionId(d: Detection): string {
  return crypto.createHash('sha256').update(`${d.ruleId}\u001f${d.accountId ?? ''}\u001f${d.groupKey}\u001f${d.event.id}`).digest('hex').slice(0, 32);
}

/**
 * Publishes a detection.
 *
 * @param link - the open link
 * @param d - the detection
 */
export async function publishDetection(link: NatsLink, d: Detection): Promise<void> {
  await link.js.publish(DETECTION_SUBJECT, JSON.stringify(d), { msgID: detectionId(d), timeout: 10_000 });
}

/** The alert writer of a node: takes the lease when free, writes detections while it holds it. */
export interface AlertWriter {
  /** Called every pool tick: takes or renews the lease, starts or stops writing. */
  tick(): Promise<void>;
  holding(): boolean;
  stats(): { written: number; batches: number };
  stop(): Promise<void>;
}

/**
 * Creates the writer.
 *
 * @param link - the open link
 * @param nodeId - this node
 * @param alerts - the alert service (created with `idempotent: true`)
 * @param onError - failures
 * @returns the writer
 */
export function createAlertWriter(link: NatsLink, nodeId: string, alerts: AlertService, onError: (err: unknown, what: string) => void): AlertWriter {
  let lease: Lease | null = null;
  let loop: Promise<void> | null = null;
  let stopped = false;
  const counters = { written: 0, batches: 0 };

  const ensureConsumer = async (): Promise<void> => {
    try {
      await link.jsm.consumers.info(DETECTION_STREAM, ALERT_WRITER);
    } catch {
      await link.jsm.consumers.add(DETECTION_STREAM, {
        durable_name: ALERT_WRITER,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        ack_wait: 30_000_000_000,
        max_ack_pending: 10_000,
      });
    }
  };

  const write = async (held: Lease): Promise<void> => {
    await ensureConsumer();
    const consumer = await link.js.consumers.get(DETECTION_STREAM, ALERT_WRITER);
    while (!stopped && held.held()) {
      const batch: JsMsg[] = [];
      const msgs = await consumer.fetch({ max_messages: 500, expires: 1_000 });
      for await (const m of msgs) {
        batch.push(m);
        try {
          alerts.handle(m.json<Detection>());
        } catch (err) {
          onError(err, 'unreadable detection dropped');
        }
      }
      if (batch.length === 0) continue;
      // Acknowledged only once written: a writer that dies here leaves them to be delivered again.
      await alerts.flush();
      for (const m of batch) m.ack();
      counters.written += batch.length;
      counters.batches++;
    }
  };

  return {
    holding: () => lease?.held() ?? false,
    stats: () => ({ ...counters }),
    async tick() {
      if (stopped) return;
      if (lease && !(await lease.renew())) lease = null;
      if (!lease) lease = await acquireLease(link.leases, ALERT_WRITER, nodeId);
      if (lease && !loop) {
        const held = lease;
        loop = write(held)
          .catch((err: unknown) => onError(err, 'alert writer stopped'))
          .finally(() => {
            loop = null;
          });
      }
    },
    async stop() {
      stopped = true;
      if (loop) await loop;
      if (lease) await lease.release();
      lease = null;
    },
  };
}
