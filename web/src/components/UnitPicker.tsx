/**
 * Choosing a unit by its code or name among the units the caller sees (`GET /api/govern/units`, scoped by the
 * server), instead of typing a code: a search select in tree order (a unit, then the units under it).
 */
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';

/**
 * The units the caller sees.
 *
 * @returns the query
 */
export function useUnits() {
  return useQuery({ queryKey: ['govern-units'], queryFn: () => unwrap(api.GET('/api/govern/units')), staleTime: 300_000 });
}

/** Props of {@link UnitPicker}; `label` names the field for assistive technology and is the placeholder. */
export interface UnitPickerProps {
  readonly value?: string;
  readonly onChange?: (v: string) => void;
  readonly id?: string;
  readonly label: string;
  readonly allowClear?: boolean;
  readonly kinds?: readonly string[];
  readonly testId?: string;
  readonly width?: number;
}

/** A unit picker (controlled, or inside an antd Form.Item); an emptied choice gives ''. */
export function UnitPicker(props: UnitPickerProps): React.JSX.Element {
  const units = useUnits();
  const list = (units.data ?? []).filter((u) => !props.kinds || props.kinds.includes(u.kind));
  const depth = new Map<string, number>();
  const byId = new Map(list.map((u) => [u.id, u]));
  const depthOf = (id: string, seen = 0): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    const parent = byId.get(id)?.parentId;
    const d = parent && byId.has(parent) && seen < 10 ? depthOf(parent, seen + 1) + 1 : 0;
    depth.set(id, d);
    return d;
  };
  const options = [...list]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((u) => ({ value: u.id, label: `${u.id} · ${u.name}`, depth: depthOf(u.id) }));
  return (
    <Select
      id={props.id}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear={props.allowClear}
      style={{ minWidth: props.width ?? 260 }}
      value={props.value || undefined}
      onChange={(v: string | undefined) => props.onChange?.(v ?? '')}
      options={options}
      optionRender={(o) => <span style={{ paddingInlineStart: ((o.data as { depth?: number }).depth ?? 0) * 12 }}>{o.label}</span>}
      loading={units.isLoading}
      placeholder={props.label}
      aria-label={props.label}
      data-testid={props.testId}
    />
  );
}
