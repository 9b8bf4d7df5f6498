/**
 * How events are partitioned on the event stream. Each event is published once, on a subject that names its
 * partition in each of three families:
 *
 * `khien.ev.<account>.<device>.<source>`
 *
 * - account (`a`): the account the event is about (else the presented login name, the source address, or the
 *   event itself) — every rule keyed by the account runs here, so all of an account's events meet in one
 *   detector whichever node recorded them;
 * - device (`d`): the device of an event by an account (`_` when none) — the one rule that compares accounts
 *   on a device (KHIEN-R002, a device used by several accounts);
 * - source (`s`): the source address of a sign-in event (`_` when none) — the one rule that compares
 *   accounts from an address (KHIEN-R009, password spraying).
 *
 * A worker owning partition 3 of the account family reads the filter `khien.ev.3.*.*`; of the device family
 * `khien.ev.*.3.*`. One stored message serves the three families (no copies), and each family's detector
 * runs only its own rules, so no detection is made twice.
 */
import type { KhienEvent } from '../../events/types.ts';
import { accountOf, type RuleDefinition } from '../rule.ts';

/** The partition families, in subject order. */
export const FAMILIES = ['a', 'd', 's'] as const;
/** A partition family. */
export type Family = (typeof FAMILIES)[number];

/** Rules that compare accounts on one device or one source address: they run in that family, not by account. */
export const FAMILY_RULES: Readonly<Record<Exclude<Family, 'a'>, readonly string[]>> = {
  d: ['KHIEN-R002'],
  s: ['KHIEN-R009'],
};

/** One partition: a family and its number. */
export interface PartitionId {
  readonly family: Family;
  readonly index: number;
}

/** Subject prefix of the event stream. */
export const EVENT_SUBJECT_PREFIX = 'khien.ev';

/**
 * FNV-1a (32-bit) of a key, reduced to a partition number.
 *
 * @param key - the partition key
 * @param count - number of partitions (≥ 1)
 * @returns 0 … count − 1
 */
export function partitionOf(key: string, count: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % count;
}

/** The account key of an event: the account, else the login name tried, else the source, else the event. */
export function accountKey(event: KhienEvent): string {
  const account = accountOf(event);
  if (account) return `a:${account}`;
  if (event.kind === 'auth' && event.username) return `u:${event.username}`;
  if (event.kind === 'external' && event.accountName) return `n:${event.accountName}`;
  if (event.source.ip) return `ip:${event.source.ip}`;
  return `e:${event.id}`;
}

/** The device key of an event (an account acting from a device), or null. */
export function deviceKey(event: KhienEvent): string | null {
  const device = event.source.deviceId;
  return device && accountOf(event) ? device : null;
}

/** The source key of a sign-in event (its address), or null. */
export function sourceKey(event: KhienEvent): string | null {
  return event.kind === 'auth' && event.source.ip ? event.source.ip : null;
}

/**
 * The subject an event is published on.
 *
 * @param event - the event
 * @param count - partitions per family
 * @returns `khien.ev.<a>.<d|_>.<s|_>`
 */
export function subjectOf(event: KhienEvent, count: number): string {
  const d = deviceKey(event);
  const s = sourceKey(event);
  return `${EVENT_SUBJECT_PREFIX}.${partitionOf(accountKey(event), count)}.${d === null ? '_' : partitionOf(d, count)}.${s === null ? '_' : partitionOf(s, count)}`;
}

/**
 * The filter subject of a partition's consumer.
 *
 * @param p - the partition
 * @returns e.g. `khien.ev.*.3.*` for partition 3 of the device family
 */
export function filterOf(p: PartitionId): string {
  const parts = FAMILIES.map((f) => (f === p.family ? String(p.index) : '*'));
  return `${EVENT_SUBJECT_PREFIX}.${parts.join('.')}`;
}

/** Name of a partition (lease keys, snapshot names): `a.3`. */
export function partitionName(p: PartitionId): string {
  return `${p.family}.${p.index}`;
}

/**
 * Every partition of the three families.
 *
 * @param count - partitions per family
 * @returns the partitions, account family first
 */
export function allPartitions(count: number): PartitionId[] {
  return FAMILIES.flatMap((family) => Array.from({ length: count }, (_, index) => ({ family, index })));
}

/**
 * The rules a family's detector runs: the device and source families their own rules, the account family
 * every other rule.
 *
 * @param family - the family
 * @param rules - the full rule set
 * @returns the family's rules, in rule order
 */
export function rulesOf(family: Family, rules: readonly RuleDefinition[]): RuleDefinition[] {
  if (family === 'a') {
    const elsewhere = new Set([...FAMILY_RULES.d, ...FAMILY_RULES.s]);
    return rules.filter((r) => !elsewhere.has(r.id));
  }
  const own = new Set(FAMILY_RULES[family]);
  return rules.filter((r) => own.has(r.id));
}
