/**
 * Export to the national SOC: incidents changed and alerts raised in a period, as a STIX 2.1 bundle (pulled by
 * the CLI or the API) and as CEF over syslog to the configured collector (`SOC_SYSLOG_TARGET`). Alerts that
 * never became part of a case live in the detector; the detector's wiring can pass them in `extraAlerts`.
 */
import type { Database } from '../db/client.ts';
import * as repo from './respond.repo.ts';
import { caseReference } from './case-presenter.ts';
import { buildStixBundle, type StixAlertInput, type StixBundle, type StixCaseInput } from './stix-bundle.ts';
import { alertToCef, caseToCef, formatCef } from './cef.ts';
import { formatRfc5424, parseHostPort, sendSyslog, type SyslogSeverity } from './syslog-sender.ts';
import { RespondErrors } from './respond.errors.ts';

/** The producer identity in every bundle. */
export const KHIEN_PRODUCER = { name: 'Bảo hiểm xã hội Việt Nam', contact: 'Trung tâm Công nghệ thông tin' } as const;

/** Most objects of one export (a bigger period is exported in several calls). */
export const EXPORT_LIMIT = 5_000;

/** A period of export. */
export interface ExportPeriod {
  readonly since: Date;
  readonly until: Date;
}

/**
 * Loads the cases and alerts of a period in export form.
 *
 * @param db - database
 * @param period - since (inclusive) … until (exclusive)
 * @returns cases (changed in the period) and alerts (raised in the period)
 */
export async function loadExport(db: Database, period: ExportPeriod): Promise<{ cases: StixCaseInput[]; alerts: StixAlertInput[] }> {
  // Exercise cases (drills) never reach the national centre.
  const rows = (await repo.listCasesChangedSince(db, period.since, EXPORT_LIMIT)).filter((c) => c.updatedAt < period.until && !c.exercise);
  const observables = await repo.listObservables(db, rows.map((r) => r.id));
  const cases: StixCaseInput[] = rows.map((r) => ({
    id: r.id,
    reference: caseReference(r),
    title: r.title,
    severity: r.severity,
    status: r.status,
    personalDataBreach: r.personalDataBreach,
    detectedAt: r.detectedAt,
    openedAt: r.openedAt,
    updatedAt: r.updatedAt,
    observables: observables.filter((o) => o.caseId === r.id).map((o) => ({ type: o.type, value: o.value })),
  }));
  const alertRows = await repo.listAlertsRaisedBetween(db, period.since, period.until, EXPORT_LIMIT);
  const alerts: StixAlertInput[] = alertRows.map((a) => ({
    alertId: a.alertId,
    ruleId: a.ruleId,
    severity: a.severity,
    accountId: a.accountId,
    raisedAt: a.raisedAt,
    evidenceCount: a.evidenceEventIds.length,
    caseId: a.caseId,
  }));
  return { cases, alerts };
}

/**
 * The STIX bundle of a period.
 *
 * @param db - database
 * @param period - the period
 * @param extraAlerts - alerts not linked to cases (from the detector)
 * @returns the bundle
 */
export async function exportStix(db: Database, period: ExportPeriod, extraAlerts: readonly StixAlertInput[] = []): Promise<StixBundle> {
  const { cases, alerts } = await loadExport(db, period);
  const seen = new Set(alerts.map((a) => a.alertId));
  return buildStixBundle({ producer: KHIEN_PRODUCER, cases, alerts: [...alerts, ...extraAlerts.filter((a) => !seen.has(a.alertId))] });
}

const SYSLOG_SEVERITY: Record<string, SyslogSeverity> = { critical: 2, high: 3, medium: 4, low: 5 };

/**
 * The syslog messages (CEF payload) of cases and alerts.
 *
 * @param cases - cases
 * @param alerts - alerts
 * @returns RFC 5424 messages
 */
export function cefMessages(cases: readonly StixCaseInput[], alerts: readonly StixAlertInput[]): string[] {
  return [
    ...alerts.map((a) =>
      formatRfc5424({ severity: SYSLOG_SEVERITY[a.severity] ?? 4, time: a.raisedAt, msgId: 'alert', msg: formatCef(alertToCef(a)) }),
    ),
    ...cases.map((c) =>
      formatRfc5424({ severity: SYSLOG_SEVERITY[c.severity] ?? 4, time: c.updatedAt, msgId: 'incident', msg: formatCef(caseToCef(c)) }),
    ),
  ];
}

/**
 * Sends a period's cases and alerts to the SOC collector as CEF over syslog.
 *
 * @param db - database
 * @param target - `host:port` from `config.socSyslogTarget`
 * @param transport - tcp (octet counting) or udp
 * @param period - the period
 * @param extraAlerts - alerts not linked to cases
 * @returns numbers sent
 * @throws KHIEN_RESPOND_SOC_TARGET_MISSING, KHIEN_RESPOND_SOC_SEND_FAILED
 */
export async function sendCefToSoc(
  db: Database,
  target: string | undefined,
  transport: 'tcp' | 'udp',
  period: ExportPeriod,
  extraAlerts: readonly StixAlertInput[] = [],
): Promise<{ cases: number; alerts: number }> {
  if (!target) throw new RespondErrors.SOC_TARGET_MISSING();
  const { host, port } = parseHostPort(target);
  const { cases, alerts } = await loadExport(db, period);
  const seen = new Set(alerts.map((a) => a.alertId));
  const all = [...alerts, ...extraAlerts.filter((a) => !seen.has(a.alertId))];
  try {
    await sendSyslog({ host, port, transport }, cefMessages(cases, all));
  } catch {
    throw new RespondErrors.SOC_SEND_FAILED();
  }
  return { cases: cases.length, alerts: all.length };
}
