/**
 * The duty roster: who is on duty for which unit subtree in the coming two weeks (cases from alerts and
 * citizens' reports go to the officer on duty), adding a duty window and removing one after confirmation.
 */
import { Button, Card, DatePicker, Form, Popconfirm, Switch, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../lib/status-tag';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { StaffPicker } from '../../components/StaffPicker';
import { UnitPicker, useUnits } from '../../components/UnitPicker';
import { useAccountNames } from '../audit/AccountPicker';
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

/** The default duty window: the next eight hours from the next full hour. */
function nextShift(): [Dayjs, Dayjs] {
  const start = dayjs().startOf('hour').add(1, 'hour');
  return [start, start.add(8, 'hour')];
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
          body: { unitId: v.unitId, accountId: v.accountId, startsAt: v.range[0].toISOString(), endsAt: v.range[1].toISOString(), primary: v.primary ?? false },
        }),
      ),
    onSuccess: () => {
      form.resetFields();
      void qc.invalidateQueries({ queryKey: ['roster'] });
    },
  });
  const names = useAccountNames((roster.data ?? []).map((d) => d.accountId));
  const units = useUnits();
  const unitName = new Map((units.data ?? []).map((u) => [u.id, u.name]));
  const officerName = (id: string): string => {
    if (id === me.data?.accountId) return t('security.roster.me');
    const a = names?.get(id);
    return a ? `${a.staffNo} · ${a.fullName}` : id.slice(0, 8);
  };
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
          { title: t('security.alerts.unit'), dataIndex: 'unitId', render: (v: string) => (unitName.has(v) ? `${v} · ${unitName.get(v)!}` : v) },
          { title: t('security.roster.officer'), dataIndex: 'accountId', render: (v: string) => officerName(v) },
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
      <Form<DutyForm> form={form} layout="inline" onFinish={(v) => add.mutate(v)} initialValues={{ accountId: me.data?.accountId, unitId: me.data?.unitId, range: nextShift() }} style={{ rowGap: 8 }}>
        <Form.Item name="unitId" label={t('security.alerts.unit')} rules={[{ required: true, message: t('form.required') }]}>
          <UnitPicker label={t('security.alerts.unit')} width={240} testId="roster-unit" />
        </Form.Item>
        <Form.Item name="accountId" label={t('security.roster.officer')} rules={[{ required: true, message: t('form.required') }]}>
          <StaffPicker
            style={{ width: 320 }}
            aria-label={t('security.roster.officer')}
            known={me.data ? [{ value: me.data.accountId, label: `${me.data.username} · ${me.data.fullName}` }] : []}
            testId="roster-officer"
          />
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
