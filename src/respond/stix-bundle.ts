/**
 * STIX 2.1 bundles of alerts and incidents for the national SOC (A05's National Cybersecurity Center;
 * domain-vn.md §7). OASIS STIX 2.1 (2021-06-10): every object carries `type`, `spec_version: "2.1"`, an id
 * `type--UUID`, and SDOs/SROs `created`/`modified` timestamps; SCO ids are UUIDv5 over their ID-contributing
 * properties in the STIX namespace (§2.9); our SDO ids are UUIDv5 in Khiên's namespace over the internal id, so
 * re-exporting the same case or alert gives the same id (the SOC de-duplicates by id, newer `modified` wins).
 *
 * Mapping (docs/RESPONSE.md): identity = the agency; case → `incident` (+ `observed-data` of its account and
 * address observables, `relationship` related-to); alert → `indicator` (what the rule matched) + `sighting`
 * (where/when/how often) + `observed-data`. Insured persons are never exported (not even internal ids); devices
 * have no STIX cyber-observable type and stay out.
 */
import crypto from 'node:crypto';
import { isIP } from 'node:net';

/** STIX namespace for SCO UUIDv5 ids (STIX 2.1 §2.9). */
export const STIX_SCO_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';
/** Khiên's namespace for SDO/SRO UUIDv5 ids (UUIDv5 of the DNS name `khien.baohiemxahoi.gov.vn`). */
export const KHIEN_STIX_NAMESPACE = uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'khien.baohiemxahoi.gov.vn');

/** A STIX object (the bundle is plain JSON). */
export type StixObject = { type: string; id: string } & Record<string, unknown>;

/** A STIX bundle. */
export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

/** A case as exported. */
export interface StixCaseInput {
  readonly id: string;
  readonly reference: string;
  readonly title: string;
  readonly severity: string;
  readonly status: string;
  readonly personalDataBreach: boolean;
  readonly detectedAt: Date;
  readonly openedAt: Date;
  readonly updatedAt: Date;
  /** Observables; only `account` and `ip` are exported. */
  readonly observables: ReadonlyArray<{ type: string; value: string }>;
}

/** An alert as exported. */
export interface StixAlertInput {
  readonly alertId: string;
  readonly ruleId: string;
  readonly ruleName?: string | null;
  readonly severity: string;
  readonly accountId: string | null;
  readonly ip?: string | null;
  readonly raisedAt: Date;
  readonly evidenceCount: number;
  /** The case it belongs to, if any (adds a relationship to the incident). */
  readonly caseId?: string | null;
}

/** The exporting organisation. */
export interface StixProducer {
  readonly name: string;
  readonly contact?: string;
}

/**
 * UUIDv5 (RFC 9562 §5.5): SHA-1 over namespace bytes and name, version and variant bits set.
 *
 * @param namespace - namespace UUID
 * @param name - the name
 * @returns the UUID
 */
export function uuidV5(namespace: string, name: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = crypto.createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const h = hash.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** Canonical JSON of ID-contributing properties (keys sorted), as STIX §2.9 asks for SCO ids. */
function canonical(props: Record<string, string>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(props).sort(([a], [b]) => a.localeCompare(b))));
}

function scoId(type: string, props: Record<string, string>): string {
  return `${type}--${uuidV5(STIX_SCO_NAMESPACE, canonical(props))}`;
}

function sdoId(type: string, key: string): string {
  return `${type}--${uuidV5(KHIEN_STIX_NAMESPACE, `${type}:${key}`)}`;
}

const ts = (d: Date): string => d.toISOString();

