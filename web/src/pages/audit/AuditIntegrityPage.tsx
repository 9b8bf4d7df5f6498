/**
 * The log's integrity (issue 13, item 4): the latest signed checkpoint and its text, the verifier key, the
 * result and time of the last full verification, and — for the central security admin — a button that runs a
 * full verification as a background job, with its progress; every run's report is kept and listed here.
 */
import { Alert, Button, Card, Descriptions, Modal, Progress, Space, Table, Typography } from 'antd';
import { StatusTag } from './StatusTag';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { ErrorAlert, errorCode } from '../../lib/errors';
import { formatDateTime, formatNumber } from '../../lib/format';
import { hasRole, useMe } from '../../lib/session';

type Verification = paths['/api/audit/verifications']['get']['responses'][200]['content']['application/json'][number];

function Result({ v }: { v: Verification }): React.JSX.Element {
  const { t } = useTranslation();
  if (v.status === 'running') return <StatusTag tone="info">{t('audit.integrity.running')}</StatusTag>;
  if (v.status === 'failed') return <StatusTag tone="warn">{t('audit.integrity.jobFailed')}</StatusTag>;
  return v.ok ? <StatusTag tone="good">{t('audit.integrity.intact')}</StatusTag> : <StatusTag tone="bad">{t('audit.integrity.faulty')}</StatusTag>;
}

