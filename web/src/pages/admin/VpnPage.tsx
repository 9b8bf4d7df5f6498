/**
 * VPN accounts (issue 13, item 5): every VPN account of the owners in scope with its expiry, those due for
 * review with the reasons, creation for an account found by staff number or name (OTP required, period and
 * justification), and disabling with a confirmation and a recorded reason.
 */
import { useState } from 'react';
import { Button, Card, DatePicker, Form, Input, Modal, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { ErrorAlert } from '../../lib/errors';
import { formatDate, formatDateTime } from '../../lib/format';
import { StatusTag } from '../audit/StatusTag';
import { ReasonModal } from '../../lib/reason-modal';
import { vnDayEnd, vnDayStart } from '../../lib/vn-date';

type Vpn = paths['/api/admin/vpn']['get']['responses'][200]['content']['application/json'][number];
interface CreateFields {
  ownerAccountId: string;
  vpnUsername: string;
  purpose: string;
  justification: string;
  period: [Dayjs, Dayjs];
}

function CreateVpn({ onClose }: { onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [form] = Form.useForm<CreateFields>();
  const [q, setQ] = useState('');
  const owners = useQuery({ queryKey: ['admin-accounts', q, 'vpn'], enabled: q.length >= 2, queryFn: () => unwrap(api.GET('/api/admin/accounts', { params: { query: { limit: 20, offset: 0, q } } })) });
  const create = useMutation({
    mutationFn: (v: CreateFields) =>
      unwrap(
        api.POST('/api/admin/vpn', {
          body: { ownerAccountId: v.ownerAccountId, vpnUsername: v.vpnUsername.trim(), purpose: v.purpose.trim(), justification: v.justification.trim(), validFrom: vnDayStart(v.period[0]).toISOString(), validUntil: vnDayEnd(v.period[1]).toISOString() },
        }),
      ),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['admin-vpn'] });
      onClose();
    },
  });
  return (
    <Modal open title={t('admin.vpn.create')} okText={t('admin.vpn.create')} cancelText={t('common.cancel')} okButtonProps={{ loading: create.isPending }} onCancel={onClose} onOk={() => void form.validateFields().then((v) => create.mutate(v))} width={620}>
      <Typography.Paragraph>{t('admin.vpn.createEffect')}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item name="ownerAccountId" label={t('admin.vpn.owner')} extra={t('admin.hr.staffHint')} rules={[{ required: true, message: t('form.required') }]}>
          <Select showSearch={{ filterOption: false, onSearch: (v) => setQ(v.trim()) }} loading={owners.isFetching} options={(owners.data ?? []).map((a) => ({ value: a.id, label: `${a.username} · ${a.fullName} (${a.unitId})` }))} aria-label={t('admin.vpn.owner')} />
        </Form.Item>
        <Form.Item name="vpnUsername" label={t('admin.vpn.username')} rules={[{ required: true, pattern: /^[a-zA-Z0-9._-]{3,64}$/, message: t('admin.vpn.usernameFormat') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="purpose" label={t('admin.vpn.purpose')} rules={[{ required: true, min: 3, message: t('form.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="justification" label={t('admin.vpn.justification')} rules={[{ required: true, min: 10, message: t('admin.vpn.justificationHint') }]}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item name="period" label={t('admin.vpn.period')} rules={[{ required: true, message: t('form.required') }]}>
          <DatePicker.RangePicker format="DD/MM/YYYY" aria-label={t('admin.vpn.period')} />
        </Form.Item>
      </Form>
      <ErrorAlert error={create.error} />
    </Modal>
  );
}

/** The page. */
export default function VpnPage(): React.JSX.Element {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [disabling, setDisabling] = useState<Vpn | null>(null);
  const disable = useMutation({
    mutationFn: (v: { id: string; reason: string }) => unwrap(api.POST('/api/admin/vpn/{id}/disable', { params: { path: { id: v.id } }, body: { reason: v.reason } })),
    onSuccess: () => {
      setDisabling(null);
      void qc.invalidateQueries({ queryKey: ['admin-vpn'] });
    },
  });
  const all = useQuery({ queryKey: ['admin-vpn'], queryFn: () => unwrap(api.GET('/api/admin/vpn')) });
  const due = useQuery({ queryKey: ['admin-vpn', 'due'], queryFn: () => unwrap(api.GET('/api/admin/vpn/due-for-review')) });
  const status = (s: string): React.JSX.Element => <StatusTag tone={s === 'active' ? 'good' : 'warn'}>{t(`admin.vpn.statuses.${s}`, { defaultValue: s })}</StatusTag>;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={<h1 style={{ fontSize: 20, margin: 0 }}>{t('admin.vpn.title')}</h1>}
        extra={
          <Button type="primary" onClick={() => setCreating(true)} data-testid="vpn-create">
            {t('admin.vpn.create')}
          </Button>
        }
      >
        <ErrorAlert error={all.error} />
        <Table<Vpn>
          rowKey="id"
          size="small"
          loading={all.isLoading}
          dataSource={all.data ?? []}
          pagination={{ pageSize: 20 }}
          scroll={{ x: true }}
          data-testid="vpn-table"
          columns={[
            { title: t('admin.vpn.username'), dataIndex: 'vpnUsername' },
            { title: t('admin.vpn.owner'), key: 'owner', render: (_x, v) => `${v.ownerUsername} · ${v.ownerName} (${v.ownerUnitId})` },
            { title: t('admin.vpn.purpose'), dataIndex: 'purpose' },
            { title: t('admin.vpn.validUntil'), dataIndex: 'validUntil', render: (v: string) => formatDate(v) },
            { title: t('admin.vpn.lastUsed'), dataIndex: 'lastUsedAt', render: (v: string | null) => formatDateTime(v) },
            { title: t('admin.vpn.status'), dataIndex: 'status', render: status },
            {
              title: t('admin.actions'),
              key: 'disable',
              render: (_x, v) =>
                v.status === 'active' ? (
                  <Button size="small" onClick={() => setDisabling(v)}>
                    {t('admin.vpn.disable')}
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('admin.vpn.due')}</h2>}>
        <ErrorAlert error={due.error} />
        <Table
          rowKey="id"
          size="small"
          loading={due.isLoading}
          dataSource={due.data ?? []}
          pagination={{ pageSize: 20 }}
          columns={[
            { title: t('admin.vpn.username'), dataIndex: 'vpnUsername' },
            { title: t('admin.vpn.validUntil'), dataIndex: 'validUntil', render: (v: string) => formatDate(v) },
            { title: t('admin.vpn.status'), dataIndex: 'status', render: status },
            { title: t('admin.vpn.reasons'), dataIndex: 'reasons', render: (r: string[]) => r.map((x) => t(`admin.vpn.reviewReasons.${x}`, { defaultValue: x })).join('; ') },
          ]}
        />
      </Card>
      {creating && <CreateVpn onClose={() => setCreating(false)} />}
      {disabling && (
        <ReasonModal
          open
          danger
          title={t('admin.vpn.disable')}
          consequence={t('admin.vpn.disableEffect', { name: disabling.vpnUsername })}
          submitLabel={t('admin.vpn.disable')}
          minLength={3}
          pending={disable.isPending}
          error={disable.error}
          onCancel={() => {
            disable.reset();
            setDisabling(null);
          }}
          onSubmit={(v) => disable.mutate({ id: disabling.id, reason: v.reason.trim() })}
          testId="vpn-disable"
        />
      )}
    </Space>
  );
}
