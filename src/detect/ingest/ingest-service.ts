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
import { isReject, parseKeyValues, parseSyslog } from './syslog-parse.ts';
import { jsonFields, mapLine, mappedAccessEvent, type FieldReader, type MappedAccessPort, type MappedLine, type SourceMapping } from './source-mapping.ts';

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
  readonly context: Pick<DetectContext, 'accountIdByUsername' | 'vpnAccount' | 'account'>;
  /** The declared log mappings by source system (issue 15, item 4). */
  readonly mappings: () => Promise<ReadonlyMap<string, SourceMapping>>;
  /** Resolves and decides mapped access lines (the access module, through `app/`). */
  readonly accesses: MappedAccessPort;
}

/**
 * The mapped access line of an item, when its system declared a mapping and the line names a person.
 *
 * @returns null when the mapping does not apply (the line is normalised as before)
 */
function mapItem(
  channel: IngestChannel,
  source: string,
  item: unknown,
  mappings: ReadonlyMap<string, SourceMapping>,
  env: { now: number; context: IngestDeps['context'] },
): { ok: true; line: MappedLine } | { ok: false; reason: string } | null {
  if (mappings.size === 0) return null;
  let system = source;
  let read: FieldReader;
  let time: number | undefined;
  const text = typeof item === 'string' ? item.trim() : null;
  if (channel !== 'http' || (text !== null && text.startsWith('<'))) {
    if (text === null) return null;
    const r = parseSyslog(text, env.now);
    if (isReject(r)) return null;
    system = r.host ?? source;
    const fields: Record<string, string> = { ...parseKeyValues(r.message), ...Object.fromEntries(Object.entries(r.structured).map(([k, v]) => [k.toLowerCase(), v])) };
    read = (name) => fields[name] ?? fields[name.toLowerCase()];
    time = r.time;
  } else {
    let o: unknown = item;
    if (text !== null) {
      try {
        o = JSON.parse(text);
      } catch {
        return null;
      }
    }
    if (typeof o !== 'object' || o === null || Array.isArray(o)) return null;
    read = jsonFields(o as Record<string, unknown>);
  }
  const mapping = mappings.get(system);
  if (!mapping || read(mapping.fields.person) === undefined) return null;
  return mapLine(read, mapping, {
    system, now: env.now, time,
    accountIdByUsername: (n) => env.context.accountIdByUsername(n),
    account: (id) => env.context.account(id),
  });
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
      const reject = (index: number, item: unknown, reason: string): void => {
        rejections.push({ index, reason });
        const raw = typeof item === 'string' ? item : JSON.stringify(item) ?? '';
        rows.push({ id: newId(), receivedAt: now, channel, source: source.slice(0, 128), reason, line: raw.slice(0, MAX_KEPT) });
      };
      const mappings = await deps.mappings();
      const mapped: Array<{ index: number; item: unknown; line: MappedLine }> = [];
      items.forEach((item, index) => {
        const m = mapItem(channel, source, item, mappings, env);
        if (m) {
          if (m.ok) mapped.push({ index, item, line: m.line });
          else reject(index, item, m.reason);
          return;
        }
        const r = channel === 'http' ? normaliseJsonItem(item, env) : normaliseSyslogLine(typeof item === 'string' ? item : '', env);
        if (r.ok) {
          events.push(r.event);
          return;
        }
        reject(index, item, r.reason);
      });
      // Mapped access lines: the person resolved and the read checked against the assignment in force.
      if (mapped.length > 0) {
        const decisions = await deps.accesses.decide(mapped.map((m) => m.line));
        mapped.forEach((m, i) => {
          const d = decisions[i];
          if (!d) reject(m.index, m.item, 'MAPPED_UNKNOWN_PERSON');
          else events.push(mappedAccessEvent(m.line, d));
        });
        rejections.sort((a, b) => a.index - b.index);
      }
      // Rejected lines first: if the audit store refuses the events, the rejects are still kept.
      if (rows.length > 0) await insertRejected(deps.db, rows);
      bump(`${channel}.rejected`, rows.length);
      if (events.length > 0) await deps.recorder().recordMany(events);
      bump(`${channel}.accepted`, events.length);
      return { accepted: events.length, rejected: rows.length, rejections };
    },
  };
}
