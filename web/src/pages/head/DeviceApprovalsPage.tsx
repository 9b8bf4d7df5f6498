/**
 * Device registrations waiting for the unit head: approve, or reject with a reason (recorded).
 */
import { useState } from 'react';
import { App, Button, Card, Form, Input, Modal, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';

/** The page. */
export default function DeviceApprovalsPage(): React.JSX.Element {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [rejecting, setRejecting] = useState<string | null>(null);
  const pending = useQuery({ queryKey: ['devices-pending'], queryFn: () => unwrap(api.GET('/api/admin/devices/pending')) });
  const done = (): void => {
    void queryClient.invalidateQueries({ queryKey: ['devices-pending'] });
    void message.success(t('common.saved'));
  };
  const approve = useMutation({ mutationFn: (id: string) => unwrap(api.POST('/api/admin/devices/{id}/approve', { params: { path: { id } }, body: {} })), onSuccess: done });
  const reject = useMutation({
    mutationFn: (v: { id: string; reason: string }) => unwrap(api.POST('/api/admin/devices/{id}/reject', { params: { path: { id: v.id } }, body: { reason: v.reason } })),
    onSuccess: () => {
      setRejecting(null);
      done();
    },
  });
  return (
    <Card title={<h1 style={{ fontSize: 20, margin: 0 }}>{t('nav.deviceApprovals')}</h1>}>
      <ErrorAlert error={pending.error ?? approve.error} />
      <Table
        rowKey="id"
        loading={pending.isLoading}
        dataSource={pending.data ?? []}
        pagination={{ pageSize: 20 }}
        scroll={{ x: true }}
        columns={[
          { title: t('devices.owner'), key: 'owner', render: (_v, d) => d.ownerName ?? '' },
          { title: t('devices.name'), dataIndex: 'name' },
          { title: t('devices.requested'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
          {
            title: '',
            key: 'act',
            render: (_v, d) => (
              <Space>
                <Button type="primary" size="small" onClick={() => approve.mutate(d.id)} data-testid={`approve-${d.name}`}>
                  {t('devices.approve')}
                </Button>
                <Button size="small" danger onClick={() => setRejecting(d.id)}>
                  {t('devices.reject')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Modal open={rejecting !== null} title={t('devices.rejectTitle')} footer={null} onCancel={() => setRejecting(null)} destroyOnHidden>
        <Form<{ reason: string }> layout="vertical" onFinish={(v) => reject.mutate({ id: rejecting!, reason: v.reason })}>
          <Form.Item name="reason" label={t('common.reason')} extra={t('common.reasonRecorded')} rules={[{ required: true, min: 3, message: t('form.reasonRequired', { min: 3 }) }]}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
          <ErrorAlert error={reject.error} />
          <Button danger htmlType="submit" loading={reject.isPending} style={{ marginTop: 8 }}>
            {t('devices.reject')}
          </Button>
        </Form>
      </Modal>
    </Card>
  );
}
