/**
 * What the rules need to know from other modules (registry decoys, persons linked to a staff member,
 * account and HR status, VPN accounts, unit kinds and provinces, network → province, peer groups), behind
 * one interface. Lookups on the hot path are synchronous over cached data; the one rare lookup that needs
 * the database (the province of a break-glass subject) is asynchronous.
 *
 * The database-backed implementation lives in `src/app/detect-context.ts` (the composition root may import every module);
 * {@link createMemoryContext} serves tests and benchmarks.
 */
import { createIpProvinceMap, type IpProvinceMap, type IpPrefixRule } from './ip-province.ts';

/** Account facts the rules use. */
export interface AccountFacts {
  readonly accountId: string;
  readonly username: string;
  /** Identity status of the account. */
  readonly accountStatus: 'active' | 'disabled' | 'suspended';
  /** HR status of the staff record behind it. */
  readonly hrStatus: 'active' | 'transferred' | 'retired' | 'resigned' | 'suspended';
  readonly unitId: string | null;
  readonly unitKind: 'agency' | 'central' | 'province' | 'local' | null;
  /** 2025 province code of the unit; null for central units. */
  readonly provinceCode: string | null;
  /** Roles currently held (role names). */
  readonly roles: readonly string[];
  /** Last activity known before the detector started (sign-in), ISO or null. */
  readonly lastActiveAt: string | null;
}

/** A VPN account (from the identity module's VPN register). */
export interface VpnAccountFacts {
  /** Login name on the VPN concentrator. */
  readonly name: string;
  readonly accountId: string | null;
  readonly validFrom: string;
  readonly validUntil: string;
  readonly revoked: boolean;
  readonly otpRequired: boolean;
}

/** Lookups the rules need. */
export interface DetectContext {
  /** Reloads the facts from their source (the database-backed context; on a change notice from another process). */
  refresh?(): Promise<void>;
  /** Facts about a staff account, or undefined when unknown. */
  account(accountId: string): AccountFacts | undefined;
  /** Account id for a login name (staff number), used when normalising logs of other systems. */
  accountIdByUsername(username: string): string | null;
  /** The VPN account with this login name. */
  vpnAccount(name: string): VpnAccountFacts | undefined;
  /** True when the person id is a decoy (honeytoken). */
  isDecoy(personId: string): boolean;
  /** True when the person is the staff member themself, a household member, or lives at the same address. */
  isLinkedPerson(accountId: string, personId: string): boolean;
  /** Province (2-digit code) of the network an address belongs to, or null. */
  provinceOfIp(ip: string): string | null;
  /** Peer group of an account: same main role and same unit kind (e.g. `staff:local`). */
  peerGroup(accountId: string): string | null;
  /** Province codes of the given persons (break-glass area check; may hit the database). */
  subjectProvinces(personIds: readonly string[]): Promise<ReadonlyMap<string, string>>;
  /**
   * The live warning-list entry for an indicator at a time (ms), from the posture module's in-memory index;
   * absent when posture is not wired.
   */
  listedIndicator?(kind: 'ip' | 'domain' | 'hash' | 'account', value: string, atMs: number): ListedIndicatorHit | null;
}

/** A warning-list entry an indicator matched. */
export interface ListedIndicatorHit {
  readonly listId: string;
  readonly indicatorId: string;
  /** Units the list applies to. */
  readonly unitIds: readonly string[];
}

/** Seed data of the in-memory context. */
export interface MemoryContextData {
  accounts?: readonly AccountFacts[];
  vpnAccounts?: readonly VpnAccountFacts[];
  decoys?: readonly string[];
  /** accountId → linked person ids. */
  linked?: Readonly<Record<string, readonly string[]>>;
  ipPrefixes?: readonly IpPrefixRule[];
  /** personId → province code. */
  personProvinces?: Readonly<Record<string, string>>;
}

/** The in-memory context, mutable for tests. */
export interface MemoryContext extends DetectContext {
  setAccount(facts: AccountFacts): void;
  setVpnAccount(facts: VpnAccountFacts): void;
  addDecoy(personId: string): void;
  link(accountId: string, personId: string): void;
  setPersonProvince(personId: string, provinceCode: string): void;
}

/**
 * Picks the peer-group name of an account: its most specific role and its unit kind.
 *
 * @param facts - the account
 * @returns e.g. `staff:local`, or null when the unit kind is unknown
 */
export function peerGroupOf(facts: AccountFacts): string | null {
  if (!facts.unitKind) return null;
  const order = ['central_security_admin', 'security_officer', 'auditor', 'unit_head', 'staff', 'system_admin'];
  const main = order.find((r) => facts.roles.includes(r)) ?? 'none';
  return `${main}:${facts.unitKind}`;
}

/**
 * Creates an in-memory context.
 *
 * @param data - initial data
 * @returns the context
 */
export function createMemoryContext(data: MemoryContextData = {}): MemoryContext {
  const accounts = new Map<string, AccountFacts>();
  const byName = new Map<string, string>();
  const vpn = new Map<string, VpnAccountFacts>();
  const decoys = new Set<string>(data.decoys ?? []);
  const linked = new Map<string, Set<string>>();
  const provinces = new Map<string, string>(Object.entries(data.personProvinces ?? {}));
  const ipMap: IpProvinceMap = createIpProvinceMap(data.ipPrefixes ?? []);
  const peers = new Map<string, string | null>();
  const setAccount = (f: AccountFacts): void => {
    accounts.set(f.accountId, f);
    byName.set(f.username, f.accountId);
    peers.set(f.accountId, peerGroupOf(f));
  };
  for (const a of data.accounts ?? []) setAccount(a);
  for (const v of data.vpnAccounts ?? []) vpn.set(v.name, v);
  for (const [acc, ids] of Object.entries(data.linked ?? {})) linked.set(acc, new Set(ids));
  return {
    account: (id) => accounts.get(id),
    accountIdByUsername: (name) => byName.get(name) ?? null,
    vpnAccount: (name) => vpn.get(name),
    isDecoy: (id) => decoys.has(id),
    isLinkedPerson: (acc, pid) => linked.get(acc)?.has(pid) ?? false,
    provinceOfIp: (ip) => ipMap.lookup(ip),
    peerGroup: (id) => peers.get(id) ?? null,
    subjectProvinces: async (ids) => {
      const out = new Map<string, string>();
      for (const id of ids) {
        const p = provinces.get(id);
        if (p) out.set(id, p);
      }
      return out;
    },
    setAccount,
    setVpnAccount: (v) => {
      vpn.set(v.name, v);
    },
    addDecoy: (id) => {
      decoys.add(id);
    },
    link: (acc, pid) => {
      const s = linked.get(acc) ?? new Set<string>();
      s.add(pid);
      linked.set(acc, s);
    },
    setPersonProvince: (pid, code) => {
      provinces.set(pid, code);
    },
  };
}
