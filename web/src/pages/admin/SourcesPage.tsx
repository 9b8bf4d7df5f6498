/**
 * Ingestion tokens per source system and the leaked-password corpus (issue 13, item 5; system admin, central
 * security admin): tokens listed with their last use, created (the secret shown once) and revoked with a
 * recorded reason; a "SHA1:count" list uploaded and imported in the background with its progress and result.
 */
import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Progress, Space, Table, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../lib/errors';
import { formatDateTime, formatNumber } from '../../lib/format';
import { StatusTag } from '../audit/StatusTag';
import { ReasonModal } from '../../lib/reason-modal';

function toBase64(buf: ArrayBuffer): string {
  const bytes = new Uint8Array(buf);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

function Tokens(): React.JSX.Element {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ system: string; reason: string }>();
  const [revoking, setRevoking] = useState<{ id: string; system: string } | null>(null);
  const revoke = useMutation({
    mutationFn: (v: { id: string; reason: string }) => unwrap(api.POST('/api/detect/ingest-tokens/{id}/revoke', { params: { path: { id: v.id } }, body: { reason: v.reason } })),
    onSuccess: () => {
      setRevoking(null);
      void qc.invalidateQueries({ queryKey: ['ingest-tokens'] });
    },
  });
  const tokens = useQuery({ queryKey: ['ingest-tokens'], queryFn: () => unwrap(api.GET('/api/detect/ingest-tokens')) });
  const create = useMutation({
    mutationFn: (v: { system: string; reason: string }) => unwrap(api.POST('/api/detect/ingest-tokens', { body: { system: v.system.trim(), reason: v.reason.trim() } })),
    onSuccess: () => {
      form.resetFields();
      void qc.invalidateQueries({ queryKey: ['ingest-tokens'] });
    },
  });
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('admin.sources.tokens')}</h2>}>
      <Form form={form} layout="inline" onFinish={(v) => create.mutate(v)} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="system" label={t('admin.sources.system')} rules={[{ required: true, pattern: /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, message: t('admin.sources.systemFormat') }]}>
          <Input style={{ width: 200 }} data-testid="token-system" />
        </Form.Item>
        <Form.Item name="reason" label={t('common.reason')} rules={[{ required: true, min: 3, whitespace: true, message: t('form.reasonRequired', { min: 3 }) }]}>
          <Input style={{ width: 260 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="token-create">
          {t('admin.sources.create')}
        </Button>
      </Form>
      <ErrorAlert error={create.error ?? tokens.error} />
      {create.data && (
        <Alert
          type="warning"
          showIcon
          closable
          style={{ marginBottom: 16 }}
          title={t('admin.sources.secretOnce', { system: create.data.system })}
          description={<Typography.Text code copyable data-testid="token-secret">{create.data.token}</Typography.Text>}
        />
      )}
      <Table
        rowKey="id"
        size="small"
        loading={tokens.isLoading}
        dataSource={tokens.data ?? []}
        pagination={{ pageSize: 20 }}
        data-testid="tokens-table"
        columns={[
          { title: t('admin.sources.system'), dataIndex: 'system' },
          { title: t('admin.sources.created'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
          { title: t('admin.sources.lastUsed'), dataIndex: 'lastUsedAt', render: (v: string | null) => formatDateTime(v) },
          { title: t('admin.vpn.status'), dataIndex: 'revokedAt', render: (v: string | null) => (v ? <StatusTag tone="warn">{t('admin.sources.revoked')}</StatusTag> : <StatusTag tone="good">{t('admin.sources.active')}</StatusTag>) },
          {
            title: t('admin.actions'),
            key: 'revoke',
            render: (_x, r) =>
              r.revokedAt ? null : (
                <Button size="small" onClick={() => setRevoking(r)}>
                  {t('admin.sources.revoke')}
                </Button>
              ),
          },
        ]}
      />
      {revoking && (
        <ReasonModal
          open
          danger
          title={t('admin.sources.revoke')}
          consequence={t('admin.sources.revokeEffect', { system: revoking.system })}
          submitLabel={t('admin.sources.revoke')}
          minLength={3}
          pending={revoke.isPending}
          error={revoke.error}
          onCancel={() => {
            revoke.reset();
            setRevoking(null);
          }}
          onSubmit={(v) => revoke.mutate({ id: revoking.id, reason: v.reason.trim() })}
          testId="token-revoke"
        />
      )}
    </Card>
  );
}

function Leaks(): React.JSX.Element {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const jobs = useQuery({
    queryKey: ['leak-imports'],
    queryFn: () => unwrap(api.GET('/api/admin/leaked-passwords/imports')),
    refetchInterval: (q) => (q.state.data?.some((j) => j.status === 'running') ? 1000 : false),
  });
  const start = useMutation({
    mutationFn: () => unwrap(api.POST('/api/admin/leaked-passwords/imports', { body: { contentBase64: file!.content } })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['leak-imports'] }),
  });
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('admin.sources.leaks')}</h2>}>
      <Typography.Paragraph>{t('admin.sources.leaksHint')}</Typography.Paragraph>
      <Space wrap>
        <Upload
          accept=".txt,.csv"
          maxCount={1}
          showUploadList={false}
          beforeUpload={(f) => {
            void f.arrayBuffer().then((buf) => setFile({ name: f.name, content: toBase64(buf) }));
            return false;
          }}
        >
          <Button data-testid="leak-file">{t('admin.hr.chooseFile')}</Button>
        </Upload>
        {file && <span data-testid="leak-file-name">{file.name}</span>}
        <Button type="primary" disabled={!file} loading={start.isPending} onClick={() => start.mutate()} data-testid="leak-import">
          {t('admin.sources.import')}
        </Button>
      </Space>
      <ErrorAlert error={start.error ?? jobs.error} />
      <Table
        style={{ marginTop: 16 }}
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={jobs.data ?? []}
        data-testid="leak-jobs"
        columns={[
          { title: t('admin.sources.started'), dataIndex: 'startedAt', render: (v: string) => formatDateTime(v) },
          {
            title: t('admin.sources.progress'),
            key: 'progress',
            render: (_x, j) => <Progress percent={j.totalBytes > 0 ? Math.round((j.bytesRead / j.totalBytes) * 100) : 100} size="small" status={j.status === 'failed' || j.status === 'interrupted' ? 'exception' : j.status === 'running' ? 'active' : 'success'} />,
          },
          {
            title: t('admin.sources.result'),
            key: 'result',
            render: (_x, j) =>
              j.result
                ? t('admin.sources.resultText', { imported: formatNumber(j.result.imported), rejected: formatNumber(j.result.rejected), lines: j.result.rejectedLines.join(', ') })
                : j.status === 'failed'
                  ? t('admin.sources.failed')
                  : j.status === 'interrupted'
                    ? t('admin.sources.interrupted')
                    : t('admin.sources.running'),
          },
        ]}
      />
    </Card>
  );
}

/** The page. */
export default function SourcesPage(): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <h1 style={{ fontSize: 20, margin: 0 }}>{t('admin.sources.title')}</h1>
      <Tokens />
      <Leaks />
    </Space>
  );
}
