/**
 * The purpose code list (`GET /api/access/purposes`) as a select, named in the chosen language.
 */
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { currentLang } from '../i18n';

/**
 * The purposes.
 *
 * @returns the query
 */
export function usePurposes() {
  return useQuery({ queryKey: ['purposes'], queryFn: () => unwrap(api.GET('/api/access/purposes')), staleTime: 600_000 });
}

/** A purpose picker (controlled by an antd Form.Item). */
export function PurposeSelect(props: { value?: string; onChange?: (v: string) => void; id?: string }): React.JSX.Element {
  const { t } = useTranslation();
  const purposes = usePurposes();
  const lang = currentLang();
  return (
    <Select
      {...props}
      showSearch
      optionFilterProp="label"
      loading={purposes.isLoading}
      placeholder={t('search.purposePlaceholder')}
      options={(purposes.data?.purposes ?? []).map((p) => ({ value: p.code, label: p[lang] }))}
      data-testid="purpose-select"
    />
  );
}
