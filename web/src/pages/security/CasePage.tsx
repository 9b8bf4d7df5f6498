/**
 * One case: its facts and state, the timeline (every action, containment and breach step as it happened),
 * tasks, observables, notes; containment with confirmation (ContainmentPanel); the 72-hour breach workflow
 * (BreachPanel); STIX export and sending to the national centre (central team).
 */
import { App, Button, Card, Descriptions, Form, Input, Select, Space, Table, Tabs, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../lib/status-tag';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { BreachPanel } from './BreachPanel';
import { ContainmentPanel } from './ContainmentPanel';
import { NationalExport } from './NationalExport';
import { CASE_STATES, CaseStateTag, Heading, SeverityTag } from './ui';

type CaseState = (typeof CASE_STATES)[number];
const OBSERVABLE_TYPES = ['account', 'ip', 'device', 'person'] as const;
type ObservableType = (typeof OBSERVABLE_TYPES)[number];

/** The case's query key. */
export const caseKey = (id: string): readonly string[] => ['case', id];

/** The page. */
export default function CasePage(): React.JSX.Element {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [taskForm] = Form.useForm<{ title: string }>();
  const [noteForm] = Form.useForm<{ text: string }>();
  const [obsForm] = Form.useForm<{ type: ObservableType; value: string }>();
  const kase = useQuery({ queryKey: caseKey(caseId), queryFn: () => unwrap(api.GET('/api/cases/{id}', { params: { path: { id: caseId } } })), refetchInterval: 20_000 });
  const done = (): void => {
    void qc.invalidateQueries({ queryKey: caseKey(caseId) });
    void message.success(t('common.saved'));
  };
  const update = useMutation({ mutationFn: (status: CaseState) => unwrap(api.PATCH('/api/cases/{id}', { params: { path: { id: caseId } }, body: { status } })), onSuccess: done });
  const addTask = useMutation({
    mutationFn: (title: string) => unwrap(api.POST('/api/cases/{id}/tasks', { params: { path: { id: caseId } }, body: { title } })),
    onSuccess: () => {
      taskForm.resetFields();
      done();
    },
  });
  const moveTask = useMutation({
    mutationFn: (v: { taskId: string; status: 'open' | 'done' | 'cancelled' }) =>
      unwrap(api.PATCH('/api/cases/{id}/tasks/{taskId}', { params: { path: { id: caseId, taskId: v.taskId } }, body: { status: v.status } })),
    onSuccess: done,
  });
  const addNote = useMutation({
    mutationFn: (text: string) => unwrap(api.POST('/api/cases/{id}/notes', { params: { path: { id: caseId } }, body: { text } })),
    onSuccess: () => {
      noteForm.resetFields();
      done();
    },
  });
  const addObs = useMutation({
    mutationFn: (v: { type: ObservableType; value: string }) => unwrap(api.POST('/api/cases/{id}/observables', { params: { path: { id: caseId } }, body: { type: v.type, value: v.value.trim() } })),
    onSuccess: () => {
      obsForm.resetFields();
      done();
    },
  });
  const c = kase.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={<Heading text={c ? `${c.reference} · ${c.title}` : t('security.case.title')} />}
        extra={
          c ? (
            <Space>
              <label htmlFor="case-status">{t('security.alerts.state')}</label>
              <Select<CaseState>
                id="case-status"
                style={{ width: 170 }}
                value={c.status}
                onChange={(v) => update.mutate(v)}
                options={CASE_STATES.map((s) => ({ value: s, label: t(`security.caseState.${s}`) }))}
              />
            </Space>
          ) : null
        }
      >
        <ErrorAlert error={kase.error ?? update.error} />
        {c ? (
          <Descriptions bordered size="small" column={{ xs: 1, md: 3 }} data-testid="case-facts">
            <Descriptions.Item label={t('security.alerts.severity')}>
              <SeverityTag value={c.severity} />
            </Descriptions.Item>
            <Descriptions.Item label={t('security.alerts.state')}>
              <Space size={4}>
                <CaseStateTag value={c.status} />
                {c.personalDataBreach ? <StatusTag tone="bad">{t('security.cases.breach')}</StatusTag> : null}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('security.alerts.unit')}>{c.unitId}</Descriptions.Item>
            <Descriptions.Item label={t('security.cases.origin')}>{t(`security.caseOrigin.${c.origin}`)}</Descriptions.Item>
            <Descriptions.Item label={t('security.case.detected')}>{formatDateTime(c.detectedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('security.cases.opened')}>{formatDateTime(c.openedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('security.case.assignee')}>{c.assigneeAccountId ?? t('security.case.unassigned')}</Descriptions.Item>
            <Descriptions.Item label={t('security.case.alerts')} span={2}>
              <Space wrap>
                {c.alerts.map((a) => (
                  <Link key={a.alertId} to={`/security/alerts/${a.alertId}`}>
                    {`${a.ruleId} · ${formatDateTime(a.raisedAt)}`}
                  </Link>
                ))}
              </Space>
            </Descriptions.Item>
          </Descriptions>
        ) : null}
      </Card>
      {c ? <ContainmentPanel detail={c} /> : null}
      {c ? <BreachPanel detail={c} /> : null}
      <Card>
        <Tabs
          items={[
            {
              key: 'timeline',
              label: t('security.case.timeline'),
              children: (
                <Timeline
                  data-testid="case-timeline"
                  items={[...(c?.timeline ?? [])].reverse().map((e) => ({
                    key: e.seq,
                    color: e.outcome === 'failure' ? 'red' : e.action.startsWith('containment') ? 'orange' : e.action.startsWith('breach') ? 'magenta' : 'blue',
                    children: (
                      <span>
                        <strong>{formatDateTime(e.at)}</strong>
                        {` · ${e.summary}`}
                        {e.outcome === 'failure' ? <StatusTag tone="bad">{t('security.case.failed')}</StatusTag> : null}
                      </span>
                    ),
                  }))}
                />
              ),
            },
            {
              key: 'tasks',
              label: t('security.case.tasks'),
              children: (
                <>
                  <Table
                    rowKey="id"
                    size="small"
                    pagination={false}
                    dataSource={c?.tasks ?? []}
                    columns={[
                      { title: t('security.case.task'), dataIndex: 'title' },
                      { title: t('security.alerts.state'), dataIndex: 'status', render: (v: string) => t(`security.taskState.${v}`) },
                      { title: t('security.alerts.due'), dataIndex: 'dueAt', render: (v: string | null) => formatDateTime(v) },
                      {
                        title: '',
                        key: 'act',
                        render: (_v, task) =>
                          task.status === 'open' ? (
                            <Button size="small" onClick={() => moveTask.mutate({ taskId: task.id, status: 'done' })}>
                              {t('security.case.markDone')}
                            </Button>
                          ) : null,
                      },
                    ]}
                  />
                  <Form form={taskForm} layout="inline" style={{ marginTop: 12 }} onFinish={(v) => addTask.mutate(v.title)}>
                    <Form.Item name="title" label={t('security.case.task')} rules={[{ required: true, message: t('form.required') }]}>
                      <Input style={{ width: 360 }} maxLength={300} />
                    </Form.Item>
                    <Button htmlType="submit" loading={addTask.isPending}>
                      {t('security.case.addTask')}
                    </Button>
                  </Form>
                  <ErrorAlert error={addTask.error ?? moveTask.error} />
                </>
              ),
            },
            {
              key: 'observables',
              label: t('security.case.observables'),
              children: (
                <>
                  <Table
                    rowKey="id"
                    size="small"
                    pagination={false}
                    dataSource={c?.observables ?? []}
                    columns={[
                      { title: t('security.alert.kind'), dataIndex: 'type', render: (v: string) => t(`security.observable.${v}`) },
                      { title: t('security.case.value'), dataIndex: 'value' },
                      { title: t('security.case.added'), dataIndex: 'addedAt', render: (v: string) => formatDateTime(v) },
                    ]}
                  />
                  <Form form={obsForm} layout="inline" style={{ marginTop: 12 }} onFinish={(v) => addObs.mutate(v)}>
                    <Form.Item name="type" label={t('security.alert.kind')} rules={[{ required: true, message: t('form.required') }]}>
                      <Select style={{ width: 160 }} options={OBSERVABLE_TYPES.map((o) => ({ value: o, label: t(`security.observable.${o}`) }))} />
                    </Form.Item>
                    <Form.Item name="value" label={t('security.case.value')} rules={[{ required: true, message: t('form.required') }]}>
                      <Input style={{ width: 300 }} maxLength={200} />
                    </Form.Item>
                    <Button htmlType="submit" loading={addObs.isPending}>
                      {t('security.case.addObservable')}
                    </Button>
                  </Form>
                  <ErrorAlert error={addObs.error} />
                </>
              ),
            },
            {
              key: 'notes',
              label: t('security.case.notes'),
              children: (
                <Form form={noteForm} layout="vertical" onFinish={(v) => addNote.mutate(v.text)}>
                  <Form.Item name="text" label={t('security.case.note')} extra={t('security.case.noteHelp')} rules={[{ required: true, message: t('form.required') }]}>
                    <Input.TextArea rows={3} maxLength={4000} />
                  </Form.Item>
                  <ErrorAlert error={addNote.error} />
                  <Button htmlType="submit" loading={addNote.isPending}>
                    {t('security.case.addNote')}
                  </Button>
                </Form>
              ),
            },
          ]}
        />
      </Card>
      {c ? <NationalExport detail={c} /> : null}
    </Space>
  );
}
