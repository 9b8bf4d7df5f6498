/**
 * What an operator sees of the partitions of `audit_entries` (`khien audit partitions`, docs/OPERATIONS.md
 * "Retention and archive"): each range partition with its seq range, rows, planner estimate, size on disk, the
 * times of its first and last entries and its archive state, the partitions already archived and dropped (from
 * `audit_archives`), and the DEFAULT partition's rows (a warning when non-zero). Every figure is cheap on a
 * partition of a billion rows: the rows of a partition follow from its seq range and the head (the log has no
 * gap), the first and last entries are found through the primary key, sizes and estimates come from the
 * catalogue; only the DEFAULT partition, empty when healthy, is counted.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client.ts';

/** The archive state of a partition. */
export type PartitionState = 'future' | 'head' | 'full' | 'archived' | 'dropped';

/** One partition as listed. */
export interface PartitionInfo {
  readonly name: string;
  /** First seq of its range. */
  readonly fromSeq: number;
  /** Seq after its range (exclusive bound). */
  readonly toSeq: number;
  /** Entries in it: from the seq range and the head (for a dropped one, the archive's count). */
  readonly rows: number;
  /** The planner's estimate (`pg_class.reltuples`; null when never analysed, or dropped). */
  readonly rowEstimate: number | null;
  /** Bytes on disk with indexes and TOAST (0 when dropped). */
  readonly bytes: number;
  /** Event time of its first and last entries (null when empty or dropped). */
  readonly firstTime: string | null;
  readonly lastTime: string | null;
  /**
   * `future`: no entry yet; `head`: holds the newest entry (being written); `full`: complete, may be archived;
   * `archived`: exported to a file, still in the database; `dropped`: archived, detached and dropped.
   */
  readonly state: PartitionState;
  /** SHA-256 of the archive file, when archived. */
  readonly archiveSha256: string | null;
}

/** The listing. */
export interface PartitionListing {
  /** Dropped archives first, then the range partitions, in seq order. */
  readonly partitions: readonly PartitionInfo[];
  /** Rows in the DEFAULT partition (0 when healthy). */
  readonly defaultRows: number;
  /** Highest seq in the log (0 when empty). */
  readonly head: number;
  /** First seq still in the database (head + 1 when none). */
  readonly firstRetainedSeq: number;
}

type Num = string | number;

/**
 * Lists the partitions.
 *
 * @param db - database (read-only use)
 * @returns the listing
 */
export async function listPartitions(db: Database): Promise<PartitionListing> {
  const [h] = await queryRows<{ head: Num | null; first: Num | null; d: number }>(
    db,
    sql`select (select max(seq) from audit_entries) as head, (select min(seq) from audit_entries) as first, (select count(*)::int from audit_entries_default) as d`,
  );
  const head = Number(h?.head ?? 0);
  const parts = await queryRows<{ name: string; from_seq: Num; to_seq: Num; est: number | null; bytes: Num; first_time: string | null; last_time: string | null }>(
    db,
    sql`select b.name, b.from_seq, b.to_seq,
          case when c.reltuples < 0 then null else c.reltuples::float8 end as est,
          pg_total_relation_size(c.oid) as bytes,
          (select to_char(e.time at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') from audit_entries e where e.seq = (select min(seq) from audit_entries where seq >= b.from_seq and seq < b.to_seq)) as first_time,
          (select to_char(e.time at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') from audit_entries e where e.seq = (select max(seq) from audit_entries where seq >= b.from_seq and seq < b.to_seq)) as last_time
        from audit_partition_bounds() b join pg_class c on c.relname = b.name and c.relnamespace = 'public'::regnamespace
        order by b.from_seq`,
  );
  const archives = await queryRows<{ partition: string; from_seq: Num; last_seq: Num; row_count: Num; file_sha256: string; detached_at: string | null; manifest: string }>(
    db,
    sql`select partition, from_seq, last_seq, row_count, file_sha256, detached_at::text, manifest from audit_archives order by from_seq`,
  );
  const byName = new Map(archives.map((a) => [a.partition, a]));
  const out: PartitionInfo[] = [];
  for (const a of archives) {
    if (a.detached_at === null) continue;
    const span = timeSpanOf(a.manifest);
    out.push({
      name: a.partition,
      fromSeq: Number(a.from_seq),
      toSeq: Number(a.last_seq) + 1,
      rows: Number(a.row_count),
      rowEstimate: null,
      bytes: 0,
      firstTime: span.first,
      lastTime: span.last,
      state: 'dropped',
      archiveSha256: a.file_sha256,
    });
  }
  for (const p of parts) {
    const from = Number(p.from_seq);
    const to = Number(p.to_seq);
    const rows = Math.max(0, Math.min(head + 1, to) - from);
    const archive = byName.get(p.name);
    const state: PartitionState = archive ? 'archived' : rows === 0 ? 'future' : head < to ? 'head' : 'full';
    out.push({
      name: p.name,
      fromSeq: from,
      toSeq: to,
      rows,
      rowEstimate: p.est === null ? null : Math.round(Number(p.est)),
      bytes: Number(p.bytes),
      firstTime: p.first_time,
      lastTime: p.last_time,
      state,
      archiveSha256: archive?.file_sha256 ?? null,
    });
  }
  return { partitions: out, defaultRows: h?.d ?? 0, head, firstRetainedSeq: h?.first === null || h?.first === undefined ? head + 1 : Number(h.first) };
}

