/**
 * Single sign-on applications (issue 15, item 1; central security admin registers, rotates and disables,
 * security officers and auditors read): each business application registered as an OpenID client of Khiên's staff
 * provider, its secret shown once; rotation asks for confirmation, disabling for a recorded reason.
 */
import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { StatusTag } from '../audit/StatusTag';
import { ReasonModal } from '../../lib/reason-modal';

interface RegisterValues {
  businessSystemId: string;
  authMethod: 'client_secret_basic' | 'client_secret_post';
  redirectUri: string;
  backchannelLogoutUri?: string;
}

/** The page. */
export default function SsoClientsPage(): React.JSX.Element {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [form] = Form.useForm<RegisterValues>();
  const [disabling, setDisabling] = useState<{ clientId: string; name: string } | null>(null);
  const clients = useQuery({ queryKey: ['sso-clients'], queryFn: () => unwrap(api.GET('/api/access/sso-clients/')) });
  const systems = useQuery({ queryKey: ['business-systems'], queryFn: () => unwrap(api.GET('/api/access/systems/')) });
  const refresh = (): void => void qc.invalidateQueries({ queryKey: ['sso-clients'] });
  const register = useMutation({
    mutationFn: (v: RegisterValues) =>
      unwrap(
        api.POST('/api/access/sso-clients/', {
          body: {
            businessSystemId: v.businessSystemId,
            authMethod: v.authMethod,
            redirectUris: [v.redirectUri.trim()],
            ...(v.backchannelLogoutUri?.trim() ? { backchannelLogoutUri: v.backchannelLogoutUri.trim() } : {}),
          },
        }),
      ),
    onSuccess: () => {
      form.resetFields();
      refresh();
    },
  });
  const rotate = useMutation({
    mutationFn: (clientId: string) => unwrap(api.POST('/api/access/sso-clients/{clientId}/rotate', { params: { path: { clientId } } })),
    onSuccess: refresh,
  });
  const disable = useMutation({
    mutationFn: (v: { clientId: string; reason: string }) => unwrap(api.POST('/api/access/sso-clients/{clientId}/disable', { params: { path: { clientId: v.clientId } }, body: { reason: v.reason } })),
    onSuccess: () => {
      setDisabling(null);
      refresh();
    },
  });
  const issued = rotate.data ?? register.data;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={1} style={{ fontSize: 22 }}>{t('admin.sso.title')}</Typography.Title>
      <Typography.Paragraph>{t('admin.sso.hint')}</Typography.Paragraph>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('admin.sso.register')}</h2>}>
        <Form form={form} layout="vertical" onFinish={(v) => register.mutate(v)} initialValues={{ authMethod: 'client_secret_basic' }} style={{ maxWidth: 560 }}>
          <Form.Item name="businessSystemId" label={t('admin.sso.system')} rules={[{ required: true, message: t('admin.sso.systemRequired') }]}>
            <Select
              data-testid="sso-system"
              loading={systems.isLoading}
              options={(systems.data?.systems ?? []).filter((s) => !s.revokedAt).map((s) => ({ value: s.id, label: `${s.displayName} (${s.name})` }))}
            />
          </Form.Item>
          <Form.Item name="authMethod" label={t('admin.sso.authMethod')}>
            <Select options={[{ value: 'client_secret_basic', label: 'client_secret_basic' }, { value: 'client_secret_post', label: 'client_secret_post' }]} />
          </Form.Item>
          <Form.Item name="redirectUri" label={t('admin.sso.redirectUri')} rules={[{ required: true, pattern: /^https?:\/\//, message: t('admin.sso.uriFormat') }]}>
            <Input data-testid="sso-redirect" />
          </Form.Item>
          <Form.Item name="backchannelLogoutUri" label={t('admin.sso.backchannel')} rules={[{ pattern: /^https?:\/\//, message: t('admin.sso.uriFormat') }]}>
            <Input data-testid="sso-backchannel" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={register.isPending} data-testid="sso-register">
            {t('admin.sso.registerButton')}
          </Button>
        </Form>
      </Card>
      <ErrorAlert error={register.error ?? rotate.error ?? clients.error ?? systems.error} />
      {issued && (
        <Alert
          type="warning"
          showIcon
          closable
          title={t('admin.sso.secretOnce', { clientId: issued.clientId, issuer: issued.issuer })}
          description={<Typography.Text code copyable data-testid="sso-secret">{issued.clientSecret ?? ''}</Typography.Text>}
        />
      )}
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('admin.sso.list')}</h2>}>
        <Table
          rowKey="clientId"
          size="small"
          loading={clients.isLoading}
          dataSource={clients.data?.clients ?? []}
          pagination={{ pageSize: 20 }}
          data-testid="sso-table"
          columns={[
            { title: t('admin.sso.system'), dataIndex: 'systemDisplayName' },
            { title: t('admin.sso.clientId'), dataIndex: 'clientId', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
            { title: t('admin.sso.authMethod'), dataIndex: 'authMethod' },
            { title: t('admin.sso.redirectUri'), dataIndex: 'redirectUris', render: (v: string[]) => v.join(', ') },
            { title: t('admin.sso.secretIssued'), dataIndex: 'secretIssuedAt', render: (v: string | null) => formatDateTime(v) },
            { title: t('admin.vpn.status'), dataIndex: 'disabledAt', render: (v: string | null) => (v ? <StatusTag tone="warn">{t('admin.sso.disabled')}</StatusTag> : <StatusTag tone="good">{t('admin.sources.active')}</StatusTag>) },
            {
              title: t('admin.actions'),
              key: 'actions',
              render: (_x, r) =>
                r.disabledAt ? null : (
                  <Space>
                    {r.authMethod !== 'private_key_jwt' && (
                      <Popconfirm title={t('admin.sso.rotateConfirm', { name: r.systemDisplayName })} okText={t('admin.sso.rotate')} cancelText={t('common.cancel')} onConfirm={() => rotate.mutate(r.clientId)}>
                        <Button size="small">{t('admin.sso.rotate')}</Button>
                      </Popconfirm>
                    )}
                    <Button size="small" onClick={() => setDisabling({ clientId: r.clientId, name: r.systemDisplayName })}>
                      {t('admin.sso.disable')}
                    </Button>
                  </Space>
                ),
            },
          ]}
        />
      </Card>
      {disabling && (
        <ReasonModal
          open
          danger
          title={t('admin.sso.disable')}
          consequence={t('admin.sso.disableEffect', { name: disabling.name })}
          submitLabel={t('admin.sso.disable')}
          pending={disable.isPending}
          error={disable.error}
          onCancel={() => {
            disable.reset();
            setDisabling(null);
          }}
          onSubmit={(v) => disable.mutate({ clientId: disabling.clientId, reason: v.reason.trim() })}
          testId="sso-disable"
        />
      )}
    </Space>
  );
}