/** The page. */
export default function AuditIntegrityPage(): React.JSX.Element {
  const { t } = useTranslation();
  const me = useMe();
  const qc = useQueryClient();
  const central = hasRole(me.data, ['central_security_admin']);
  const checkpoint = useQuery({ queryKey: ['audit-checkpoint'], retry: false, queryFn: () => unwrap(api.GET('/api/audit/checkpoints/latest')) });
  const key = useQuery({ queryKey: ['audit-public-key'], staleTime: 600_000, queryFn: () => unwrap(api.GET('/api/audit/public-key')) });
  const runs = useQuery({
    queryKey: ['audit-verifications'],
    queryFn: () => unwrap(api.GET('/api/audit/verifications', { params: { query: { limit: 20 } } })),
    refetchInterval: (q) => (q.state.data?.some((v) => v.status === 'running') ? 1000 : false),
  });
  const start = useMutation({
    mutationFn: () => unwrap(api.POST('/api/audit/verifications')),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['audit-verifications'] }),
  });
  const sign = useMutation({
    mutationFn: () => unwrap(api.POST('/api/audit/checkpoints')),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['audit-checkpoint'] }),
  });
  const running = runs.data?.find((v) => v.status === 'running');
  const last = runs.data?.find((v) => v.status !== 'running');
  const confirmStart = (): void => {
    Modal.confirm({
      title: t('audit.integrity.confirmTitle'),
      content: t('audit.integrity.confirmBody'),
      okText: t('audit.integrity.start'),
      cancelText: t('common.cancel'),
      onOk: () => start.mutateAsync(),
    });
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title={<h1 style={{ fontSize: 20, margin: 0 }}>{t('audit.integrity.title')}</h1>}>
        <Descriptions bordered size="small" column={1} data-testid="last-verification">
          <Descriptions.Item label={t('audit.integrity.lastRun')}>
            {last ? (
              <Space>
                <Result v={last} />
                {formatDateTime(last.finishedAt ?? last.startedAt)}
                {last.report && t('audit.integrity.entries', { n: formatNumber(last.report.size) })}
              </Space>
            ) : (
              t('audit.integrity.never')
            )}
          </Descriptions.Item>
        </Descriptions>
        {running && (
          <div style={{ marginTop: 16 }} data-testid="verification-progress">
            <Typography.Text>{t('audit.integrity.progress', { checked: formatNumber(running.checked), total: formatNumber(running.total) })}</Typography.Text>
            <Progress percent={running.total > 0 ? Math.min(99, Math.floor((running.checked / running.total) * 100)) : 0} />
          </div>
        )}
        {central && (
          <Space style={{ marginTop: 16 }}>
            <Button type="primary" onClick={confirmStart} disabled={!!running} loading={start.isPending} data-testid="start-verification">
              {t('audit.integrity.start')}
            </Button>
            <Button onClick={() => sign.mutate()} loading={sign.isPending} data-testid="sign-checkpoint">
              {t('audit.integrity.signNow')}
            </Button>
          </Space>
        )}
        <ErrorAlert error={start.error ?? sign.error ?? runs.error} />
      </Card>

      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('audit.integrity.checkpoint')}</h2>}>
        {errorCode(checkpoint.error) === 'KHIEN_AUDIT_NO_CHECKPOINT' ? <Alert type="info" showIcon title={t('audit.integrity.noCheckpoint')} /> : <ErrorAlert error={checkpoint.error} />}
        {checkpoint.data && (
          <Descriptions bordered size="small" column={1} data-testid="checkpoint">
            <Descriptions.Item label={t('audit.integrity.signedAt')}>{formatDateTime(checkpoint.data.time)}</Descriptions.Item>
            <Descriptions.Item label={t('audit.integrity.treeSize')}>{formatNumber(checkpoint.data.treeSize)}</Descriptions.Item>
            <Descriptions.Item label={t('audit.integrity.root')}>
              <Typography.Text code style={{ wordBreak: 'break-all' }}>{checkpoint.data.rootHash}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('audit.integrity.note')}>
              <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{checkpoint.data.note}</pre>
            </Descriptions.Item>
          </Descriptions>
        )}
      </Card>

      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('audit.integrity.key')}</h2>}>
        <ErrorAlert error={key.error} />
        {key.data && (
          <Descriptions bordered size="small" column={1} data-testid="public-key">
            <Descriptions.Item label={t('audit.integrity.keyName')}>{key.data.name}</Descriptions.Item>
            <Descriptions.Item label={t('audit.integrity.keyId')}>{key.data.keyId}</Descriptions.Item>
            <Descriptions.Item label={t('audit.integrity.verifierKey')}>
              <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>{key.data.verifierKey}</Typography.Text>
            </Descriptions.Item>
          </Descriptions>
        )}
      </Card>

      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('audit.integrity.reports')}</h2>}>
        <Table<Verification>
          rowKey="id"
          size="small"
          loading={runs.isLoading}
          dataSource={runs.data ?? []}
          pagination={false}
          scroll={{ x: true }}
          data-testid="verification-reports"
          expandable={{
            rowExpandable: (v) => !!v.report && v.report.faults.length > 0,
            expandedRowRender: (v) => (
              <ul style={{ margin: 0 }}>
                {(v.report?.faults ?? []).map((f) => (
                  <li key={`${f.kind}-${f.seq}`}>{t('audit.integrity.fault', { kind: f.kind, seq: formatNumber(f.seq), detail: f.detail })}</li>
                ))}
              </ul>
            ),
          }}
          columns={[
            { title: t('audit.integrity.startedAt'), dataIndex: 'startedAt', render: (v: string) => formatDateTime(v) },
            { title: t('audit.integrity.finishedAt'), dataIndex: 'finishedAt', render: (v: string | null) => formatDateTime(v) },
            { title: t('audit.integrity.result'), key: 'result', render: (_x, v) => <Result v={v} /> },
            { title: t('audit.integrity.size'), key: 'size', render: (_x, v) => formatNumber(v.report?.size ?? v.checked) },
            { title: t('audit.integrity.checkpointsChecked'), key: 'cps', render: (_x, v) => (v.report ? formatNumber(v.report.storedCheckpointsChecked) : '') },
            { title: t('audit.integrity.faults'), key: 'faults', render: (_x, v) => (v.report ? formatNumber(v.report.faults.length) : '') },
          ]}
        />
      </Card>
    </Space>
  );
}