function timeSpanOf(manifest: string): { first: string | null; last: string | null } {
  try {
    const m = JSON.parse(manifest) as { firstTime?: unknown; lastTime?: unknown };
    return { first: typeof m.firstTime === 'string' ? m.firstTime : null, last: typeof m.lastTime === 'string' ? m.lastTime : null };
  } catch {
    return { first: null, last: null };
  }
}

const STATE_VI: Record<PartitionState, string> = {
  future: 'chưa ghi / future',
  head: 'đang ghi / head',
  full: 'đầy / full',
  archived: 'đã lưu trữ / archived',
  dropped: 'đã lưu trữ và xóa / dropped',
};

/**
 * A byte count for people (binary units).
 *
 * @param n - bytes
 * @returns e.g. `1.5 GiB`
 */
export function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return u === 0 ? `${v} B` : `${v.toFixed(1)} ${units[u]}`;
}

/**
 * Formats the listing as a table, in Vietnamese and English, with the DEFAULT partition's warning.
 *
 * @param l - the listing
 * @returns the text
 */
export function formatPartitionListing(l: PartitionListing): string {
  const header = ['phân vùng / partition', 'seq', 'mục / rows', 'ước tính / est.', 'kích thước / size', 'mục đầu / first', 'mục cuối / last', 'trạng thái / state'];
  const rows = l.partitions.map((p) => [
    p.name,
    `${p.fromSeq}–${p.toSeq - 1}`,
    String(p.rows),
    p.rowEstimate === null ? '-' : String(p.rowEstimate),
    p.state === 'dropped' ? '-' : formatBytes(p.bytes),
    p.firstTime ?? '-',
    p.lastTime ?? '-',
    STATE_VI[p.state] + (p.archiveSha256 ? ` sha256:${p.archiveSha256.slice(0, 12)}…` : ''),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  const lines = [line(header), ...rows.map(line)];
  lines.push(`Đầu nhật ký / head: ${l.head}; mục đầu tiên còn trong cơ sở dữ liệu / first retained seq: ${l.firstRetainedSeq}`);
  if (l.defaultRows > 0) {
    lines.push(
      `CẢNH BÁO / WARNING: phân vùng DEFAULT chứa ${l.defaultRows} mục — chuyển chúng sang phân vùng đúng (docs/OPERATIONS.md) / ` +
        `the DEFAULT partition holds ${l.defaultRows} entries — move them into a range partition (docs/OPERATIONS.md)`,
    );
  } else {
    lines.push('Phân vùng DEFAULT trống / DEFAULT partition empty');
  }
  return `${lines.join('\n')}\n`;
}
