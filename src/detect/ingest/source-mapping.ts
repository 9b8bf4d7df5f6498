/**
 * Access logs of applications that can neither call the decision service nor sit behind the gateway (issue 15,
 * item 4). A declared mapping per source system names the fields of its log lines that hold the account, the
 * person, the action, the purpose and the outcome; a line carrying the person field becomes an access event of
 * the same shape as Khiên's own reads (DESIGN.md invariant 6), with the system named as `source.system`,
 * checked against the assignment in force through {@link MappedAccessPort} (connected in `app/`). A line that
 * names a person but not what the mapping needs is rejected with its reason and kept, as every unreadable line.
 */
import { Type, type Static } from '@sinclair/typebox';
import type { AccessEvent, DataCategory } from '../../events/types.ts';
import { newId } from '../../platform/ids.ts';
import type { AccountFacts } from '../context.ts';

const FieldName = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_.-]+$', description: 'field name (a dotted path in JSON lines; a key of key=value or structured data in syslog lines)' });
const ServiceAction = Type.Union([Type.Literal('search'), Type.Literal('view'), Type.Literal('update'), Type.Literal('export')]);

/** The declared mapping of one source system. */
export const SourceMappingSchema = Type.Object(
  {
    displayName: Type.String({ minLength: 3, maxLength: 200, description: 'the application\'s name as shown to the insured person' }),
    fields: Type.Object(
      {
        account: FieldName,
        person: FieldName,
        action: FieldName,
        purpose: Type.Optional(FieldName),
        outcome: Type.Optional(FieldName),
        time: Type.Optional(FieldName),
        ip: Type.Optional(FieldName),
      },
      { additionalProperties: false },
    ),
    personKind: Type.Union([Type.Literal('social_insurance_no'), Type.Literal('personal_id'), Type.Literal('person_id')]),
    /** The application's action values → Khiên's actions (values not listed are rejected). */
    actions: Type.Record(Type.String({ minLength: 1, maxLength: 64 }), ServiceAction, { minProperties: 1 }),
    record: Type.Optional(Type.Union([Type.Literal('person'), Type.Literal('participation'), Type.Literal('household'), Type.Literal('card')])),
    /** Purpose when the line names none (an application with a single purpose). */
    defaultPurpose: Type.Optional(Type.String({ pattern: '^[a-z][a-z0-9_]{1,63}$' })),
  },
  { additionalProperties: false },
);

/** A mapping. */
export type SourceMapping = Static<typeof SourceMappingSchema>;

/** What a line said, once mapped (the account already resolved). */
export interface MappedLine {
  readonly system: string;
  readonly systemName: string;
  readonly time: number;
  readonly account: AccountFacts;
  readonly personKind: SourceMapping['personKind'];
  readonly personKey: string;
  readonly action: AccessEvent['action'];
  readonly record: 'person' | 'participation' | 'household' | 'card';
  readonly purpose: string;
  readonly outcome: 'allow' | 'deny';
  readonly ip: string | null;
}

/** The assignment check of one mapped line. */
export interface MappedDecision {
  readonly personId: string;
  readonly outcome: 'allow' | 'deny';
  /** Decision reason (`ALLOW_ASSIGNMENT`, `DENY_OUT_OF_SCOPE`, …). */
  readonly reason: string;
  readonly grant: AccessEvent['grant'];
  /** Categories the covering grant opens (empty when none covers). */
  readonly categories: readonly DataCategory[];
}

/**
 * Port to the access module: resolves each line's person and decides it with the one `decide()` over the
 * assignment in force. Null for a line whose person is unknown.
 */
export interface MappedAccessPort {
  decide(lines: readonly MappedLine[]): Promise<Array<MappedDecision | null>>;
}

/** Reason code of an application-reported read that no grant in force covers. */
export const UNCOVERED_PREFIX = 'UNCOVERED_';

const RECORD_CATEGORIES: Readonly<Record<MappedLine['record'], readonly DataCategory[]>> = {
  person: ['identity', 'contact', 'address'],
  participation: ['employment'],
  household: ['identity', 'contact', 'address'],
  card: ['health_insurance'],
};
const SUCCESS = /^(success|succeeded|ok|allow|allowed|granted|true|1|200)$/i;
const FAILURE = /^(failure|failed|fail|deny|denied|refused|rejected|false|0|401|403)$/i;
const USER = /^[A-Za-z0-9._@-]{1,64}$/;
const KEY: Readonly<Record<SourceMapping['personKind'], RegExp>> = {
  social_insurance_no: /^[0-9]{10}$/,
  personal_id: /^[0-9]{12}$/,
  person_id: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
};

/** Reads one field of a line (`undefined` when absent). */
export type FieldReader = (name: string) => string | undefined;

