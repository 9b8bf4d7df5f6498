/**
 * Ownership leases in a JetStream key-value bucket whose entries expire (`khien_leases`, see `nats-link.ts`):
 * a holder takes a key only if nobody holds it (`create`), keeps it by rewriting it at the revision it last
 * wrote (`update` compares the revision on the server), and loses it when it stops renewing: the entry ages
 * out and another node's `create` succeeds. Two holders at once are impossible on the server side; a holder
 * that was paused learns at its next renewal that it lost the key and must stop acting for it.
 */
import type { KV } from '@nats-io/kv';

/** A lease this node holds. */
export interface Lease {
  readonly key: string;
  /** Renews; false when the lease was lost (expired and taken, or deleted). */
  renew(): Promise<boolean>;
  /** Gives the lease up (only if still ours). */
  release(): Promise<void>;
  /** Whether the last renewal succeeded. */
  held(): boolean;
}

/**
 * Tries to take a lease.
 *
 * @param kv - the lease bucket
 * @param key - what is owned (e.g. `part.a.3`)
 * @param holder - the node id
 * @returns the lease, or null when someone else holds it (or the bucket cannot be reached)
 */
export async function acquireLease(kv: KV, key: string, holder: string): Promise<Lease | null> {
  let revision: number;
  try {
    revision = await kv.create(key, holder);
  } catch {
    return null;
  }
  let ok = true;
  return {
    key,
    held: () => ok,
    async renew() {
      if (!ok) return false;
      try {
        revision = await kv.update(key, holder, revision);
      } catch (err) {
        // A wrong revision means someone else has it; a timeout means we cannot tell: both stop acting.
        ok = false;
        void err;
      }
      return ok;
    },
    async release() {
      if (!ok) return;
      ok = false;
      await kv.delete(key, { previousSeq: revision }).catch(() => {});
    },
  };
}
