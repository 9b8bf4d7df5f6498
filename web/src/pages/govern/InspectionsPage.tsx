/**
 * Inspections: the year's plan of visits per unit, and the findings with their owner and deadline followed
 * up until closed (technical findings are marked for the posture module's remediation). The central team
 * plans visits, records them and adds findings here; findings are paged on the server.
 */
import { useState } from 'react';
import { App, Button, Form, Input, InputNumber, Modal, Radio, Space, Switch, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../lib/errors';
import { formatDate, formatDateTime } from '../../lib/format';
import { hasRole, useMe } from '../../lib/session';
import { GovernPage, UnitSelect, thisYear, useUnitName, Pill } from './shared';
import { FindingForm, PlanInspectionForm, VisitForm } from './InspectionForms';
import { Pager, useServerPage } from './Pager';

const STATUS_COLOUR: Readonly<Record<string, string>> = { open: 'gold', in_progress: 'blue', closed: 'green' };

/** The page. */
export default function InspectionsPage(): React.JSX.Element {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const unitName = useUnitName();
  const [unitId, setUnitId] = useState<string>('');
  const [year, setYear] = useState<number>(thisYear());
  const [openOnly, setOpenOnly] = useState(true);
  const [following, setFollowing] = useState<string | null>(null);
  const [planning, setPlanning] = useState(false);
  const [visiting, setVisiting] = useState<string | null>(null);
  const [finding, setFinding] = useState<string | null>(null);
  const me = useMe();
  const central = hasRole(me.data, ['central_security_admin']);
  const pager = useServerPage();
  const planPager = useServerPage();
  const q = unitId ? { unitId } : {};
  const inspections = useQuery({ queryKey: ['govern-inspections', unitId, year, planPager.page], queryFn: () => unwrap(api.GET('/api/govern/inspections', { params: { query: { year, ...q, ...planPager.query } } })) });
  const findings = useQuery({ queryKey: ['govern-findings', unitId, openOnly, pager.page], queryFn: () => unwrap(api.GET('/api/govern/findings', { params: { query: { openOnly, ...q, ...pager.query } } })) });
  const follow = useMutation({
    mutationFn: (v: { id: string; note: string; status: 'in_progress' | 'closed' }) => unwrap(api.POST('/api/govern/findings/{id}/follow-up', { params: { path: { id: v.id } }, body: { note: v.note, status: v.status } })),
    onSuccess: () => {
      setFollowing(null);
      void queryClient.invalidateQueries({ queryKey: ['govern-findings'] });
      void message.success(t('common.saved'));
    },
  });
  return (
    <GovernPage
      title={t('govern.nav.inspections')}
      extra={
        <UnitSelect
          value={unitId || undefined}
          onChange={(v) => {
            setUnitId(v);
            pager.setPage(0);
            planPager.setPage(0);
          }}
          allowClear
        />
      }
    >
      <ErrorAlert error={inspections.error ?? findings.error ?? follow.error} />
      <Space style={{ marginBottom: 8 }}>
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {t('govern.inspections.planTitle')}
        </Typography.Title>
        <InputNumber aria-label={t('govern.year')} min={2020} max={2100} value={year}
          onChange={(v) => {
            setYear(v ?? thisYear());
            planPager.setPage(0);
          }}
        />
        {central ? (
          <Button onClick={() => setPlanning(true)} data-testid="new-inspection">
            {t('govern.inspections.plan')}
          </Button>
        ) : null}
      </Space>
      <Table
        rowKey="id"
        size="small"
        loading={inspections.isLoading}
        dataSource={planPager.rows(inspections.data)}
        pagination={false}
        data-testid="inspections-table"
        columns={[
          { title: t('govern.unit'), dataIndex: 'unitId', render: (v: string) => unitName(v) },
          { title: t('govern.inspections.plannedOn'), dataIndex: 'plannedOn', render: (v: string) => formatDate(v) },
          { title: t('govern.inspections.doneOn'), dataIndex: 'doneOn', render: (v: string | null) => (v ? formatDate(v) : <Pill>{t('govern.inspections.notYet')}</Pill>) },
          { title: t('govern.inspections.lead'), dataIndex: 'leadInspector' },
          { title: t('govern.inspections.summary'), dataIndex: 'summary', render: (v: string | null) => v ?? '—' },
          {
            title: '',
            key: 'act',
            render: (_v, i) =>
              central ? (
                <Space>
                  {i.doneOn === null ? (
                    <Button size="small" onClick={() => setVisiting(i.id)} data-testid={`visit-${i.unitId}`}>
                      {t('govern.inspections.recordVisit')}
                    </Button>
                  ) : null}
                  <Button size="small" onClick={() => setFinding(i.id)} data-testid={`add-finding-${i.unitId}`}>
                    {t('govern.inspections.addFinding')}
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
      <Pager page={planPager.page} more={planPager.more(inspections.data)} onPage={planPager.setPage} testId="inspections-pager" />
      <Space style={{ margin: '16px 0 8px' }}>
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {t('govern.inspections.findingsTitle')}
        </Typography.Title>
        <Switch
          checked={openOnly}
          onChange={(v) => {
            setOpenOnly(v);
            pager.setPage(0);
          }}
          aria-label={t('govern.inspections.openOnly')}
        />
        <span>{t('govern.inspections.openOnly')}</span>
      </Space>
      <Table
        rowKey="id"
        size="small"
        loading={findings.isLoading}
        dataSource={pager.rows(findings.data)}
        pagination={false}
        data-testid="findings-table"
        expandable={{
          rowExpandable: (f) => f.followUps.length > 0,
          expandedRowRender: (f) => (
            <ul>
              {f.followUps.map((u, i) => (
                <li key={i}>{`${formatDateTime(u.at)} — ${u.note}`}</li>
              ))}
            </ul>
          ),
        }}
        columns={[
          { title: t('govern.unit'), dataIndex: 'unitId', render: (v: string) => unitName(v) },
          { title: t('govern.inspections.finding'), dataIndex: 'description' },
          { title: t('govern.inspections.technical'), dataIndex: 'technical', render: (v: boolean) => (v ? <Pill tone="purple">{t('govern.inspections.toPosture')}</Pill> : '—') },
          {
            title: t('govern.inspections.deadline'),
            key: 'deadline',
            render: (_v, f) => (
              <Space>
                {formatDate(f.deadline)}
                {f.overdue ? <Pill tone="red">{t('govern.overdue')}</Pill> : null}
              </Space>
            ),
          },
          { title: t('govern.status'), dataIndex: 'status', render: (v: string) => <Pill tone={STATUS_COLOUR[v]}>{t(`govern.inspections.states.${v}`)}</Pill> },
          {
            title: '',
            key: 'act',
            render: (_v, f) =>
              f.status !== 'closed' ? (
                <Button size="small" onClick={() => setFollowing(f.id)}>
                  {t('govern.inspections.followUp')}
                </Button>
              ) : null,
          },
        ]}
      />
      <Pager page={pager.page} more={pager.more(findings.data)} onPage={pager.setPage} testId="findings-pager" />
      <PlanInspectionForm open={planning} onClose={() => setPlanning(false)} year={year} />
      <VisitForm inspectionId={visiting} onClose={() => setVisiting(null)} />
      <FindingForm inspectionId={finding} onClose={() => setFinding(null)} />
      <Modal open={following !== null} title={t('govern.inspections.followUp')} footer={null} onCancel={() => setFollowing(null)} destroyOnHidden>
        <Form<{ note: string; status: 'in_progress' | 'closed' }> layout="vertical" initialValues={{ status: 'in_progress' }} onFinish={(v) => follow.mutate({ id: following!, ...v })}>
          <Form.Item name="status" label={t('govern.status')} extra={t('govern.inspections.closeWarning')}>
            <Radio.Group options={[{ value: 'in_progress', label: t('govern.inspections.states.in_progress') }, { value: 'closed', label: t('govern.inspections.states.closed') }]} />
          </Form.Item>
          <Form.Item name="note" label={t('govern.inspections.note')} rules={[{ required: true, message: t('form.required') }]}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={follow.isPending}>
            {t('govern.save')}
          </Button>
        </Form>
      </Modal>
    </GovernPage>
  );
}
