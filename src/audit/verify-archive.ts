/**
 * Verifies an archived partition from its file and manifest alone (`khien audit verify-archive`, and
 * `khien audit archive` before anything is dropped): no database is needed, only the checkpoint verifier key.
 *
 * In one pass over the file it checks the SHA-256 and size the manifest names, that the rows are exactly the
 * entries `fromSeq..lastSeq` in order, each body's leaf hash, each chain link from the manifest's starting
 * chain hash to its last one, and the Merkle root after the last entry (the manifest's frontier before the first
 * entry, then every leaf). It then ties that root to a signed tree head: the checkpoint note's Ed25519 signature
 * and the consistency proof from the archive's size to the checkpoint's. A changed byte in the file, a changed
 * manifest field or a manifest rebuilt around a forged file each fail one of these (a forged file and manifest
 * would need a root the signed checkpoint extends, i.e. a SHA-256 collision or the signing key).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CopyReader } from './copy-reader.ts';
import { EntryScratch, chainOfEntry, leafOfEntry } from './entry-hash.ts';
import { Frontier, bytesOfHex, frontierKeys, hexOf } from './merkle-tree.ts';
import { verifyConsistency } from './merkle-verify.ts';
import { parseCheckpointNote, verifyCheckpointSignature } from './checkpoint.ts';
import type { ArchiveManifest } from './archive-manifest.ts';

/** Kinds of fault in an archive. */
export type ArchiveFaultKind = 'file' | 'format' | 'missing' | 'altered' | 'chain' | 'tree' | 'checkpoint';

/** One fault (`seq` null when it is about the file or manifest as a whole). */
export interface ArchiveFault {
  readonly kind: ArchiveFaultKind;
  readonly seq: number | null;
  /** English detail (the report adds the Vietnamese kind). */
  readonly detail: string;
}

/** The report. */
export interface ArchiveReport {
  readonly ok: boolean;
  readonly partition: string;
  /** Rows read and checked. */
  readonly rows: number;
  readonly fileSha256: string;
  /** Root recomputed from the manifest's start frontier and the file's leaves (empty when not reached). */
  readonly rootHash: string;
  /** Chain hash of the last row checked. */
  readonly lastChainHash: string;
  /** The checkpoint's signature (null: no key given). */
  readonly signatureValid: boolean | null;
  /** The consistency proof from the archive's size to the checkpoint verifies. */
  readonly consistent: boolean;
  readonly faults: readonly ArchiveFault[];
}

/** Options of {@link verifyArchiveStream}. */
export interface VerifyArchiveOptions {
  /** Raw Ed25519 public key of the checkpoints (without it the signature is reported as not checked). */
  readonly publicKey?: Uint8Array;
  /** Called about every 100,000 rows with the rows checked. */
  readonly onProgress?: (rows: number) => void;
}

/** Compares a stored hash field (64 hex bytes, or 32 raw bytes for a `bytea` column) with a digest. */
function hashFieldEquals(field: Buffer | null, digest: Buffer): boolean {
  if (!field) return false;
  if (field.length === 32) return field.equals(digest);
  return field.length === 64 && field.toString('latin1') === digest.toString('hex');
}

/**
 * Verifies an archive given as a stream of its bytes.
 *
 * @param manifest - the parsed manifest
 * @param bytes - the file's bytes, in order
 * @param opts - public key, progress
 * @returns the report
 */
