/**
 * The manifest written beside an archived partition of `audit_entries` (`archive.ts`), and its parsing. It says
 * what the file holds (seq range, rows, columns, SHA-256 of the bytes) and where the file sits in the log: the
 * chain hash its first entry chains from and that of its last entry, the Merkle frontier before its first entry
 * and the root after its last, the signed checkpoint that covers it and the consistency proof from the archive's
 * last size to that checkpoint. With these, the file is verifiable on its own (`verify-archive.ts`), and the
 * database's verification continues from the archive's end (`archive-anchor.ts`).
 */
import { AuditErrors } from './audit.errors.ts';

/** The format tag of this manifest version. */
export const MANIFEST_FORMAT = 'khien-audit-archive/1';

/** One column of the archived table, in the file's field order. */
export interface ArchiveColumn {
  readonly name: string;
  /** PostgreSQL type name (`bigint`, `text`, `timestamp with time zone`, `text[]`, …). */
  readonly type: string;
}

/** The manifest. */
export interface ArchiveManifest {
  readonly format: typeof MANIFEST_FORMAT;
  readonly partition: string;
  /** First seq of the partition (the first entry in the file). */
  readonly fromSeq: number;
  /** Last seq in the file (inclusive): the log's size at the archive's end. */
  readonly lastSeq: number;
  readonly rowCount: number;
  /** Event times of the first and last entries (ISO). */
  readonly firstTime: string | null;
  readonly lastTime: string | null;
  /** The file's name (beside the manifest), size and hex SHA-256. */
  readonly file: string;
  readonly fileBytes: number;
  readonly fileSha256: string;
  /** `postgresql-binary`: PostgreSQL's binary COPY format, restorable with `COPY … FROM … (FORMAT binary)`. */
  readonly encoding: 'postgresql-binary';
  readonly columns: readonly ArchiveColumn[];
  /** Hex chain hash entry `fromSeq` chains from (the previous entry's; 64 zeros for entry 1). */
  readonly prevChainHash: string;
  /** Hex chain hash of entry `lastSeq`: the first entry left in the database chains from it. */
  readonly lastChainHash: string;
  /** The Merkle tree before the first entry (size `fromSeq − 1`, its frontier nodes) and its root after the last. */
  readonly merkle: {
    readonly startFrontier: readonly { readonly level: number; readonly index: number; readonly hash: string }[];
    readonly rootHash: string;
  };
  /** The signed checkpoint covering the archive (tree size ≥ `lastSeq`), as its signed note, and the proof. */
  readonly checkpoint: {
    readonly note: string;
    readonly treeSize: number;
    readonly rootHash: string;
    /** Consistency proof from size `lastSeq` to `treeSize` (hex). */
    readonly consistencyPath: readonly string[];
  };
  readonly archivedAt: string;
  readonly archivedBy: string;
}

const HEX64 = /^[0-9a-f]{64}$/;

function need(ok: boolean, what: string): void {
  if (!ok) throw new AuditErrors.BAD_MANIFEST(what);
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isHex = (v: unknown): v is string => typeof v === 'string' && HEX64.test(v);

/**
 * Parses and checks the shape of a manifest (not its content against a file: `verify-archive.ts`).
 *
 * @param text - the manifest's JSON text
 * @returns the manifest
 * @throws KHIEN_AUDIT_BAD_MANIFEST naming the first field that is wrong
 */
export function parseManifest(text: string): ArchiveManifest {
  let m: Record<string, unknown>;
  try {
    const v: unknown = JSON.parse(text);
    need(typeof v === 'object' && v !== null && !Array.isArray(v), 'not a JSON object');
    m = v as Record<string, unknown>;
  } catch (err) {
    if (err instanceof SyntaxError) throw new AuditErrors.BAD_MANIFEST('not JSON');
    throw err;
  }
  need(m.format === MANIFEST_FORMAT, 'format');
  need(typeof m.partition === 'string' && /^audit_entries_from_\d+$/.test(m.partition), 'partition');
  need(isCount(m.fromSeq) && m.fromSeq >= 1, 'fromSeq');
  need(isCount(m.lastSeq) && m.lastSeq >= (m.fromSeq as number), 'lastSeq');
  need(isCount(m.rowCount), 'rowCount');
  need(m.firstTime === null || typeof m.firstTime === 'string', 'firstTime');
  need(m.lastTime === null || typeof m.lastTime === 'string', 'lastTime');
  need(typeof m.file === 'string' && m.file.length > 0 && !/[/\\]/.test(m.file), 'file');
  need(isCount(m.fileBytes), 'fileBytes');
  need(isHex(m.fileSha256), 'fileSha256');
  need(m.encoding === 'postgresql-binary', 'encoding');
  const columns = m.columns;
  need(Array.isArray(columns) && columns.every((c: unknown) => typeof c === 'object' && c !== null && typeof (c as ArchiveColumn).name === 'string' && typeof (c as ArchiveColumn).type === 'string'), 'columns');
  for (const col of ['seq', 'body', 'leaf_hash', 'chain_hash']) need((columns as ArchiveColumn[]).some((c) => c.name === col), `columns: ${col}`);
  need(isHex(m.prevChainHash), 'prevChainHash');
  need(isHex(m.lastChainHash), 'lastChainHash');
  const merkle = (typeof m.merkle === 'object' && m.merkle !== null ? m.merkle : {}) as Record<string, unknown>;
  need(typeof m.merkle === 'object' && m.merkle !== null, 'merkle');
  need(isHex(merkle.rootHash), 'merkle.rootHash');
  const frontier = merkle.startFrontier;
  need(Array.isArray(frontier) && frontier.every((n: unknown) => {
    const x = n as Record<string, unknown> | null;
    return typeof x === 'object' && x !== null && isCount(x.level) && isCount(x.index) && isHex(x.hash);
  }), 'merkle.startFrontier');
  const cp = (typeof m.checkpoint === 'object' && m.checkpoint !== null ? m.checkpoint : {}) as Record<string, unknown>;
  need(typeof m.checkpoint === 'object' && m.checkpoint !== null, 'checkpoint');
  need(typeof cp.note === 'string', 'checkpoint.note');
  need(isCount(cp.treeSize), 'checkpoint.treeSize');
  need(isHex(cp.rootHash), 'checkpoint.rootHash');
  need(Array.isArray(cp.consistencyPath) && cp.consistencyPath.every(isHex), 'checkpoint.consistencyPath');
  need(typeof m.archivedAt === 'string', 'archivedAt');
  need(typeof m.archivedBy === 'string', 'archivedBy');
  return m as unknown as ArchiveManifest;
}
