/**
 * Pieces the security-programme pages share: the units the caller sees (for choices and names), a unit
 * picker, the page frame, a percentage against the 100 % target and the roles of the pages.
 */
import type { ReactNode } from 'react';
import { Card, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { UnitPicker, useUnits } from '../../components/UnitPicker';
import { formatNumber } from '../../lib/format';
import { vnYear } from '../../lib/vn-date';

export { GOVERN_READ, GOVERN_WRITE } from './roles';

/**
 * The units the caller sees, in code order.
 *
 * @returns the query
 */
export const useGovernUnits = useUnits;

/**
 * A unit's name (its code while loading or unknown).
 *
 * @returns a function from unit id to a label
 */
export function useUnitName(): (id: string) => string {
  const units = useGovernUnits();
  const names = new Map((units.data ?? []).map((u) => [u.id, u.name]));
  return (id) => (names.has(id) ? `${names.get(id)!} (${id})` : id);
}

/** Chooses one of the caller's units. */
export function UnitSelect(props: { value?: string; onChange?: (v: string) => void; id?: string; allowClear?: boolean; kinds?: readonly string[]; testId?: string }): React.JSX.Element {
  const { t } = useTranslation();
  return <UnitPicker {...props} label={t('govern.unit')} />;
}

/** The frame of a page: a card with its heading. */
export function GovernPage(props: { title: string; extra?: ReactNode; children: ReactNode }): React.JSX.Element {
  return (
    <Card title={<h1 style={{ fontSize: 20, margin: 0 }}>{props.title}</h1>} extra={props.extra}>
      {props.children}
    </Card>
  );
}

/** A percentage against the 100 % target, in text (dark green at 100, dark amber from 80, dark red below: AA contrast). */
export function Percent({ value }: { value: number }): React.JSX.Element {
  const colour = value >= 100 ? '#135200' : value >= 80 ? '#7c4a03' : '#a8071a';
  return <span style={{ color: colour, fontWeight: 600 }}>{`${formatNumber(Math.round(value * 10) / 10)} %`}</span>;
}

/** Colours of a tag with AA contrast (text, background, border); Ant Design's preset green and gold text is too light. */
const TONES: Readonly<Record<string, readonly [string, string, string]>> = {
  green: ['#135200', '#f6ffed', '#b7eb8f'],
  red: ['#a8071a', '#fff1f0', '#ffa39e'],
  gold: ['#7c4a03', '#fffbe6', '#ffe58f'],
  blue: ['#003eb3', '#e6f4ff', '#91caff'],
  volcano: ['#871400', '#fff2e8', '#ffbb96'],
  purple: ['#391085', '#f9f0ff', '#d3adf7'],
};

/** A status tag in one of the tones above (none or `default`: the neutral tag). */
export function Pill({ tone, title, children }: { tone?: string; title?: string; children: ReactNode }): React.JSX.Element {
  const c = tone ? TONES[tone] : undefined;
  return (
    <Tag title={title} style={c ? { color: c[0], background: c[1], borderColor: c[2] } : undefined}>
      {children}
    </Tag>
  );
}

/** A red/green status tag with its words. */
export function Flag({ ok, yes, no }: { ok: boolean; yes: string; no: string }): React.JSX.Element {
  return <Pill tone={ok ? 'green' : 'red'}>{ok ? yes : no}</Pill>;
}

/** The current year in Việt Nam. */
export const thisYear = vnYear;