export async function verifyArchiveStream(manifest: ArchiveManifest, bytes: AsyncIterable<Buffer>, opts: VerifyArchiveOptions = {}): Promise<ArchiveReport> {
  const faults: ArchiveFault[] = [];
  const fault = (f: ArchiveFault): false => {
    faults.push(f);
    return false;
  };
  const col = (name: string): number => manifest.columns.findIndex((c) => c.name === name);
  const [iSeq, iBody, iLeaf, iChain] = [col('seq'), col('body'), col('leaf_hash'), col('chain_hash')];

  // The tree before the first entry, as the manifest gives it: the right nodes for that size.
  const startSize = manifest.fromSeq - 1;
  const keys = frontierKeys(startSize);
  const given = manifest.merkle.startFrontier;
  let frontier: Frontier | null = null;
  if (given.length !== keys.length || keys.some((k, i) => given[i]?.level !== k.level || given[i]?.index !== k.index)) {
    fault({ kind: 'tree', seq: null, detail: `the manifest's start frontier is not the frontier of a tree of ${startSize} leaves` });
  } else {
    frontier = new Frontier(startSize, given.map((n) => ({ level: n.level, index: n.index, hash: bytesOfHex(n.hash) })));
  }

  const scratch = new EntryScratch();
  let prev: Buffer = Buffer.from(bytesOfHex(manifest.prevChainHash));
  let expected = manifest.fromSeq;
  let rowFault = false;
  // The first faulty row ends the row checks (the file is invalid; later rows prove nothing more).
  const stop = (f: ArchiveFault): false => {
    rowFault = true;
    return fault(f);
  };
  const reader = new CopyReader((fields) => {
    if (fields.length !== manifest.columns.length) return stop({ kind: 'format', seq: expected, detail: `a row has ${fields.length} fields, the manifest lists ${manifest.columns.length} columns` });
    const seqField = fields[iSeq];
    const seq = seqField && seqField.length === 8 ? Number(seqField.readBigInt64BE(0)) : NaN;
    if (seq !== expected) return stop({ kind: 'missing', seq: expected, detail: Number.isNaN(seq) ? `entry ${expected}: unreadable seq` : `entry ${expected} is missing or out of order (found ${seq})` });
    const body = fields[iBody];
    if (!body) return stop({ kind: 'altered', seq, detail: 'the body is NULL' });
    const e = scratch.load(body);
    const leaf = leafOfEntry(e);
    if (!hashFieldEquals(fields[iLeaf] ?? null, leaf)) {
      return stop({ kind: 'altered', seq, detail: 'the body does not match its leaf hash' });
    }
    const chain = chainOfEntry(e, prev);
    if (!hashFieldEquals(fields[iChain] ?? null, chain)) {
      return stop({ kind: 'chain', seq, detail: seq === manifest.fromSeq ? "the first entry does not chain from the manifest's starting chain hash" : 'the chain hash does not follow from the previous entry and the body' });
    }
    prev = chain;
    frontier?.append(leaf);
    expected++;
    if (opts.onProgress && (expected - manifest.fromSeq) % 100_000 === 0) opts.onProgress(expected - manifest.fromSeq);
    return true;
  });

  const sha = crypto.createHash('sha256');
  let fileBytes = 0;
  let formatError: string | null = null;
  for await (const chunk of bytes) {
    sha.update(chunk);
    fileBytes += chunk.length;
    if (formatError === null) {
      try {
        reader.push(chunk);
      } catch (err) {
        formatError = (err as Error).message;
      }
    }
  }
  if (formatError === null) {
    try {
      reader.finish();
    } catch (err) {
      formatError = (err as Error).message;
    }
  }
  const fileSha256 = sha.digest('hex');
  if (fileSha256 !== manifest.fileSha256) fault({ kind: 'file', seq: null, detail: "the file's SHA-256 is not the manifest's" });
  if (fileBytes !== manifest.fileBytes) fault({ kind: 'file', seq: null, detail: `the file has ${fileBytes} bytes, the manifest says ${manifest.fileBytes}` });
  if (formatError !== null) fault({ kind: 'format', seq: null, detail: formatError });
  const rows = expected - manifest.fromSeq;
  const lastChainHash = prev.toString('hex');
  let rootHash = '';
  if (!rowFault && formatError === null) {
    if (rows !== manifest.rowCount || expected - 1 !== manifest.lastSeq) fault({ kind: 'missing', seq: expected, detail: `the file holds entries ${manifest.fromSeq}..${expected - 1}, the manifest ${manifest.fromSeq}..${manifest.lastSeq} (${manifest.rowCount} rows)` });
    else if (lastChainHash !== manifest.lastChainHash) fault({ kind: 'chain', seq: manifest.lastSeq, detail: "the last entry's chain hash is not the manifest's" });
    if (frontier) {
      rootHash = hexOf(frontier.root());
      if (rootHash !== manifest.merkle.rootHash) fault({ kind: 'tree', seq: manifest.lastSeq, detail: "the Merkle root after the last entry is not the manifest's" });
    }
  }

  // The signed tree head the archive is tied to.
  let signatureValid: boolean | null = null;
  let consistent = false;
  try {
    const c = parseCheckpointNote(manifest.checkpoint.note);
    if (c.treeSize !== manifest.checkpoint.treeSize || c.rootHash !== manifest.checkpoint.rootHash) fault({ kind: 'checkpoint', seq: null, detail: "the checkpoint note does not say the manifest's tree size and root" });
    if (opts.publicKey) {
      signatureValid = verifyCheckpointSignature(c, opts.publicKey);
      if (!signatureValid) fault({ kind: 'checkpoint', seq: c.treeSize, detail: "the checkpoint's signature is invalid" });
    }
    consistent =
      c.treeSize >= manifest.lastSeq &&
      verifyConsistency(manifest.lastSeq, c.treeSize, bytesOfHex(manifest.merkle.rootHash), bytesOfHex(c.rootHash), manifest.checkpoint.consistencyPath.map(bytesOfHex));
    if (!consistent) fault({ kind: 'checkpoint', seq: c.treeSize, detail: `the signed checkpoint of size ${c.treeSize} does not extend the archive's tree of size ${manifest.lastSeq}` });
  } catch (err) {
    fault({ kind: 'checkpoint', seq: null, detail: `the checkpoint note is unreadable (${(err as Error).message})` });
  }
  return { ok: faults.length === 0, partition: manifest.partition, rows, fileSha256, rootHash, lastChainHash, signatureValid, consistent, faults };
}