/**
 * A reader over a parsed JSON line: dotted paths, string, number and boolean leaves.
 *
 * @param o - the parsed object
 * @returns the reader
 */
export function jsonFields(o: Record<string, unknown>): FieldReader {
  return (name) => {
    let v: unknown = o;
    for (const part of name.split('.')) {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
      v = (v as Record<string, unknown>)[part];
    }
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
  };
}

/**
 * Maps one line (whose person field is present) into a {@link MappedLine}.
 *
 * @param read - the line's fields
 * @param mapping - the system's mapping
 * @param env - system name, receive time, line time when the transport gave one, account lookups
 * @returns the mapped line, or the reason it cannot be read
 */
export function mapLine(
  read: FieldReader,
  mapping: SourceMapping,
  env: { system: string; now: number; time?: number; accountIdByUsername(name: string): string | null; account(id: string): AccountFacts | undefined },
): { ok: true; line: MappedLine } | { ok: false; reason: string } {
  const f = mapping.fields;
  let time = env.time ?? env.now;
  const timeText = read(f.time ?? 'time');
  if (timeText !== undefined) {
    time = Date.parse(timeText);
    if (!Number.isFinite(time)) return { ok: false, reason: 'BAD_TIMESTAMP' };
  }
  if (time > env.now + 86_400_000) return { ok: false, reason: 'FUTURE_TIMESTAMP' };
  const user = read(f.account);
  if (!user || !USER.test(user)) return { ok: false, reason: 'MAPPED_NO_ACCOUNT' };
  const accountId = env.accountIdByUsername(user);
  const account = accountId ? env.account(accountId) : undefined;
  if (!account) return { ok: false, reason: 'MAPPED_UNKNOWN_ACCOUNT' };
  const personKey = read(f.person)?.trim() ?? '';
  if (!KEY[mapping.personKind].test(personKey)) return { ok: false, reason: 'MAPPED_BAD_PERSON' };
  const verb = read(f.action);
  const action = verb === undefined ? undefined : mapping.actions[verb];
  if (!action) return { ok: false, reason: 'MAPPED_UNKNOWN_ACTION' };
  const purpose = (f.purpose ? read(f.purpose) : undefined) ?? mapping.defaultPurpose;
  if (!purpose || !/^[a-z][a-z0-9_]{1,63}$/.test(purpose)) return { ok: false, reason: 'MAPPED_NO_PURPOSE' };
  const outcomeText = f.outcome ? read(f.outcome) : undefined;
  let outcome: 'allow' | 'deny' = 'allow';
  if (outcomeText !== undefined) {
    if (SUCCESS.test(outcomeText)) outcome = 'allow';
    else if (FAILURE.test(outcomeText)) outcome = 'deny';
    else return { ok: false, reason: 'BAD_OUTCOME' };
  }
  const ipText = f.ip ? read(f.ip) : undefined;
  const ip = ipText && /^[0-9a-fA-F:.]{2,45}$/.test(ipText) ? ipText : null;
  return { ok: true, line: { system: env.system, systemName: mapping.displayName, time, account, personKind: mapping.personKind, personKey, action, record: mapping.record ?? 'person', purpose, outcome, ip } };
}

/**
 * The access event of a mapped line and its check. A read the application reports as done that no grant in
 * force covers stays `allow` (it happened) with no grant and the reason `UNCOVERED_<deny reason>`: the
 * detection rule KHIEN-R026 raises an alert for it.
 *
 * @param line - the mapped line
 * @param d - its assignment check
 * @returns the event
 */
export function mappedAccessEvent(line: MappedLine, d: MappedDecision): AccessEvent {
  const covered = d.outcome === 'allow';
  const shown = RECORD_CATEGORIES[line.record];
  let reason: string;
  if (line.outcome === 'deny') reason = 'APP_DENIED';
  else reason = covered ? d.reason : `${UNCOVERED_PREFIX}${d.reason}`;
  return {
    id: newId(),
    kind: 'access',
    time: new Date(line.time).toISOString(),
    requestId: null,
    source: { system: line.system, systemName: line.systemName, ip: line.ip, deviceId: null, deviceRegistered: null },
    actor: { type: 'staff', accountId: line.account.accountId, unitId: line.account.unitId, provinceCode: line.account.provinceCode ?? '00', roles: [...line.account.roles], sessionId: null },
    action: line.action,
    resource: line.record,
    subjects: [d.personId],
    categories: line.outcome === 'allow' ? (covered ? shown.filter((c) => d.categories.includes(c)) : [...shown]) : [],
    fields: [],
    purpose: line.purpose,
    grant: line.outcome === 'allow' && covered ? d.grant : null,
    outcome: line.outcome,
    reason,
    lookup: null,
    justification: null,
  };
}
