/**
 * An in-memory audit log for the citizen module's tests: records events (as an {@link EventRecorder}),
 * keeps an RFC 6962 Merkle tree over their canonical bodies, signs checkpoints with an Ed25519 key, and
 * serves them through the {@link CitizenAuditSource} port. The real store lives in `src/audit/`.
 */
import crypto from 'node:crypto';
import type { EventBus } from '../events/bus.ts';
import type { AuditReceipt, EventRecorder, KhienEvent } from '../events/types.ts';
import type { Clock } from '../platform/clock.ts';
import { canonicalJson } from '../platform/canonical-json.ts';
import type { CitizenAuditSource, SignedCheckpoint, SubjectAuditEntry } from './audit-source.ts';

/** The in-memory log: a recorder and an audit source at once. */
export interface MemoryAuditLog extends EventRecorder, CitizenAuditSource {
  /** Signs a checkpoint over every entry so far. */
  checkpoint(): SignedCheckpoint;
  /** Recorded events in order. */
  readonly events: readonly KhienEvent[];
  /** Makes the next `record` calls fail (fail-closed tests). */
  fail(on: boolean): void;
}

function sha256(...parts: Buffer[]): Buffer {
  const h = crypto.createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
}

const leafHash = (body: string): Buffer => sha256(Buffer.from([0]), Buffer.from(body, 'utf8'));
const nodeHash = (l: Buffer, r: Buffer): Buffer => sha256(Buffer.from([1]), l, r);

function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function root(leaves: readonly Buffer[]): Buffer {
  if (leaves.length === 0) return sha256();
  if (leaves.length === 1) return leaves[0]!;
  const k = split(leaves.length);
  return nodeHash(root(leaves.slice(0, k)), root(leaves.slice(k)));
}

// RFC 9162 §2.1.3.1 PATH(m, D[n]).
function path(m: number, leaves: readonly Buffer[]): Buffer[] {
  if (leaves.length <= 1) return [];
  const k = split(leaves.length);
  if (m < k) return [...path(m, leaves.slice(0, k)), root(leaves.slice(k))];
  return [...path(m - k, leaves.slice(k)), root(leaves.slice(0, k))];
}

/**
 * Creates an in-memory audit log.
 *
 * @param clock - time of checkpoints
 * @param bus - optional bus recorded events are published to
 * @returns the log
 */
export function createMemoryAuditLog(clock: Clock, bus?: EventBus): MemoryAuditLog {
  const events: KhienEvent[] = [];
  const leaves: Buffer[] = [];
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
  const rawPublic = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  const keyId = sha256(rawPublic).subarray(0, 4).toString('hex');
  let failing = false;
  let latest: SignedCheckpoint | null = null;

  const record = async (event: KhienEvent): Promise<AuditReceipt> => {
    if (failing) throw new Error('audit store unavailable');
    const leaf = leafHash(canonicalJson(event));
    events.push(event);
    leaves.push(leaf);
    bus?.publish(event);
    return { seq: events.length, hash: leaf.toString('hex') };
  };
  const entryAt = (i: number): SubjectAuditEntry | null => {
    const event = events[i];
    if (!event || event.kind !== 'access') return null;
    return { seq: i + 1, leafIndex: i, leafHash: leaves[i]!.toString('hex'), event };
  };

  return {
    events,
    fail: (on) => {
      failing = on;
    },
    record,
    recordMany: async (list) => {
      const out: AuditReceipt[] = [];
      for (const e of list) out.push(await record(e));
      return out;
    },
    checkpoint() {
      const size = leaves.length;
      const rootHash = root(leaves).toString('hex');
      const time = clock.now().toISOString();
      const text = `khien-audit-memory\n${size}\n${Buffer.from(rootHash, 'hex').toString('base64')}\n${time}\n`;
      const signature = crypto.sign(null, Buffer.from(text, 'utf8'), privateKey).toString('base64');
      latest = { treeSize: size, rootHash, time, keyId, text, signature, publicKey: rawPublic.toString('base64') };
      return latest;
    },
    async listForSubject(personId, page) {
      const out: SubjectAuditEntry[] = [];
      const start = Math.min(events.length, (page.before ?? events.length + 1) - 1);
      for (let i = start - 1; i >= 0 && out.length < page.limit; i--) {
        const entry = entryAt(i);
        if (!entry || !entry.event.subjects.includes(personId)) continue;
        const w = entry.event.withheldUntil;
        if (w && new Date(w).getTime() > page.now.getTime()) continue;
        out.push(entry);
      }
      return out;
    },
    async getEntry(seq) {
      return Number.isSafeInteger(seq) && seq >= 1 ? entryAt(seq - 1) : null;
    },
    async latestCheckpoint() {
      return latest;
    },
    async inclusionPath(leafIndex, treeSize) {
      return path(leafIndex, leaves.slice(0, treeSize)).map((b) => b.toString('hex'));
    },
  };
}
