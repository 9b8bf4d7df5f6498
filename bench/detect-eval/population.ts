/**
 * The detection evaluation's staff population (bench/detect-eval.ts): a seeded synthetic agency with the
 * kinds of staff whose ordinary work fools simple rules — clerks of local and provincial offices (some in
 * collection-heavy units that stay late at month end, some in local offices open on Saturday mornings),
 * batch and power users reading ten times the median, helpdesk staff reading almost only distinct persons,
 * central inspectors and analysts reading every province, staff entitled to evening VPN work, staff with two
 * registered devices. All data synthetic.
 */
import type { AccountFacts, VpnAccountFacts } from '../../src/detect/context.ts';

/** A seeded pseudo-random source in [0, 1) (mulberry32). */
export type Rnd = () => number;

/**
 * Creates a seeded random source.
 *
 * @param seed - any integer
 * @returns the source
 */
export function rng(seed: number): Rnd {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** What a staff member does all day. */
export type StaffKind = 'clerk' | 'power' | 'helpdesk' | 'inspector' | 'officer';

/** One staff member of the synthetic agency. */
export interface Staff {
  readonly index: number;
  readonly kind: StaffKind;
  facts: AccountFacts;
  /** Office address (changes on a transfer). */
  officeIp: string;
  /** Registered devices (the first is the usual one). */
  devices: string[];
  /** Entitled to VPN work out of hours (a VPN account named like the username). */
  readonly vpn: boolean;
  /** The unit opens on Saturday mornings (local offices). */
  readonly saturdayUnit: boolean;
  /** Collection-heavy unit: late work at month end. */
  readonly collectionHeavy: boolean;
  /** Starts work before 07:00. */
  readonly early: boolean;
  /** Mean reads per working day (heavy-tailed). */
  readonly dailyReads: number;
  /** Persons of the usual caseload (ids). */
  caseload: string[];
  /** Declared purpose. */
  readonly purpose: string;
  /** Persons linked to the staff member (self, household). */
  readonly linked: readonly string[];
  /** Home address (public, no province). */
  readonly homeIp: string;
}

/** Provinces of the synthetic agency (2025 codes) and their local units. */
export const PROVINCES = ['01', '79', '31', '48', '92', '38', '37', '86', '24', '56'] as const;

/** The agency. */
export interface Population {
  readonly staff: Staff[];
  readonly vpnAccounts: VpnAccountFacts[];
  /** Units opening on Saturday mornings (the calendar's unit overrides). */
  readonly saturdayUnits: string[];
  readonly decoys: string[];
}

/** Office address of a staff member in a province and unit slot. */
export function officeIpOf(province: string, unitSlot: number, host: number): string {
  return `10.${Number(province)}.${unitSlot}.${(host % 250) + 1}`;
}

/** A person id of a province. */
export function personOf(province: string, n: number): string {
  return `p${province}-${n}`;
}

/**
 * Builds the population.
 *
 * @param n - staff count
 * @param seed - seed
 * @returns staff, VPN accounts, Saturday units and decoys
 */
export function createPopulation(n: number, seed: number): Population {
  const rnd = rng(seed * 7919 + 1);
  const staff: Staff[] = [];
  const vpnAccounts: VpnAccountFacts[] = [];
  const saturdayUnits = new Set<string>();
  const localUnitsPerProvince = Math.max(2, Math.round(n / 60));
  for (let i = 0; i < n; i++) {
    const r = rnd();
    const kind: StaffKind = r < 0.72 ? 'clerk' : r < 0.78 ? 'power' : r < 0.86 ? 'helpdesk' : r < 0.93 ? 'inspector' : 'officer';
    const province = kind === 'inspector' ? '01' : PROVINCES[Math.floor(rnd() * PROVINCES.length)]!;
    const local = kind === 'clerk' && rnd() < 0.6;
    const unitSlot = kind === 'inspector' ? 200 : local ? 1 + Math.floor(rnd() * localUnitsPerProvince) : 100;
    const unitId = kind === 'inspector' ? 'U00-CENTRAL' : local ? `U${province}-L${unitSlot}` : `U${province}-P`;
    const unitKind: AccountFacts['unitKind'] = kind === 'inspector' ? 'central' : local ? 'local' : 'province';
    // Half of the local offices open on Saturday mornings for citizens.
    const saturdayUnit = local && unitSlot % 2 === 0;
    if (saturdayUnit) saturdayUnits.add(unitId);
    const accountId = `acc-${String(i).padStart(5, '0')}`;
    const username = `CB${String(i).padStart(6, '0')}`;
    const roles = kind === 'officer' ? ['security_officer'] : ['staff'];
    const median = kind === 'power' ? 400 : kind === 'helpdesk' ? 80 : kind === 'inspector' ? 50 : kind === 'officer' ? 10 : 40;
    // Log-normal around the kind's median: a heavy tail within every kind.
    const g = Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
    const dailyReads = Math.max(3, Math.round(median * Math.exp(0.5 * g)));
    const vpn = (kind === 'clerk' || kind === 'power' || kind === 'inspector') && rnd() < 0.18;
    const devices = [`dev-${i}-a`];
    if (rnd() < 0.08) devices.push(`dev-${i}-b`);
    const caseBase = (i % 1000) * 1000;
    const caseload = Array.from({ length: 300 }, (_, k) => personOf(province, caseBase + k));
    const purpose = kind === 'helpdesk' ? 'citizen_support' : kind === 'power' ? 'batch_reconciliation' : kind === 'inspector' ? 'inspection' : kind === 'officer' ? 'security_review' : rnd() < 0.5 ? 'contribution_collection' : 'benefit_processing';
    const s: Staff = {
      index: i,
      kind,
      facts: { accountId, username, accountStatus: 'active', hrStatus: 'active', unitId, unitKind, provinceCode: kind === 'inspector' ? '00' : province, roles, lastActiveAt: null },
      officeIp: officeIpOf(kind === 'inspector' ? '01' : province, unitSlot, i),
      devices,
      vpn,
      saturdayUnit,
      collectionHeavy: kind === 'clerk' && purpose === 'contribution_collection' && rnd() < 0.6,
      early: rnd() < 0.1,
      dailyReads,
      caseload,
      purpose,
      linked: [`rel-${i}-self`, `rel-${i}-h1`, `rel-${i}-h2`, `rel-${i}-addr`],
      homeIp: `113.${(i >> 8) & 255}.${i & 255}.${1 + Math.floor(rnd() * 200)}`,
    };
    staff.push(s);
    if (vpn) vpnAccounts.push({ name: username, accountId, validFrom: '2025-01-01T00:00:00Z', validUntil: '2027-12-31T00:00:00Z', revoked: false, otpRequired: true });
  }
  return { staff, vpnAccounts, saturdayUnits: [...saturdayUnits], decoys: Array.from({ length: 10 }, (_, k) => `decoy-${k}`) };
}