/**
 * Verifies an archive file (found beside the manifest, by the manifest's file name).
 *
 * @param manifest - the parsed manifest
 * @param manifestPath - where the manifest is (the file is looked for in the same directory)
 * @param opts - public key, progress
 * @returns the report
 */
export async function verifyArchiveFile(manifest: ArchiveManifest, manifestPath: string, opts: VerifyArchiveOptions = {}): Promise<ArchiveReport> {
  const file = path.join(path.dirname(manifestPath), manifest.file);
  return verifyArchiveStream(manifest, fs.createReadStream(file, { highWaterMark: 1 << 20 }), opts);
}

const KIND_VI: Record<ArchiveFaultKind, string> = {
  file: 'tệp không khớp',
  format: 'sai định dạng',
  missing: 'thiếu/sai thứ tự',
  altered: 'bị sửa',
  chain: 'chuỗi băm đứt',
  tree: 'cây Merkle sai',
  checkpoint: 'điểm kiểm tra không khớp',
};

/**
 * Formats a report for people, in Vietnamese and English.
 *
 * @param r - the report
 * @returns the text
 */
export function formatArchiveReport(r: ArchiveReport): string {
  const lines: string[] = [];
  if (r.ok) {
    lines.push(`HỢP LỆ / VALID: ${r.partition}, ${r.rows} mục / entries, gốc Merkle / Merkle root ${r.rootHash}, SHA-256 ${r.fileSha256}`);
  } else {
    lines.push(`KHÔNG HỢP LỆ / INVALID: ${r.partition}`);
    for (const f of r.faults) lines.push(`  - ${f.seq === null ? '' : `mục / entry #${f.seq} `}${KIND_VI[f.kind]} / ${f.kind}: ${f.detail}`);
    lines.push(`Đã đọc / read ${r.rows} mục / entries`);
  }
  const sig = r.signatureValid === null ? 'không kiểm tra / not checked' : r.signatureValid ? 'hợp lệ / valid' : 'SAI / INVALID';
  lines.push(`Điểm kiểm tra / checkpoint: chữ ký / signature ${sig}; nhất quán / consistent: ${r.consistent ? 'có / yes' : 'KHÔNG / NO'}`);
  return `${lines.join('\n')}\n`;
}
