/**
 * Signed checkpoints (tree heads) of the audit log and their text form.
 *
 * The text follows the signed-note format of transparency logs (C2SP tlog-checkpoint / sumdb note): the body is
 * the origin, the tree size, the base64 root hash and — an extension line — the time; a blank line; then one
 * signature line `— <key name> <base64(4-byte key hash ‖ Ed25519 signature)>`. The signature covers the body
 * bytes exactly. An outside party keeps this file; `khien audit verify --checkpoint` proves the current log
 * extends it unchanged (DESIGN.md invariant 3, anchors takeaway 7).
 */
import type { Database } from '../db/client.ts';
import type { Clock } from '../platform/clock.ts';
import { insertCheckpoint, listCheckpoints, type StoredCheckpoint } from './audit.repo.ts';
import { readTreeHead } from './proofs.ts';
import { AuditErrors } from './audit.errors.ts';
import { verifyEd25519, type SigningKey } from './signing-key.ts';
import { itemAt } from '../platform/arrays.ts';

/** A checkpoint. */
export interface Checkpoint {
  readonly origin: string;
  readonly treeSize: number;
  /** Hex root hash. */
  readonly rootHash: string;
  /** ISO time. */
  readonly time: string;
  /** Hex 4-byte key hash. */
  readonly keyId: string;
  /** Base64 Ed25519 signature over {@link checkpointNoteBody}. */
  readonly signature: string;
}

/**
 * The signed body of a checkpoint note.
 *
 * @param c - origin, size, root, time
 * @returns the body text, ending in a newline
 */
export function checkpointNoteBody(c: Pick<Checkpoint, 'origin' | 'treeSize' | 'rootHash' | 'time'>): string {
  return `${c.origin}\n${c.treeSize}\n${Buffer.from(c.rootHash, 'hex').toString('base64')}\n${c.time}\n`;
}

/**
 * Formats a checkpoint as a signed note.
 *
 * @param c - the checkpoint
 * @returns the note text
 */
export function formatCheckpointNote(c: Checkpoint): string {
  const blob = Buffer.concat([Buffer.from(c.keyId, 'hex'), Buffer.from(c.signature, 'base64')]).toString('base64');
  return `${checkpointNoteBody(c)}\n\u2014 ${c.origin} ${blob}\n`;
}

/**
 * Parses a signed checkpoint note (the signature is not checked here).
 *
 * @param text - note text
 * @returns the checkpoint
 * @throws KHIEN_AUDIT_BAD_CHECKPOINT naming what is wrong
 */
export function parseCheckpointNote(text: string): Checkpoint {
  const normalised = text.replace(/\r\n/g, '\n');
  const split = normalised.indexOf('\n\n');
  if (split < 0) throw new AuditErrors.BAD_CHECKPOINT('no signature block');
  const lines = normalised.slice(0, split).split('\n');
  if (lines.length !== 4) throw new AuditErrors.BAD_CHECKPOINT('body must have 4 lines');
  const [origin, sizeText, rootB64, time] = lines as [string, string, string, string];
  if (!/^\d{1,15}$/.test(sizeText)) throw new AuditErrors.BAD_CHECKPOINT('size');
  const root = Buffer.from(rootB64, 'base64');
  if (root.length !== 32 || root.toString('base64') !== rootB64) throw new AuditErrors.BAD_CHECKPOINT('root hash');
  if (Number.isNaN(Date.parse(time))) throw new AuditErrors.BAD_CHECKPOINT('time');
  const sigLine = normalised.slice(split + 2).split('\n').find((l) => l.startsWith('\u2014 '));
  const m = sigLine ? /^\u2014 (\S+) ([A-Za-z0-9+/]+={0,2})$/.exec(sigLine) : null;
  if (!m || m[1] !== origin) throw new AuditErrors.BAD_CHECKPOINT('signature line');
  const blob = Buffer.from(itemAt(m, 2), 'base64');
  if (blob.length !== 68) throw new AuditErrors.BAD_CHECKPOINT('signature length');
  return {
    origin,
    treeSize: Number(sizeText),
    rootHash: root.toString('hex'),
    time,
    keyId: blob.subarray(0, 4).toString('hex'),
    signature: blob.subarray(4).toString('base64'),
  };
}

/**
 * Checks a checkpoint's signature with a raw Ed25519 public key.
 *
 * @param c - the checkpoint
 * @param publicKey - raw 32-byte key
 * @returns true when the signature is valid
 */
export function verifyCheckpointSignature(c: Checkpoint, publicKey: Uint8Array): boolean {
  return verifyEd25519(publicKey, Buffer.from(checkpointNoteBody(c), 'utf8'), Buffer.from(c.signature, 'base64'));
}

/**
 * Signs a tree head.
 *
 * @param head - size and root
 * @param key - signing key (its name is the origin)
 * @param time - checkpoint time
 * @returns the checkpoint
 */
export function signCheckpoint(head: { size: number; rootHash: string }, key: SigningKey, time: Date): Checkpoint {
  const unsigned = { origin: key.name, treeSize: head.size, rootHash: head.rootHash, time: time.toISOString() };
  const signature = key.sign(Buffer.from(checkpointNoteBody(unsigned), 'utf8'));
  return { ...unsigned, keyId: key.keyId, signature: Buffer.from(signature).toString('base64') };
}

/**
 * Signs the current tree head and stores the checkpoint.
 *
 * @param db - database
 * @param key - signing key
 * @param clock - time source
 * @returns the stored checkpoint
 */
export async function createCheckpoint(db: Database, key: SigningKey, clock: Clock): Promise<Checkpoint> {
  const head = await readTreeHead(db);
  const c = signCheckpoint(head, key, clock.now());
  await insertCheckpoint(db, c);
  return c;
}

/**
 * The latest stored checkpoint.
 *
 * @param db - database
 * @returns the checkpoint or null when none exists
 */
export async function latestCheckpoint(db: Database): Promise<Checkpoint | null> {
  const [row] = await listCheckpoints(db, 1);
  return row ? toCheckpoint(row) : null;
}

/** Converts a stored row. */
export function toCheckpoint(row: StoredCheckpoint): Checkpoint {
  return { origin: row.origin, treeSize: row.treeSize, rootHash: row.rootHash, time: row.time, keyId: row.keyId, signature: row.signature };
}

/** Options of {@link startCheckpointSchedule}. */
export interface CheckpointScheduleOptions {
  readonly db: Database;
  /** Loads the key on first use (so an app that never checkpoints never touches the key file). */
  readonly key: () => SigningKey;
  readonly clock: Clock;
  readonly intervalSeconds: number;
  readonly onError?: (err: unknown) => void;
  /** Whether this node signs now (the audit sequencer does; default always). */
  readonly active?: () => boolean;
}

/**
 * Produces a checkpoint every interval when the log has grown since the last one.
 *
 * @param opts - database, key, clock, interval
 * @returns a function that stops the schedule
 */
export function startCheckpointSchedule(opts: CheckpointScheduleOptions): () => Promise<void> {
  let busy: Promise<void> | null = null;
  const tick = (): void => {
    if (busy || opts.active?.() === false) return;
    busy = (async () => {
      const last = await latestCheckpoint(opts.db);
      const head = await readTreeHead(opts.db);
      if (last && last.treeSize === head.size) return;
      const c = signCheckpoint(head, opts.key(), opts.clock.now());
      await insertCheckpoint(opts.db, c);
    })()
      .catch((err: unknown) => opts.onError?.(err))
      .finally(() => {
        busy = null;
      });
  };
  const timer = setInterval(tick, opts.intervalSeconds * 1000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    if (busy) await busy;
  };
}
