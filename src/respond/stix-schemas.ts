/**
 * JSON Schemas of the STIX 2.1 objects Khiên emits, written from the OASIS STIX 2.1 specification's required
 * properties (§3.2 common properties; §4.5 identity, §4.6 incident, §4.7 indicator, §4.13 observed-data;
 * §5.1 relationship, §5.2 sighting; §6.4/6.5 ipv4/ipv6-addr, §6.17 user-account; §8 bundle). The tests validate
 * every exported bundle against them with ajv, and check id formats and references separately.
 */

/** An identifier `type--UUID` of the given type. */
export function stixIdPattern(type: string): string {
  return `^${type}--[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`;
}

const anyId = { type: 'string', pattern: '^[a-z0-9-]+--[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$' };
/** STIX timestamps are RFC 3339 in UTC with a `Z` (§2.12). */
const timestamp = { type: 'string', format: 'date-time', pattern: 'Z$' };
const externalReferences = {
  type: 'array',
  minItems: 1,
  items: { type: 'object', required: ['source_name'], properties: { source_name: { type: 'string', minLength: 1 } } },
};

function sdo(type: string, required: string[], properties: Record<string, unknown>): Record<string, unknown> {
  return {
    $id: `stix-${type}`,
    type: 'object',
    required: ['type', 'spec_version', 'id', 'created', 'modified', ...required],
    properties: {
      type: { const: type },
      spec_version: { const: '2.1' },
      id: { type: 'string', pattern: stixIdPattern(type) },
      created: timestamp,
      modified: timestamp,
      created_by_ref: { type: 'string', pattern: stixIdPattern('identity') },
      labels: { type: 'array', items: { type: 'string' } },
      external_references: externalReferences,
      ...properties,
    },
  };
}

function sco(type: string, required: string[], properties: Record<string, unknown>): Record<string, unknown> {
  return {
    $id: `stix-${type}`,
    type: 'object',
    required: ['type', 'id', ...required],
    properties: {
      type: { const: type },
      spec_version: { const: '2.1' },
      // SCO ids are UUIDv5 (§2.9).
      id: { type: 'string', pattern: `^${type}--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$` },
      ...properties,
    },
  };
}

/** Schema per object type. */
export const STIX_OBJECT_SCHEMAS: Readonly<Record<string, Record<string, unknown>>> = {
  identity: sdo('identity', ['name'], {
    name: { type: 'string', minLength: 1 },
    identity_class: { enum: ['individual', 'group', 'system', 'organization', 'class', 'unknown'] },
    sectors: { type: 'array', items: { type: 'string' } },
  }),
  incident: sdo('incident', ['name'], { name: { type: 'string', minLength: 1 } }),
  indicator: sdo('indicator', ['pattern', 'pattern_type', 'valid_from'], {
    name: { type: 'string' },
    indicator_types: { type: 'array', minItems: 1, items: { enum: ['anomalous-activity', 'anonymization', 'benign', 'compromised', 'malicious-activity', 'attribution', 'unknown'] } },
    pattern: { type: 'string', pattern: '^\\[.+\\]$' },
    pattern_type: { const: 'stix' },
    valid_from: timestamp,
  }),
  'observed-data': sdo('observed-data', ['first_observed', 'last_observed', 'number_observed', 'object_refs'], {
    first_observed: timestamp,
    last_observed: timestamp,
    number_observed: { type: 'integer', minimum: 1, maximum: 999999999 },
    object_refs: { type: 'array', minItems: 1, items: anyId },
  }),
  relationship: sdo('relationship', ['relationship_type', 'source_ref', 'target_ref'], {
    relationship_type: { type: 'string', pattern: '^[a-z0-9-]+$' },
    source_ref: anyId,
    target_ref: anyId,
  }),
  sighting: sdo('sighting', ['sighting_of_ref'], {
    sighting_of_ref: anyId,
    first_seen: timestamp,
    last_seen: timestamp,
    count: { type: 'integer', minimum: 0, maximum: 999999999 },
    where_sighted_refs: { type: 'array', minItems: 1, items: { type: 'string', pattern: stixIdPattern('identity') } },
    observed_data_refs: { type: 'array', minItems: 1, items: { type: 'string', pattern: stixIdPattern('observed-data') } },
  }),
  'user-account': sco('user-account', [], { user_id: { type: 'string', minLength: 1 } }),
  'ipv4-addr': sco('ipv4-addr', ['value'], { value: { type: 'string', format: 'ipv4' } }),
  'ipv6-addr': sco('ipv6-addr', ['value'], { value: { type: 'string', format: 'ipv6' } }),
};

/** The bundle (§8: no spec_version on the bundle itself in 2.1). */
export const STIX_BUNDLE_SCHEMA: Record<string, unknown> = {
  $id: 'stix-bundle',
  type: 'object',
  required: ['type', 'id', 'objects'],
  additionalProperties: false,
  properties: {
    type: { const: 'bundle' },
    id: { type: 'string', pattern: stixIdPattern('bundle') },
    objects: { type: 'array', minItems: 1, items: { type: 'object', required: ['type', 'id'] } },
  },
};
