/**
 * A staff member of the head's units, found by staff number or name (nobody types an account id).
 */
import { useState } from 'react';
import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

/** Staff of the head's units, found by staff number or name. */
export function StaffPicker({ testId, ...props }: SelectProps<string> & { testId?: string }): React.JSX.Element {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const found = useQuery({ queryKey: ['staff-lookup', q], queryFn: () => unwrap(api.GET('/api/admin/accounts', { params: { query: { q: q || undefined, limit: 20, offset: 0 } } })) });
  return (
    <Select
      {...props}
      showSearch
      filterOption={false}
      onSearch={setQ}
      loading={found.isLoading}
      placeholder={t('assignment.staffPlaceholder')}
      options={(found.data ?? []).map((a) => ({ value: a.id, label: `${a.username} · ${a.fullName}` }))}
      data-testid={testId ?? 'staff-picker'}
    />
  );
}