/** A STIX patterning string literal: backslash and quote escaped (STIX 2.1 Patterning §9.2). */
function patternLiteral(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function accountSco(accountId: string): StixObject {
  return {
    type: 'user-account',
    spec_version: '2.1',
    id: scoId('user-account', { user_id: accountId }),
    user_id: accountId,
  };
}

function ipSco(ip: string): StixObject | null {
  const v = isIP(ip);
  if (v === 0) return null;
  const type = v === 4 ? 'ipv4-addr' : 'ipv6-addr';
  return { type, spec_version: '2.1', id: scoId(type, { value: ip }), value: ip };
}

function clean(o: StixObject): StixObject {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

/**
 * Builds a bundle of incidents and alerts.
 *
 * @param input - producer, cases, alerts
 * @returns the bundle (objects in a stable order: identity, then per case, then per alert)
 */
export function buildStixBundle(input: {
  producer: StixProducer;
  cases: readonly StixCaseInput[];
  alerts: readonly StixAlertInput[];
}): StixBundle {
  const epoch = '2026-01-01T00:00:00.000Z';
  const identity: StixObject = clean({
    type: 'identity',
    spec_version: '2.1',
    id: sdoId('identity', input.producer.name),
    created: epoch,
    modified: epoch,
    name: input.producer.name,
    identity_class: 'organization',
    sectors: ['government'],
    contact_information: input.producer.contact,
  });
  const objects = new Map<string, StixObject>([[identity.id, identity]]);
  const add = (o: StixObject): void => {
    objects.set(o.id, clean(o));
  };
  const common = (created: Date, modified: Date): Record<string, unknown> => ({
    spec_version: '2.1',
    created: ts(created),
    modified: ts(modified < created ? created : modified),
    created_by_ref: identity.id,
  });
  const incidentOf = new Map<string, string>();

  for (const c of input.cases) {
    const incidentId = sdoId('incident', c.id);
    incidentOf.set(c.id, incidentId);
    const labels = [`severity:${c.severity}`, `status:${c.status}`];
    if (c.personalDataBreach) labels.push('personal-data-breach');
    add({
      type: 'incident',
      id: incidentId,
      ...common(c.openedAt, c.updatedAt),
      name: `${c.reference} — ${c.title}`.normalize('NFC'),
      labels,
      external_references: [{ source_name: 'khien', external_id: c.reference }],
    });
    const scos: StixObject[] = [];
    for (const o of c.observables) {
      const sco = o.type === 'account' ? accountSco(o.value) : o.type === 'ip' ? ipSco(o.value) : null;
      if (sco) scos.push(clean(sco));
    }
    if (scos.length > 0) {
      for (const s of scos) add(s);
      const observedId = sdoId('observed-data', `case:${c.id}`);
      add({
        type: 'observed-data',
        id: observedId,
        ...common(c.openedAt, c.updatedAt),
        first_observed: ts(c.detectedAt),
        last_observed: ts(c.updatedAt < c.detectedAt ? c.detectedAt : c.updatedAt),
        number_observed: 1,
        object_refs: scos.map((s) => s.id),
      });
      add({
        type: 'relationship',
        id: sdoId('relationship', `case-observed:${c.id}`),
        ...common(c.openedAt, c.updatedAt),
        relationship_type: 'related-to',
        source_ref: incidentId,
        target_ref: observedId,
      });
    }
  }

  for (const a of input.alerts) {
    const indicatorId = sdoId('indicator', a.alertId);
    const ip = a.ip ? ipSco(a.ip) : null;
    const pattern = a.accountId
      ? `[user-account:user_id = ${patternLiteral(a.accountId)}]`
      : ip
        ? `[${ip.type}:value = ${patternLiteral(a.ip!)}]`
        : `[x-khien-alert:rule_id = ${patternLiteral(a.ruleId)}]`;
    add({
      type: 'indicator',
      id: indicatorId,
      ...common(a.raisedAt, a.raisedAt),
      name: `Khiên ${a.ruleId}${a.ruleName ? `: ${a.ruleName}` : ''}`.normalize('NFC'),
      indicator_types: ['anomalous-activity'],
      pattern,
      pattern_type: 'stix',
      valid_from: ts(a.raisedAt),
      labels: [`severity:${a.severity}`, `rule:${a.ruleId}`],
      external_references: [{ source_name: 'khien', external_id: a.alertId }],
    });
    const scos = [a.accountId ? clean(accountSco(a.accountId)) : null, ip].filter((s): s is StixObject => s !== null);
    let observedId: string | null = null;
    if (scos.length > 0) {
      for (const s of scos) add(s);
      observedId = sdoId('observed-data', `alert:${a.alertId}`);
      add({
        type: 'observed-data',
        id: observedId,
        ...common(a.raisedAt, a.raisedAt),
        first_observed: ts(a.raisedAt),
        last_observed: ts(a.raisedAt),
        number_observed: Math.max(1, a.evidenceCount),
        object_refs: scos.map((s) => s.id),
      });
    }
    add({
      type: 'sighting',
      id: sdoId('sighting', a.alertId),
      ...common(a.raisedAt, a.raisedAt),
      sighting_of_ref: indicatorId,
      first_seen: ts(a.raisedAt),
      last_seen: ts(a.raisedAt),
      count: Math.max(1, a.evidenceCount),
      where_sighted_refs: [identity.id],
      observed_data_refs: observedId ? [observedId] : undefined,
    });
    // Only when the incident is in this bundle: a bundle never refers to objects it does not carry.
    const incidentId = a.caseId ? incidentOf.get(a.caseId) : undefined;
    if (incidentId) {
      add({
        type: 'relationship',
        id: sdoId('relationship', `alert-case:${a.alertId}`),
        ...common(a.raisedAt, a.raisedAt),
        relationship_type: 'related-to',
        source_ref: indicatorId,
        target_ref: incidentId,
      });
    }
  }

  const list = [...objects.values()];
  return { type: 'bundle', id: `bundle--${uuidV5(KHIEN_STIX_NAMESPACE, list.map((o) => `${o.id}@${String(o.modified ?? '')}`).join(','))}`, objects: list };
}
