/**
 * State store of the demo OpenID provider: in memory, with expiry and a size bound (demo mode only; a real
 * deployment signs citizens in through VNeID and never runs this provider). Declaring it explicitly replaces
 * oidc-provider's development adapter, which warns at every start and never forgets anything.
 */
import type { Adapter, AdapterPayload } from 'oidc-provider';

const MAX_ENTRIES = 50_000;

interface Stored {
  payload: AdapterPayload;
  expiresAt: number;
}

/**
 * Creates an adapter class whose instances share one store per provider model.
 *
 * @param now - clock in milliseconds
 * @returns the adapter constructor for `configuration.adapter`
 */
export function createDemoIdpAdapter(now: () => number = Date.now): new (model: string) => Adapter {
  const store = new Map<string, Stored>();
  const byUid = new Map<string, string>();
  const byUserCode = new Map<string, string>();
  const byGrant = new Map<string, Set<string>>();
  const live = (key: string): AdapterPayload | undefined => {
    const s = store.get(key);
    if (!s) return undefined;
    if (s.expiresAt <= now()) {
      store.delete(key);
      return undefined;
    }
    return s.payload;
  };
  return class DemoIdpAdapter implements Adapter {
    constructor(private readonly model: string) {}
    private key(id: string): string {
      return `${this.model}:${id}`;
    }
    async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
      if (store.size >= MAX_ENTRIES) {
        for (const [k, v] of store) if (v.expiresAt <= now()) store.delete(k);
        if (store.size >= MAX_ENTRIES) store.delete(store.keys().next().value as string);
      }
      const key = this.key(id);
      store.set(key, { payload, expiresAt: now() + (expiresIn ?? 3600) * 1000 });
      if (payload.uid) byUid.set(payload.uid, key);
      if (payload.userCode) byUserCode.set(payload.userCode, key);
      if (payload.grantId) {
        const set = byGrant.get(payload.grantId) ?? new Set<string>();
        set.add(key);
        byGrant.set(payload.grantId, set);
      }
    }
    async find(id: string): Promise<AdapterPayload | undefined> {
      return live(this.key(id));
    }
    async findByUid(uid: string): Promise<AdapterPayload | undefined> {
      const key = byUid.get(uid);
      return key ? live(key) : undefined;
    }
    async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
      const key = byUserCode.get(userCode);
      return key ? live(key) : undefined;
    }
    async consume(id: string): Promise<void> {
      const s = store.get(this.key(id));
      if (s) s.payload = { ...s.payload, consumed: Math.floor(now() / 1000) };
    }
    async destroy(id: string): Promise<void> {
      store.delete(this.key(id));
    }
    async revokeByGrantId(grantId: string): Promise<void> {
      for (const key of byGrant.get(grantId) ?? []) store.delete(key);
      byGrant.delete(grantId);
    }
  };
}
