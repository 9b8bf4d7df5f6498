/**
 * The monitoring report a unit head answers for: for a unit (its subtree) and a period — alerts, warnings the
 * unit verified, abnormal accounts, overdue reviews, suspensions — and the same as a PDF to sign and file.
 */
import { useState } from 'react';
import { Button, Card, DatePicker, Descriptions, Form, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { UnitPicker } from '../../components/UnitPicker';
import { ErrorAlert } from '../../lib/errors';
import { formatNumber } from '../../lib/format';
import { useMe } from '../../lib/session';
import { Heading, SeverityTag } from './ui';
import { vnDayEnd, vnDayStart, vnToday } from '../../lib/vn-date';

interface Params {
  unitId: string;
  range: [Dayjs, Dayjs];
}

/** Counts as "name: n; …" with the catalogue's names. */
function joinCounts(counts: Record<string, number>, name: (k: string) => string): string {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${name(k)}: ${formatNumber(n)}`)
    .join('; ');
}

/** The page. */
export default function ReportPage(): React.JSX.Element {
  const { t } = useTranslation();
  const me = useMe();
  const [params, setParams] = useState<Params | null>(null);
  const unitId = params?.unitId ?? me.data?.unitId ?? '';
  const range = params?.range ?? [vnToday().startOf('month'), vnToday()];
  const query = { unitId, from: vnDayStart(range[0]).toISOString(), to: vnDayEnd(range[1]).toISOString() };
  const report = useQuery({
    queryKey: ['monitoring-report', query],
    enabled: unitId !== '',
    queryFn: () => unwrap(api.GET('/api/security/monitoring-report', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  const r = report.data;
  const pdf = `/api/security/monitoring-report.pdf?${new URLSearchParams(query).toString()}`;
  return (
    <Card title={<Heading text={t('security.report.title')} />}>
      <Form<Params>
        layout="inline"
        style={{ marginBottom: 16, rowGap: 8 }}
        initialValues={{ unitId, range }}
        onFinish={(v) => setParams({ unitId: v.unitId, range: v.range })}
      >
        <Form.Item name="unitId" label={t('security.alerts.unit')} rules={[{ required: true, message: t('form.required') }]}>
          <UnitPicker label={t('security.alerts.unit')} testId="report-unit" />
        </Form.Item>
        <Form.Item name="range" label={t('security.alerts.period')} rules={[{ required: true, message: t('form.required') }]}>
          <DatePicker.RangePicker format="DD/MM/YYYY" allowClear={false} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('security.report.show')}
        </Button>
      </Form>
      <ErrorAlert error={report.error} />
      {r ? (
        <>
          <Descriptions bordered size="small" column={1} data-testid="report-figures" title={`${r.unit.name} (${r.unit.id})`}>
            <Descriptions.Item label={t('security.report.alerts')}>
              {`${formatNumber(r.alerts.total)} — ${joinCounts(r.alerts.bySeverity, (k) => t(`security.severity.${k}`))}`}
            </Descriptions.Item>
            <Descriptions.Item label={t('security.report.verified')}>
              {`${formatNumber(r.verified.total)} — ${joinCounts(r.verified.byConclusion, (k) => t(`security.conclusion.${k}`))}`}
            </Descriptions.Item>
            <Descriptions.Item label={t('security.report.unverified')}>{formatNumber(r.verified.unverified)}</Descriptions.Item>
            <Descriptions.Item label={t('security.report.abnormal')}>{formatNumber(r.abnormalAccounts.total)}</Descriptions.Item>
            <Descriptions.Item label={t('security.report.overdue')}>
              {t('security.report.overdueDetail', { total: formatNumber(r.overdueReviews.total), open: formatNumber(r.overdueReviews.stillOpen), late: formatNumber(r.overdueReviews.lateTriaged) })}
            </Descriptions.Item>
            <Descriptions.Item label={t('security.report.suspensions')}>
              {`${formatNumber(r.suspensions.total)}${r.suspensions.total ? ` — ${joinCounts(r.suspensions.byStatus, (k) => t(`security.suspension.${k}`))}` : ''}`}
            </Descriptions.Item>
          </Descriptions>
          <h2 style={{ fontSize: 16, marginTop: 16 }}>{t('security.report.abnormalList')}</h2>
          <Table
            rowKey="accountId"
            size="small"
            pagination={false}
            dataSource={r.abnormalAccounts.top}
            columns={[
              { title: t('security.alerts.account'), dataIndex: 'username', render: (v: string | null, a) => v ?? a.accountId.slice(0, 8) },
              { title: t('security.alerts.unit'), dataIndex: 'unitId' },
              { title: t('security.dashboard.count'), dataIndex: 'alerts', render: (v: number) => formatNumber(v) },
              { title: t('security.report.highest'), dataIndex: 'highest', render: (v: string) => <SeverityTag value={v} /> },
            ]}
          />
          <a href={pdf} download style={{ display: 'inline-block', marginTop: 16 }} data-testid="report-pdf">
            {t('security.report.pdf')}
          </a>
        </>
      ) : null}
    </Card>
  );
}
