/**
 * Severity of a finding from its CVSS base score (CVSS v3.x qualitative rating scale: 0.1–3.9 low,
 * 4.0–6.9 medium, 7.0–8.9 high, 9.0–10.0 critical) and its remediation deadline from the unit's policy
 * (directive 001 §3: high and critical vulnerabilities the central team warns about are fixed first).
 */
import type { FindingSeverity } from './posture.schema.ts';

/** Remediation deadline in days per severity. */
export interface RemediationPolicy {
  readonly criticalDays: number;
  readonly highDays: number;
  readonly mediumDays: number;
  readonly lowDays: number;
}

/** The agency default when neither the unit nor any unit above it set a policy. */
export const DEFAULT_POLICY: RemediationPolicy = { criticalDays: 7, highDays: 15, mediumDays: 30, lowDays: 90 };

/**
 * Severity band of a CVSS base score.
 *
 * @param score - 0.0–10.0
 * @returns the band (0.0 counts as low: a finding is never "none")
 */
export function severityOfCvss(score: number): FindingSeverity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  return 'low';
}

/**
 * Deadline of a finding.
 *
 * @param openedAt - when the finding was opened
 * @param severity - its severity
 * @param policy - the unit's policy
 * @returns the deadline
 */
export function remediationDeadline(openedAt: Date, severity: FindingSeverity, policy: RemediationPolicy): Date {
  const days = { critical: policy.criticalDays, high: policy.highDays, medium: policy.mediumDays, low: policy.lowDays }[severity];
  return new Date(openedAt.getTime() + days * 86_400_000);
}

/**
 * Compares dotted versions numerically where both parts are numbers (`1.18.0` < `1.20`), textually otherwise.
 *
 * @param a - version
 * @param b - version
 * @returns true when equal after normalisation (`v1.2` = `1.2.0`)
 */
export function sameVersion(a: string, b: string): boolean {
  const parts = (v: string): string[] => v.trim().toLowerCase().replace(/^v/, '').split(/[.\-_ ]/).filter(Boolean);
  const x = parts(a);
  const y = parts(b);
  while (x.length < y.length) x.push('0');
  while (y.length < x.length) y.push('0');
  return x.every((p, i) => (/^\d+$/.test(p) && /^\d+$/.test(y[i] ?? '') ? Number(p) === Number(y[i]) : p === y[i]));
}
