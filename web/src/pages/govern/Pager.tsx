/**
 * Server paging of a long programme list: the page asks one row more than it shows to know whether a next
 * page exists (the routes take `limit` and `offset`).
 */
import { useState } from 'react';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';

/** Rows per page. */
export const PAGE_SIZE = 20;

/**
 * The page state of a list.
 *
 * @returns the page number (from 0), its query (`limit` one more than shown), a setter and the rows to show
 */
export function useServerPage() {
  const [page, setPage] = useState(0);
  return {
    page,
    setPage,
    query: { limit: PAGE_SIZE + 1, offset: page * PAGE_SIZE },
    rows: <R,>(data: readonly R[] | undefined): R[] => (data ?? []).slice(0, PAGE_SIZE),
    more: (data: readonly unknown[] | undefined): boolean => (data ?? []).length > PAGE_SIZE,
  };
}

/** Previous and next buttons with the page number (and the whole list's count when the route gives it). */
export function Pager(props: { page: number; more: boolean; onPage: (page: number) => void; testId?: string; total?: number }): React.JSX.Element | null {
  const { t } = useTranslation();
  if (props.page === 0 && !props.more) return null;
  return (
    <Space style={{ marginTop: 12 }} data-testid={props.testId}>
      {props.total !== undefined ? <span>{t('govern.pager.total', { n: formatNumber(props.total) })}</span> : null}
      <Button size="small" disabled={props.page === 0} onClick={() => props.onPage(props.page - 1)}>
        {t('govern.pager.previous')}
      </Button>
      <span>{t('govern.pager.page', { page: formatNumber(props.page + 1) })}</span>
      <Button size="small" disabled={!props.more} onClick={() => props.onPage(props.page + 1)}>
        {t('govern.pager.next')}
      </Button>
    </Space>
  );
}
