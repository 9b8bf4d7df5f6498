/**
 * National (or the caller's subtree) coverage against the programme's targets: systems with an approved
 * security-level dossier, staff current on mandatory training, and a dedicated security officer on the
 * incident-response team of each provincial office (red when none).
 */
import { Col, Row, Statistic, Table, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../lib/errors';
import { formatNumber } from '../../lib/format';
import { Flag, GovernPage, Percent, useUnitName } from './shared';

/** The page. */
export default function CoveragePage(): React.JSX.Element {
  const { t } = useTranslation();
  const unitName = useUnitName();
  const dossiers = useQuery({ queryKey: ['govern-cov-dossiers'], queryFn: () => unwrap(api.GET('/api/govern/coverage/dossiers', { params: { query: {} } })) });
  const training = useQuery({ queryKey: ['govern-cov-training'], queryFn: () => unwrap(api.GET('/api/govern/coverage/training', { params: { query: {} } })) });
  const officers = useQuery({ queryKey: ['govern-officers'], queryFn: () => unwrap(api.GET('/api/govern/team/dedicated-officers')) });
  const redProvinces = (officers.data ?? []).filter((o) => o.status === 'red').length;
  const coverageColumns = [
    { title: t('govern.unit'), dataIndex: 'unitId', render: (v: string) => unitName(v) },
    { title: t('govern.total'), dataIndex: 'total', render: (v: number) => formatNumber(v) },
    { title: t('govern.covered'), dataIndex: 'covered', render: (v: number) => formatNumber(v) },
    { title: t('govern.percentOfTarget'), dataIndex: 'percent', render: (v: number) => <Percent value={v} /> },
  ];
  return (
    <GovernPage title={t('govern.nav.coverage')}>
      <ErrorAlert error={dossiers.error ?? training.error ?? officers.error} />
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col xs={24} md={8}>
          <Statistic title={t('govern.coverage.dossiers')} value={dossiers.data?.total.percent ?? 0} precision={1} suffix="%" data-testid="cov-dossiers" />
        </Col>
        <Col xs={24} md={8}>
          <Statistic title={t('govern.coverage.training')} value={training.data?.total.percent ?? 0} precision={1} suffix="%" data-testid="cov-training" />
        </Col>
        <Col xs={24} md={8}>
          <Statistic title={t('govern.coverage.provincesWithoutOfficer')} value={redProvinces} data-testid="cov-red" />
        </Col>
      </Row>
      <Tabs
        items={[
          {
            key: 'officers',
            label: t('govern.coverage.officersTab'),
            children: (
              <Table
                rowKey="unitId"
                loading={officers.isLoading}
                dataSource={officers.data ?? []}
                pagination={{ pageSize: 20 }}
                data-testid="officers-table"
                columns={[
                  { title: t('govern.province'), dataIndex: 'unitId', render: (_v: string, r) => `${r.name} (${r.unitId})` },
                  { title: t('govern.team.dedicatedOfficers'), dataIndex: 'dedicatedOfficers', render: (v: number) => formatNumber(v) },
                  { title: t('govern.team.members'), dataIndex: 'members', render: (v: number) => formatNumber(v) },
                  { title: t('govern.status'), dataIndex: 'status', render: (v: string) => <Flag ok={v === 'green'} yes={t('govern.team.hasOfficer')} no={t('govern.team.noOfficer')} /> },
                ]}
              />
            ),
          },
          {
            key: 'dossiers',
            label: t('govern.coverage.dossiersTab'),
            children: (
              <Table
                rowKey="unitId"
                loading={dossiers.isLoading}
                dataSource={dossiers.data?.units ?? []}
                pagination={{ pageSize: 20 }}
                columns={[
                  ...coverageColumns,
                  { title: t('govern.systems.missing'), dataIndex: 'missing', render: (v: number) => formatNumber(v) },
                  { title: t('govern.systems.reassessOverdue'), dataIndex: 'overdueReassessment', render: (v: number) => formatNumber(v) },
                ]}
              />
            ),
          },
          {
            key: 'training',
            label: t('govern.coverage.trainingTab'),
            children: <Table rowKey="unitId" loading={training.isLoading} dataSource={training.data?.units ?? []} pagination={{ pageSize: 20 }} columns={coverageColumns} />,
          },
        ]}
      />
    </GovernPage>
  );
}
