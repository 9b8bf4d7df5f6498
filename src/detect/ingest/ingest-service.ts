/**
 * The ingestion pipeline shared by syslog (UDP, TCP) and HTTPS: normalise each line, record the events
 * through the event recorder (audit log, then the bus the detector listens on), and keep every line that
 * could not be read in `detect_rejected_lines` with its reason — counted, never dropped silently.
 */
import type { Database } from '../../db/client.ts';
import type { EventRecorder, KhienEvent } from '../../events/types.ts';
import type { Clock } from '../../platform/clock.ts';
import { newId } from '../../platform/ids.ts';
import type { DetectContext } from '../context.ts';
import { insertRejected } from '../detect.repo.ts';
import { normaliseJsonItem, normaliseSyslogLine } from './normalise.ts';

/** Where lines arrive from. */
export type IngestChannel = 'syslog_udp' | 'syslog_tcp' | 'http';

/** Outcome of a batch. */
export interface IngestResult {
  accepted: number;
  rejected: number;
  rejections: Array<{ index: number; reason: string }>;
}

/** The ingestion service. */
export interface IngestService {
  /**
   * Ingests a batch.
   *
   * @param channel - transport
   * @param source - sender (token system, peer address)
   * @param items - syslog lines (syslog channels) or JSON items (http)
   * @returns counts and the reasons of rejected lines by index
   */
  ingest(channel: IngestChannel, source: string, items: readonly unknown[]): Promise<IngestResult>;
  /** Lines accepted and rejected per channel since start. */
  counters(): Record<string, number>;
}

/** Dependencies of {@link createIngestService}. */
export interface IngestDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly recorder: () => EventRecorder;
  readonly context: Pick<DetectContext, 'accountIdByUsername' | 'vpnAccount'>;
}

const MAX_KEPT = 4096;

/**
 * Creates the ingestion service.
 *
 * @param deps - database, clock, recorder and lookups
 * @returns the service
 */
export function createIngestService(deps: IngestDeps): IngestService {
  const counts: Record<string, number> = {};
  const bump = (k: string, n: number): void => {
    if (n > 0) counts[k] = (counts[k] ?? 0) + n;
  };
  return {
    counters: () => ({ ...counts }),
    async ingest(channel, source, items) {
      const now = deps.clock.now();
      const env = { context: deps.context, now: now.getTime(), defaultSystem: source };
      const events: KhienEvent[] = [];
      const rejections: IngestResult['rejections'] = [];
      const rows: Array<{ id: string; receivedAt: Date; channel: IngestChannel; source: string; reason: string; line: string }> = [];
      items.forEach((item, index) => {
        const r = channel === 'http' ? normaliseJsonItem(item, env) : normaliseSyslogLine(typeof item === 'string' ? item : '', env);
        if (r.ok) {
          events.push(r.event);
          return;
        }
        rejections.push({ index, reason: r.reason });
        const raw = typeof item === 'string' ? item : JSON.stringify(item) ?? '';
        rows.push({ id: newId(), receivedAt: now, channel, source: source.slice(0, 128), reason: r.reason, line: raw.slice(0, MAX_KEPT) });
      });
      // Rejected lines first: if the audit store refuses the events, the rejects are still kept.
      if (rows.length > 0) await insertRejected(deps.db, rows);
      bump(`${channel}.rejected`, rows.length);
      if (events.length > 0) await deps.recorder().recordMany(events);
      bump(`${channel}.accepted`, events.length);
      return { accepted: events.length, rejected: rows.length, rejections };
    },
  };
}
