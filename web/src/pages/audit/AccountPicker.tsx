/**
 * Finding an account for the audit search by staff number or name (never by typing an internal id), and the
 * staff number and name of the accounts a result page shows. Both through `GET /api/audit/accounts`, which
 * keeps to the caller's audit scope and records the look-up.
 */
import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

/** An account as the look-up returns it. */
export type AccountRef = paths['/api/audit/accounts']['get']['responses'][200]['content']['application/json'][number];

/** An account picker (controlled by an antd Form.Item): type two or more characters of a staff number or name. */
export function AccountPicker(props: { value?: string; onChange?: (v: string | undefined) => void; id?: string }): React.JSX.Element {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const h = setTimeout(() => setQ(typed.trim()), 300);
    return () => clearTimeout(h);
  }, [typed]);
  const found = useQuery({
    queryKey: ['audit-accounts', q],
    enabled: q.length >= 2,
    queryFn: () => unwrap(api.GET('/api/audit/accounts', { params: { query: { q } } })),
  });
  return (
    <Select
      id={props.id}
      value={props.value}
      onChange={(v: string | undefined) => props.onChange?.(v)}
      allowClear
      showSearch={{ filterOption: false, onSearch: setTyped }}
      loading={found.isFetching}
      notFoundContent={q.length >= 2 && !found.isFetching ? t('audit.search.noAccount') : null}
      options={(found.data ?? []).map((a) => ({ value: a.accountId, label: `${a.staffNo} · ${a.fullName} (${a.unitId})` }))}
      aria-label={t('audit.search.account')}
      data-testid="audit-account"
    />
  );
}

/**
 * Staff number and name of accounts by id.
 *
 * @param ids - account ids on the page
 * @returns id → account (missing: outside the caller's scope or not a staff account); null while loading
 */
export function useAccountNames(ids: readonly string[]): Map<string, AccountRef> | null {
  const key = [...ids].sort().join(',');
  const names = useQuery({
    queryKey: ['audit-account-names', key],
    enabled: key.length > 0,
    staleTime: 60_000,
    queryFn: () => unwrap(api.GET('/api/audit/accounts', { params: { query: { ids: key } } })),
  });
  if (key.length > 0 && !names.data) return null;
  return new Map((names.data ?? []).map((a) => [a.accountId, a]));
}
