/**
 * Detection rule settings (issue 13, item 5): the central security team switches a rule off or on and changes
 * its thresholds. A change is validated against the rule's own defaults (known keys, same types, numbers
 * above 0), stored, and recorded in the audit log in the same transaction (`detect.rule_settings`, with the
 * values before and after and the reason). The list shows each rule's running parameters next to the saved
 * settings: the running detector takes saved settings through `loadRuleOverrides` when it is built with them.
 */
import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import type { Clock } from '../platform/clock.ts';
import type { AdminEvent, EventRecorder } from '../events/types.ts';
import type { RuleDefinition, RuleParams } from './rule.ts';
import { detectRuleSettings } from './rule-settings.schema.ts';
import { ALL_RULES } from './rules/index.ts';
import { RuleSettingsErrors } from './rule-settings.errors.ts';
import { runInTransaction } from '../db/tx-context.ts';

/** A parameter value as the API carries it. */
export type ParamJson = number | string | boolean | string[];

/** One rule with its running parameters and saved settings. */
export interface RuleSettingView {
  readonly id: string;
  readonly name: { vi: string; en: string };
  readonly description: { vi: string; en: string };
  readonly severity: string;
  readonly defaults: Record<string, ParamJson>;
  /** What the running detector uses. */
  readonly running: Record<string, ParamJson>;
  readonly enabled: boolean;
  /** Saved overrides (empty: the defaults). */
  readonly overrides: Record<string, ParamJson>;
  readonly reason: string | null;
  readonly updatedBy: string | null;
  readonly updatedAt: string | null;
}

/** What the service reads. */
export interface RuleSettingsDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly recorder: () => EventRecorder;
  /** The rules the detector runs, with their effective parameters. */
  readonly rules: () => ReadonlyArray<{ readonly rule: RuleDefinition; readonly params: RuleParams }>;
}

/** Who changes a setting and from where (for the audit record). */
export interface ChangeOrigin {
  readonly accountId: string;
  readonly unitId: string | null;
  readonly sessionId: string | null;
  readonly requestId: string;
  readonly ip: string | null;
  readonly userAgent: string | null;
}

const toJson = (p: RuleParams): Record<string, ParamJson> => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, Array.isArray(v) ? [...(v as string[])] : (v as ParamJson)]));

/**
 * Checks overrides against a rule's defaults.
 *
 * @param defaults - the rule's defaults
 * @param params - proposed overrides
 * @returns the overrides, keeping only values that differ from the defaults
 * @throws KHIEN_DETECTRULES_BAD_PARAM naming the first bad key
 */
export function validateOverrides(defaults: RuleParams, params: Record<string, ParamJson>): Record<string, ParamJson> {
  const out: Record<string, ParamJson> = {};
  for (const [key, value] of Object.entries(params)) {
    if (!Object.hasOwn(defaults, key)) throw new RuleSettingsErrors.BAD_PARAM(key);
    const d = defaults[key];
    if (Array.isArray(d)) {
      if (!Array.isArray(value) || value.some((x) => typeof x !== 'string' || x.length > 200) || value.length > 500) throw new RuleSettingsErrors.BAD_PARAM(key);
    } else if (typeof d === 'number') {
      if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || (Number.isInteger(d) && !Number.isInteger(value))) throw new RuleSettingsErrors.BAD_PARAM(key);
    } else if (typeof value !== typeof d) {
      throw new RuleSettingsErrors.BAD_PARAM(key);
    }
    if (JSON.stringify(value) !== JSON.stringify(d)) out[key] = value;
  }
  return out;
}

/**
 * Saved settings as detector options: parameter overrides per rule and the rules switched off.
 *
 * @param db - database
 * @returns overrides and disabled rule ids
 */
export async function loadRuleOverrides(db: Database): Promise<{ params: Record<string, Record<string, ParamJson>>; disabled: Set<string> }> {
  const rows = await db.select().from(detectRuleSettings);
  const params: Record<string, Record<string, ParamJson>> = {};
  const disabled = new Set<string>();
  for (const r of rows) {
    params[r.ruleId] = JSON.parse(r.params) as Record<string, ParamJson>;
    if (!r.enabled) disabled.add(r.ruleId);
  }
  return { params, disabled };
}

