/**
 * Small pieces shared by the security pages: severity and state tags, the page heading, the option lists of
 * the filters.
 */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { paths } from '../../api/schema';

/** Severities, most serious first. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
/** Alert states. */
export const ALERT_STATES = ['new', 'acknowledged', 'false_positive', 'escalated'] as const;
/** Colour per severity (Ant Design preset colours, readable on white). */
export const SEVERITY_COLOUR: Readonly<Record<string, string>> = { critical: 'red', high: 'volcano', medium: 'gold', low: 'blue' };

/** A severity as a coloured tag. */
export function SeverityTag({ value }: { value: string }): React.JSX.Element {
  const { t } = useTranslation();
  return <Tag color={SEVERITY_COLOUR[value]}>{t(`security.severity.${value}`)}</Tag>;
}

/** An alert state as a tag. */
export function AlertStateTag({ value }: { value: string }): React.JSX.Element {
  const { t } = useTranslation();
  const colour = value === 'new' ? 'processing' : value === 'escalated' ? 'error' : value === 'false_positive' ? 'default' : 'success';
  return <Tag color={colour}>{t(`security.alertState.${value}`)}</Tag>;
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
  const colour = value === 'open' ? 'error' : value === 'in_progress' ? 'processing' : value === 'contained' ? 'warning' : 'default';
  return <Tag color={colour}>{t(`security.caseState.${value}`)}</Tag>;
}

/** A case as `GET /api/cases/{id}` answers it. */
export type CaseDetail = paths['/api/cases/{id}']['get']['responses'][200]['content']['application/json'];
