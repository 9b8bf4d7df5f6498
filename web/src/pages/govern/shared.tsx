/**
 * Pieces the security-programme pages share: the units the caller sees (for choices and names), a unit
 * picker, the page frame, a percentage against the 100 % target and the roles of the pages.
 */
import type { ReactNode } from 'react';
import { Card, Progress, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { formatNumber } from '../../lib/format';

export { GOVERN_READ, GOVERN_WRITE } from './roles';

/**
 * The units the caller sees, in code order.
 *
 * @returns the query
 */
export function useGovernUnits() {
  return useQuery({ queryKey: ['govern-units'], queryFn: () => unwrap(api.GET('/api/govern/units')), staleTime: 300_000 });
}

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
  const units = useGovernUnits();
  const options = (units.data ?? []).filter((u) => !props.kinds || props.kinds.includes(u.kind)).map((u) => ({ value: u.id, label: `${u.id} · ${u.name}` }));
  return (
    <Select
      id={props.id}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear={props.allowClear}
      style={{ minWidth: 260 }}
      value={props.value}
      onChange={(v: string | undefined) => props.onChange?.(v ?? '')}
      options={options}
      loading={units.isLoading}
      placeholder={t('govern.unit')}
      aria-label={t('govern.unit')}
      data-testid={props.testId}
    />
  );
}

/** The frame of a page: a card with its heading. */
export function GovernPage(props: { title: string; extra?: ReactNode; children: ReactNode }): React.JSX.Element {
  return (
    <Card title={<h1 style={{ fontSize: 20, margin: 0 }}>{props.title}</h1>} extra={props.extra}>
      {props.children}
    </Card>
  );
}

/** A percentage against the 100 % target: green at 100, gold from 80, red below. */
export function Percent({ value }: { value: number }): React.JSX.Element {
  const status = value >= 100 ? 'success' : value >= 80 ? 'normal' : 'exception';
  return <Progress percent={Math.round(value * 10) / 10} status={status} size="small" format={(p) => `${formatNumber(p ?? 0)} %`} style={{ minWidth: 140 }} />;
}

/** A red/green status tag with its words. */
export function Flag({ ok, yes, no }: { ok: boolean; yes: string; no: string }): React.JSX.Element {
  return <Tag color={ok ? 'green' : 'red'}>{ok ? yes : no}</Tag>;
}

/** The current year in Việt Nam. */
export function thisYear(): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date()));
}
