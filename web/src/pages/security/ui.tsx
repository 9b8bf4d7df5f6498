/**
 * Small pieces shared by the security pages: severity and state tags, the page heading, the option lists of
 * the filters.
 */
import { useTranslation } from 'react-i18next';
import type { paths } from '../../api/schema';
import { StatusTag, type Tone } from '../../lib/status-tag';

/** Severities, most serious first. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
/** Alert states. */
export const ALERT_STATES = ['new', 'acknowledged', 'false_positive', 'escalated'] as const;
/** Tone per severity (AA-contrast tags: Ant Design's preset colours are too light). */
const SEVERITY_TONE: Readonly<Record<string, Tone>> = { critical: 'bad', high: 'bad', medium: 'warn', low: 'info' };

/** A severity as a coloured tag. */
export function SeverityTag({ value }: { value: string }): React.JSX.Element {
  const { t } = useTranslation();
  return <StatusTag tone={SEVERITY_TONE[value] ?? 'neutral'}>{t(`security.severity.${value}`)}</StatusTag>;
}

/** An alert state as a tag. */
export function AlertStateTag({ value }: { value: string }): React.JSX.Element {
  const { t } = useTranslation();
  const tone: Tone = value === 'new' ? 'info' : value === 'escalated' ? 'bad' : value === 'false_positive' ? 'neutral' : 'ok';
  return <StatusTag tone={tone}>{t(`security.alertState.${value}`)}</StatusTag>;
}

/** The page's heading (one h1 per page). */
export function Heading({ text }: { text: string }): React.JSX.Element {
  return <h1 style={{ fontSize: 20, margin: 0 }}>{text}</h1>;
}

/** Case states. */
export const CASE_STATES = ['open', 'in_progress', 'contained', 'closed'] as const;

/** A case state as a tag. */
export function CaseStateTag({ value }: { value: string }): React.JSX.Element {
  const { t } = useTranslation();
  const tone: Tone = value === 'open' ? 'bad' : value === 'in_progress' ? 'info' : value === 'contained' ? 'warn' : 'neutral';
  return <StatusTag tone={tone}>{t(`security.caseState.${value}`)}</StatusTag>;
}

/** A case as `GET /api/cases/{id}` answers it. */
export type CaseDetail = paths['/api/cases/{id}']['get']['responses'][200]['content']['application/json'];
