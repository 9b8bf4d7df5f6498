/**
 * Cases and incidents in the caller's scope, newest first, filtered by state and by breach, paged on the
 * server (a page more is asked for to know whether there is a next one), with the total of the filter. Breach cases show their time left.
 */
import { useState } from 'react';
import { Button, Card, Form, Select, Space, Switch, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../lib/status-tag';
import { Link } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../lib/errors';
import { formatDateTime, formatNumber } from '../../lib/format';
import { CASE_STATES, CaseStateTag, Heading, SeverityTag } from './ui';

type CaseState = (typeof CASE_STATES)[number];
const PAGE = 20;

/** The page. */
export default function CasesPage(): React.JSX.Element {
  const { t } = useTranslation();
  const [status, setStatus] = useState<CaseState | undefined>();
  const [breach, setBreach] = useState(false);
  const [page, setPage] = useState(0);
  const query = { status, breach: breach || undefined, limit: PAGE + 1, offset: page * PAGE };
  const cases = useQuery({
    queryKey: ['cases', query],
    queryFn: () => unwrap(api.GET('/api/cases/', { params: { query } })),
    refetchInterval: 30_000,
    placeholderData: keepPreviousData,
  });
  const countQuery = { status, breach: breach || undefined };
  const total = useQuery({
    queryKey: ['cases-count', countQuery],
    queryFn: () => unwrap(api.GET('/api/cases/count', { params: { query: countQuery } })),
    refetchInterval: 30_000,
    placeholderData: keepPreviousData,
  });
  const pages = total.data ? Math.max(1, Math.ceil(total.data.total / PAGE)) : null;
  const rows = (cases.data ?? []).slice(0, PAGE);
  const more = (cases.data ?? []).length > PAGE;
  return (
    <Card title={<Heading text={t('security.cases.title')} />} extra={<Link to="/security/roster">{t('security.nav.roster')}</Link>}>
      <ErrorAlert error={cases.error ?? total.error} />
      <Form layout="inline" style={{ marginBottom: 16 }}>
        <Form.Item label={t('security.alerts.state')} htmlFor="case-filter-state">
          <Select
            id="case-filter-state"
            allowClear
            style={{ width: 180 }}
            value={status}
            onChange={(v: CaseState | undefined) => {
              setStatus(v);
              setPage(0);
            }}
            options={CASE_STATES.map((s) => ({ value: s, label: t(`security.caseState.${s}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('security.cases.breachOnly')} htmlFor="case-filter-breach">
          <Switch
            id="case-filter-breach"
            checked={breach}
            onChange={(v) => {
              setBreach(v);
              setPage(0);
            }}
          />
        </Form.Item>
      </Form>
      <Table
        rowKey="id"
        size="middle"
        loading={cases.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: true }}
        data-testid="case-table"
        columns={[
          { title: t('security.cases.reference'), dataIndex: 'reference', render: (v: string, c) => <Link to={`/security/cases/${c.id}`}>{v}</Link> },
          { title: t('security.cases.caseTitle'), dataIndex: 'title' },
          { title: t('security.alerts.severity'), dataIndex: 'severity', render: (v: string) => <SeverityTag value={v} /> },
          {
            title: t('security.alerts.state'),
            dataIndex: 'status',
            render: (v: string, c) => (
              <Space size={4}>
                <CaseStateTag value={v} />
                {c.personalDataBreach ? <StatusTag tone="bad">{t('security.cases.breach')}</StatusTag> : null}
                {c.exercise ? <StatusTag tone="neutral">{t('security.cases.exercise')}</StatusTag> : null}
              </Space>
            ),
          },
          { title: t('security.alerts.unit'), dataIndex: 'unitId' },
          { title: t('security.cases.origin'), dataIndex: 'origin', render: (v: string) => t(`security.caseOrigin.${v}`) },
          { title: t('security.cases.opened'), dataIndex: 'openedAt', render: (v: string) => formatDateTime(v) },
        ]}
      />
      <Space style={{ marginTop: 16 }} wrap>
        {total.data ? (
          <span data-testid="case-total">
            {t('security.cases.totalCount', { n: formatNumber(total.data.total) })}
            {pages !== null && pages > 1 ? ` · ${t('security.cases.pageOf', { page: formatNumber(page + 1), pages: formatNumber(pages) })}` : ''}
          </span>
        ) : null}
        <Button disabled={page === 0} onClick={() => setPage(page - 1)}>
          {t('security.common.previous')}
        </Button>
        <Button disabled={!more} onClick={() => setPage(page + 1)}>
          {t('security.common.next')}
        </Button>
      </Space>
    </Card>
  );
}
