/**
 * The action-plan register: each task of the action programme (directive 000's annex; demo data from the
 * seed) with its lead and co-operating units, deadline and expected result, and each unit's status and
 * evidence, which the unit's officer or head records here.
 */
import { useState } from 'react';
import { App, Button, Form, Input, Modal, Radio, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../lib/errors';
import { formatDate, formatDateTime } from '../../lib/format';
import { hasRole, useMe } from '../../lib/session';
import { GOVERN_WRITE, GovernPage, UnitSelect, useUnitName, Pill } from './shared';

const STATUS_COLOUR: Readonly<Record<string, string>> = { not_started: 'default', in_progress: 'blue', done: 'green' };
type Status = 'not_started' | 'in_progress' | 'done';

/** The page. */
export default function PlanPage(): React.JSX.Element {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const me = useMe();
  const unitName = useUnitName();
  const [unitId, setUnitId] = useState<string>('');
  const [editing, setEditing] = useState<{ taskId: string; code: string } | null>(null);
  const tasks = useQuery({ queryKey: ['govern-plan', unitId], queryFn: () => unwrap(api.GET('/api/govern/plan/tasks', { params: { query: unitId ? { unitId } : {} } })) });
  const save = useMutation({
    mutationFn: (v: { id: string; unitId: string; status: Status; evidence: string }) => unwrap(api.PUT('/api/govern/plan/tasks/{id}/progress', { params: { path: { id: v.id } }, body: { unitId: v.unitId, status: v.status, evidence: v.evidence } })),
    onSuccess: () => {
      setEditing(null);
      void queryClient.invalidateQueries({ queryKey: ['govern-plan'] });
      void message.success(t('common.saved'));
    },
  });
  const canWrite = hasRole(me.data, GOVERN_WRITE);
  return (
    <GovernPage title={t('govern.nav.plan')} extra={<UnitSelect value={unitId || undefined} onChange={setUnitId} allowClear testId="plan-unit" />}>
      <ErrorAlert error={tasks.error ?? save.error} />
      <Table
        rowKey="id"
        size="small"
        loading={tasks.isLoading}
        dataSource={tasks.data ?? []}
        pagination={{ pageSize: 20 }}
        scroll={{ x: true }}
        data-testid="plan-table"
        expandable={{
          rowExpandable: (r) => r.progress.length > 0,
          expandedRowRender: (r) => (
            <Table
              rowKey="unitId"
              size="small"
              pagination={false}
              dataSource={r.progress}
              columns={[
                { title: t('govern.unit'), dataIndex: 'unitId', render: (v: string) => unitName(v) },
                { title: t('govern.status'), dataIndex: 'status', render: (v: string) => <Pill tone={STATUS_COLOUR[v]}>{t(`govern.plan.states.${v}`)}</Pill> },
                { title: t('govern.plan.evidence'), dataIndex: 'evidence' },
                { title: t('govern.plan.updatedAt'), dataIndex: 'updatedAt', render: (v: string) => formatDateTime(v) },
              ]}
            />
          ),
        }}
        columns={[
          { title: t('govern.plan.code'), dataIndex: 'code' },
          { title: t('govern.plan.task'), dataIndex: 'task', render: (v: string, r) => <Space direction="vertical" size={0}><span>{v}</span><small>{r.groupTitle}</small></Space> },
          { title: t('govern.plan.leadUnit'), dataIndex: 'leadUnit' },
          { title: t('govern.plan.cooperating'), dataIndex: 'cooperatingUnits' },
          { title: t('govern.plan.deadline'), key: 'deadline', render: (_v, r) => (r.dueOn ? formatDate(r.dueOn) : r.deadline) },
          { title: t('govern.plan.expected'), dataIndex: 'expectedResult' },
          {
            title: t('govern.plan.progress'),
            key: 'progress',
            render: (_v, r) => {
              const done = r.progress.filter((p) => p.status === 'done').length;
              return t('govern.plan.unitsDone', { done, n: r.progress.length });
            },
          },
          {
            title: '',
            key: 'act',
            render: (_v, r) =>
              canWrite ? (
                <Button size="small" onClick={() => setEditing({ taskId: r.id, code: r.code })} data-testid={`progress-${r.code}`}>
                  {t('govern.plan.record')}
                </Button>
              ) : null,
          },
        ]}
      />
      <Modal open={editing !== null} title={t('govern.plan.recordFor', { code: editing?.code ?? '' })} footer={null} onCancel={() => setEditing(null)} destroyOnHidden>
        <Form<{ unitId: string; status: Status; evidence: string }>
          layout="vertical"
          initialValues={{ unitId: unitId || me.data?.roles.find((r) => GOVERN_WRITE.includes(r.role))?.unitId, status: 'in_progress' }}
          onFinish={(v) => save.mutate({ id: editing!.taskId, ...v })}
        >
          <Form.Item name="unitId" label={t('govern.unit')} rules={[{ required: true, message: t('form.required') }]}>
            <UnitSelect />
          </Form.Item>
          <Form.Item name="status" label={t('govern.status')}>
            <Radio.Group options={(['not_started', 'in_progress', 'done'] as const).map((s) => ({ value: s, label: t(`govern.plan.states.${s}`) }))} />
          </Form.Item>
          <Form.Item name="evidence" label={t('govern.plan.evidence')} rules={[{ required: true, message: t('form.required') }]}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('govern.save')}
          </Button>
        </Form>
      </Modal>
    </GovernPage>
  );
}
