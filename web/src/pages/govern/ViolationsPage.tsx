/**
 * The violation register: staff violations of the security rules in the caller's units, with their source
 * (a case, an inspection, a verified alert) and the measures taken, over a period, paged on the server; a
 * violation is recorded from here after confirmation (it cannot be withdrawn).
 */
import { useState } from 'react';
import { Button, DatePicker, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { hasRole, useMe } from '../../lib/session';
import { GOVERN_WRITE, GovernPage, UnitSelect, useUnitName, Pill } from './shared';
import { NewViolationForm } from './RecordForms';
import { Pager, useServerPage } from './Pager';
import { vnToday } from '../../lib/vn-date';

/** The page. */
export default function ViolationsPage(): React.JSX.Element {
  const { t } = useTranslation();
  const unitName = useUnitName();
  const [unitId, setUnitId] = useState<string>('');
  const [range, setRange] = useState<[Dayjs, Dayjs]>([vnToday().startOf('year'), vnToday()]);
  const from = range[0].format('YYYY-MM-DD');
  const to = range[1].format('YYYY-MM-DD');
  const [creating, setCreating] = useState(false);
  const me = useMe();
  const pager = useServerPage();
  const violations = useQuery({
    queryKey: ['govern-violations', unitId, from, to, pager.page],
    queryFn: () => unwrap(api.GET('/api/govern/violations', { params: { query: { from, to, ...(unitId ? { unitId } : {}), ...pager.query } } })),
  });
  return (
    <GovernPage
      title={t('govern.nav.violations')}
      extra={
        <Space wrap>
          <DatePicker.RangePicker
            format="DD/MM/YYYY"
            value={range}
            allowClear={false}
            aria-label={t('govern.period')}
            onChange={(v) => {
              if (v?.[0] && v[1]) setRange([v[0], v[1]]);
              pager.setPage(0);
            }}
          />
          <UnitSelect
            value={unitId || undefined}
            onChange={(v) => {
              setUnitId(v);
              pager.setPage(0);
            }}
            allowClear
          />
          {hasRole(me.data, GOVERN_WRITE) ? (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="new-violation">
              {t('govern.violations.new')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <ErrorAlert error={violations.error} />
      <Table
        rowKey="id"
        size="small"
        loading={violations.isLoading}
        dataSource={pager.rows(violations.data)}
        pagination={false}
        data-testid="violations-table"
        columns={[
          { title: t('govern.violations.occurredOn'), dataIndex: 'occurredOn', render: (v: string) => formatDate(v) },
          { title: t('govern.violations.name'), key: 'staff', render: (_v, r) => `${r.staffNo} · ${r.fullName}` },
          { title: t('govern.unit'), dataIndex: 'unitId', render: (v: string) => unitName(v) },
          { title: t('govern.violations.source'), key: 'source', render: (_v, r) => <Space><Pill>{t(`govern.violations.sources.${r.source}`, { defaultValue: r.source })}</Pill>{r.sourceRef}</Space> },
          { title: t('govern.violations.description'), dataIndex: 'description' },
          { title: t('govern.violations.measures'), dataIndex: 'measures' },
        ]}
      />
      <Pager page={pager.page} more={pager.more(violations.data)} onPage={pager.setPage} testId="violations-pager" />
      <NewViolationForm open={creating} onClose={() => setCreating(false)} />
    </GovernPage>
  );
}
