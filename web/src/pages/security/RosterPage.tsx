/**
 * The duty roster: who is on duty for which unit subtree in the coming two weeks (cases from alerts and
 * citizens' reports go to the officer on duty), adding a duty window and removing one after confirmation.
 */
import { Button, Card, DatePicker, Form, Input, Popconfirm, Switch, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../lib/status-tag';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { useMe } from '../../lib/session';
import { Heading } from './ui';

interface DutyForm {
  unitId: string;
  accountId: string;
  range: [Dayjs, Dayjs];
  primary?: boolean;
}

/** The page. */
export default function RosterPage(): React.JSX.Element {
  const { t } = useTranslation();
  const me = useMe();
  const qc = useQueryClient();
  const [form] = Form.useForm<DutyForm>();
  const from = new Date(Date.now() - 86_400_000).toISOString();
  const to = new Date(Date.now() + 14 * 86_400_000).toISOString();
  const roster = useQuery({ queryKey: ['roster'], queryFn: () => unwrap(api.GET('/api/respond/roster', { params: { query: { from, to } } })) });
  const add = useMutation({
    mutationFn: (v: DutyForm) =>
      unwrap(
        api.POST('/api/respond/roster', {
          body: { unitId: v.unitId.trim().toUpperCase(), accountId: v.accountId.trim(), startsAt: v.range[0].toISOString(), endsAt: v.range[1].toISOString(), primary: v.primary ?? false },
        }),
      ),
    onSuccess: () => {
      form.resetFields();
      void qc.invalidateQueries({ queryKey: ['roster'] });
    },
  });
  const remove = useMutation({
    mutationFn: (dutyId: string) => unwrap(api.DELETE('/api/respond/roster/{dutyId}', { params: { path: { dutyId } } })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['roster'] }),
  });
  return (
    <Card title={<Heading text={t('security.roster.title')} />}>
      <ErrorAlert error={roster.error ?? add.error ?? remove.error} />
      <Table
        rowKey="id"
        size="small"
        loading={roster.isLoading}
        dataSource={roster.data ?? []}
        pagination={{ pageSize: 20 }}
        columns={[
          { title: t('security.alerts.unit'), dataIndex: 'unitId' },
          { title: t('security.roster.officer'), dataIndex: 'accountId', render: (v: string) => (v === me.data?.accountId ? t('security.roster.me') : v) },
          { title: t('security.roster.starts'), dataIndex: 'startsAt', render: (v: string) => formatDateTime(v) },
          { title: t('security.roster.ends'), dataIndex: 'endsAt', render: (v: string) => formatDateTime(v) },
          { title: t('security.roster.primary'), dataIndex: 'primary', render: (v: boolean) => (v ? <StatusTag tone="info">{t('security.roster.primary')}</StatusTag> : null) },
          {
            title: '',
            key: 'del',
            render: (_v, d) => (
              <Popconfirm title={t('security.roster.removeConfirm')} okText={t('security.roster.remove')} cancelText={t('common.cancel')} onConfirm={() => remove.mutate(d.id)}>
                <Button size="small" danger>
                  {t('security.roster.remove')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <h2 style={{ fontSize: 16 }}>{t('security.roster.add')}</h2>
      <Form<DutyForm> form={form} layout="inline" onFinish={(v) => add.mutate(v)} initialValues={{ accountId: me.data?.accountId, unitId: me.data?.unitId }} style={{ rowGap: 8 }}>
        <Form.Item name="unitId" label={t('security.alerts.unit')} rules={[{ required: true, message: t('form.required') }]}>
          <Input style={{ width: 120 }} maxLength={40} />
        </Form.Item>
        <Form.Item name="accountId" label={t('security.roster.officerId')} rules={[{ required: true, message: t('form.required') }]}>
          <Input style={{ width: 320 }} maxLength={36} />
        </Form.Item>
        <Form.Item name="range" label={t('security.roster.window')} rules={[{ required: true, message: t('form.required') }]}>
          <DatePicker.RangePicker showTime format="DD/MM/YYYY HH:mm" />
        </Form.Item>
        <Form.Item name="primary" label={t('security.roster.primary')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={add.isPending}>
          {t('security.roster.add')}
        </Button>
      </Form>
    </Card>
  );
}