/**
 * The rules a detector runs and their parameters, from the saved settings: rules switched off are left out,
 * and an override is kept only when the rule still has that parameter with the same type (an override saved
 * by an earlier version must not stop the node from starting).
 *
 * @param db - database
 * @param onDropped - told of the overrides left out (`rule.param`)
 * @returns the rules to run and the parameters per rule
 */
export async function runningRuleSettings(db: Database, onDropped?: (dropped: string[]) => void): Promise<{ rules: RuleDefinition[]; params: Record<string, RuleParams> }> {
  const { params, disabled } = await loadRuleOverrides(db);
  const rules = ALL_RULES.filter((r) => !disabled.has(r.id));
  const out: Record<string, RuleParams> = {};
  const dropped: string[] = [];
  for (const rule of rules) {
    const saved = params[rule.id];
    if (!saved) continue;
    const kept: Record<string, ParamJson> = {};
    for (const [k, v] of Object.entries(saved)) {
      const d = rule.defaults[k];
      if (d !== undefined && typeof d === typeof v && Array.isArray(d) === Array.isArray(v)) kept[k] = v;
      else dropped.push(`${rule.id}.${k}`);
    }
    out[rule.id] = kept;
  }
  if (dropped.length > 0) onDropped?.(dropped);
  return { rules, params: out };
}

/**
 * The rules with their settings.
 *
 * @param deps - database, rules
 * @returns one view per rule, in the detector's order
 */
export async function listRuleSettings(deps: RuleSettingsDeps): Promise<RuleSettingView[]> {
  const rows = new Map((await deps.db.select().from(detectRuleSettings)).map((r) => [r.ruleId, r]));
  return deps.rules().map(({ rule, params }) => {
    const s = rows.get(rule.id);
    return {
      id: rule.id,
      name: { ...rule.name },
      description: { ...rule.description },
      severity: rule.severity,
      defaults: toJson(rule.defaults),
      running: toJson(params),
      enabled: s?.enabled ?? true,
      overrides: s ? (JSON.parse(s.params) as Record<string, ParamJson>) : {},
      reason: s?.reason ?? null,
      updatedBy: s?.updatedBy ?? null,
      updatedAt: s ? new Date(s.updatedAt).toISOString() : null,
    };
  });
}

/**
 * Changes a rule's settings and records the change.
 *
 * @param deps - database, clock, recorder, rules
 * @param ruleId - the rule
 * @param change - enabled, full set of overrides (replacing the saved ones), reason
 * @param origin - who and from where
 * @returns the rule's view after the change
 * @throws KHIEN_DETECTRULES_RULE_NOT_FOUND, KHIEN_DETECTRULES_BAD_PARAM
 */
export async function changeRuleSettings(
  deps: RuleSettingsDeps,
  ruleId: string,
  change: { enabled: boolean; params: Record<string, ParamJson>; reason: string },
  origin: ChangeOrigin,
): Promise<RuleSettingView> {
  const found = deps.rules().find((r) => r.rule.id === ruleId);
  if (!found) throw new RuleSettingsErrors.RULE_NOT_FOUND();
  const overrides = validateOverrides(found.rule.defaults, change.params);
  const at = deps.clock.now().toISOString();
  await runInTransaction(deps.db, async (tx) => {
    const [before] = await tx.select().from(detectRuleSettings).where(eq(detectRuleSettings.ruleId, ruleId));
    const row = { ruleId, enabled: change.enabled, params: JSON.stringify(overrides), reason: change.reason, updatedBy: origin.accountId, updatedAt: at };
    await tx.insert(detectRuleSettings).values(row).onConflictDoUpdate({ target: detectRuleSettings.ruleId, set: row });
    const event: AdminEvent = {
      id: crypto.randomUUID(),
      kind: 'admin',
      time: at,
      requestId: origin.requestId,
      source: { ip: origin.ip, userAgent: origin.userAgent, system: 'khien' },
      actor: { type: 'staff', accountId: origin.accountId, unitId: origin.unitId ?? undefined, sessionId: origin.sessionId ?? undefined, roles: ['central_security_admin'] },
      action: 'detect.rule_settings',
      target: { type: 'detection_rule', id: ruleId },
      before: { enabled: before?.enabled ?? true, params: before ? (JSON.parse(before.params) as unknown) : {} },
      after: { enabled: change.enabled, params: overrides },
      reason: change.reason,
      outcome: 'success',
    };
    await deps.recorder().record(event, tx);
  });
  return (await listRuleSettings(deps)).find((r) => r.id === ruleId)!;
}
