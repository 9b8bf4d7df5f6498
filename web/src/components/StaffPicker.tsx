/**
 * A staff member found by staff number or name (nobody types an id), among the accounts the caller manages
 * or heads (`GET /api/admin/accounts`, scoped by the server). The value is the account id, or the staff
 * record's id with `by="staff"`.
 */
import { useState } from 'react';
import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';

/** Props of {@link StaffPicker}. */
/** `known`: choices shown before any search (e.g. the caller, or the value already chosen), with their labels. */
export type StaffPickerProps = SelectProps<string> & { testId?: string; by?: 'account' | 'staff'; known?: ReadonlyArray<{ value: string; label: string }> };

/** Staff of the caller's units, found by staff number or name. */
export function StaffPicker({ testId, by = 'account', known = [], ...props }: StaffPickerProps): React.JSX.Element {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: ['staff-lookup', q],
    queryFn: () => unwrap(api.GET('/api/admin/accounts', { params: { query: { q: q.trim() || undefined, limit: 20, offset: 0 } } })),
    placeholderData: keepPreviousData,
  });
  const options = (found.data ?? []).map((a) => ({ value: by === 'staff' ? a.staffId : a.id, label: `${a.username} · ${a.fullName} (${a.unitId})` }));
  for (const k of known) if (!options.some((o) => o.value === k.value)) options.push({ value: k.value, label: k.label });
  return (
    <Select
      {...props}
      showSearch
      filterOption={false}
      onSearch={setQ}
      loading={found.isFetching}
      placeholder={props.placeholder ?? t('assignment.staffPlaceholder')}
      options={options}
      data-testid={testId ?? 'staff-picker'}
    />
  );
}
