/**
 * The alert queue: alerts in the caller's scope (an officer's unit subtree, the central team's whole agency),
 * filtered by severity, rule, unit, state and time, paged on the server, refreshed every 15 seconds. A row
 * opens the alert's page.
 */
import { useState } from 'react';
import { Card, DatePicker, Form, Select, Space, Switch, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../lib/status-tag';
import { Link } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { UnitPicker } from '../../components/UnitPicker';
import { currentLang } from '../../i18n';
import { ErrorAlert } from '../../lib/errors';
import { formatDateTime, formatNumber } from '../../lib/format';
import { ALERT_STATES, AlertStateTag, Heading, SEVERITIES, SeverityTag } from './ui';
import { vnDayEnd, vnDayStart } from '../../lib/vn-date';

type Severity = (typeof SEVERITIES)[number];
type State = (typeof ALERT_STATES)[number];

interface Filters {
  severity?: Severity;
  status?: State;
  ruleId?: string;
  unitId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
  overdue?: boolean;
}

const PAGE = 20;

/** The page. */
export default function AlertsPage(): React.JSX.Element {
  const { t } = useTranslation();
  const lang = currentLang();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const rules = useQuery({ queryKey: ['detect-rules'], queryFn: () => unwrap(api.GET('/api/detect/rules')), staleTime: 600_000 });
  const query = {
    severity: filters.severity,
    status: filters.status,
    ruleId: filters.ruleId,
    unitId: filters.unitId || undefined,
    from: filters.range?.[0] ? vnDayStart(filters.range[0]).toISOString() : undefined,
    to: filters.range?.[1] ? vnDayEnd(filters.range[1]).toISOString() : undefined,
    overdue: filters.overdue || undefined,
    limit: PAGE,
    offset: (page - 1) * PAGE,
  };
  const alerts = useQuery({
    queryKey: ['alerts', query],
    queryFn: () => unwrap(api.GET('/api/alerts', { params: { query } })),
    refetchInterval: 15_000,
    placeholderData: keepPreviousData,
  });
  const ruleName = new Map((rules.data ?? []).map((r) => [r.id, r.name[lang]]));
  return (
    <Card title={<Heading text={t('security.alerts.title')} />}>
      <ErrorAlert error={alerts.error ?? rules.error} />
      <Form<Filters>
        layout="inline"
        style={{ marginBottom: 16, rowGap: 8 }}
        onValuesChange={(_c, all) => {
          setFilters(all);
          setPage(1);
        }}
      >
        <Form.Item name="severity" label={t('security.alerts.severity')}>
          <Select allowClear style={{ width: 140 }} data-testid="filter-severity" options={SEVERITIES.map((s) => ({ value: s, label: t(`security.severity.${s}`) }))} />
        </Form.Item>
        <Form.Item name="status" label={t('security.alerts.state')}>
          <Select allowClear style={{ width: 170 }} data-testid="filter-state" options={ALERT_STATES.map((s) => ({ value: s, label: t(`security.alertState.${s}`) }))} />
        </Form.Item>
        <Form.Item name="ruleId" label={t('security.alerts.rule')}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} style={{ width: 260 }} options={(rules.data ?? []).map((r) => ({ value: r.id, label: `${r.id} · ${r.name[lang]}` }))} />
        </Form.Item>
        <Form.Item name="unitId" label={t('security.alerts.unit')}>
          <UnitPicker label={t('security.alerts.unit')} allowClear width={220} testId="filter-unit" />
        </Form.Item>
        <Form.Item name="range" label={t('security.alerts.period')}>
          <DatePicker.RangePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="overdue" label={t('security.alerts.overdueOnly')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
      <Table
        rowKey="id"
        size="middle"
        loading={alerts.isLoading}
        dataSource={alerts.data?.items ?? []}
        scroll={{ x: true }}
        data-testid="alert-table"
        pagination={{
          current: page,
          pageSize: PAGE,
          total: alerts.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (n) => t('security.common.total', { n: formatNumber(n) }),
          onChange: setPage,
        }}
        columns={[
          { title: t('security.alerts.raised'), dataIndex: 'createdAt', render: (v: string, a) => <Link to={`/security/alerts/${a.id}`}>{formatDateTime(v)}</Link> },
          { title: t('security.alerts.severity'), dataIndex: 'severity', render: (v: string) => <SeverityTag value={v} /> },
          { title: t('security.alerts.rule'), dataIndex: 'ruleId', render: (v: string) => `${v} · ${ruleName.get(v) ?? ''}` },
          { title: t('security.alerts.unit'), dataIndex: 'unitId', render: (v: string | null) => v ?? t('security.common.none') },
          { title: t('security.alerts.account'), dataIndex: 'accountId', render: (v: string | null) => (v ? v.slice(0, 8) : t('security.common.none')) },
          { title: t('security.alerts.count'), dataIndex: 'count', render: (v: number) => formatNumber(v) },
          {
            title: t('security.alerts.state'),
            dataIndex: 'status',
            render: (v: string, a) => (
              <Space size={4}>
                <AlertStateTag value={v} />
                {a.overdue ? <StatusTag tone="bad">{t('security.alerts.overdue')}</StatusTag> : null}
                {a.suspension ? <StatusTag tone="warn">{t(`security.suspension.${a.suspension.status}`)}</StatusTag> : null}
              </Space>
            ),
          },
          { title: t('security.alerts.due'), dataIndex: 'dueAt', render: (v: string) => formatDateTime(v) },
        ]}
      />
    </Card>
  );
}
