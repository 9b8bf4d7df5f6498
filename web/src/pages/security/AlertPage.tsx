/**
 * One alert: what was detected, its evidence (the triggering events), the account's recent activity,
 * assignments and devices, other alerts of the account; triage (acknowledge, false positive with a reason,
 * escalate to a case after confirmation); the unit's verification report back to the IT Centre (findings,
 * conclusion, measures taken) and the reports already sent, which the central team reads here too.
 */
import { useState } from 'react';
import { App, Button, Card, Descriptions, Form, Input, Modal, Select, Space, Table, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../lib/status-tag';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { currentLang } from '../../i18n';
import { ErrorAlert } from '../../lib/errors';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format';
import { AlertStateTag, Heading, SeverityTag } from './ui';

const CONCLUSIONS = ['violation_confirmed', 'no_violation', 'inconclusive'] as const;
type Conclusion = (typeof CONCLUSIONS)[number];
type TriageTo = 'acknowledged' | 'false_positive' | 'escalated';

/** Facts as label/value text. */
function factText(v: string | number | boolean | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return formatNumber(v);
  return String(v);
}

/** The page. */
export default function AlertPage(): React.JSX.Element {
  const { t } = useTranslation();
  const lang = currentLang();
  const { alertId = '' } = useParams();
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const [fpOpen, setFpOpen] = useState(false);
  const detail = useQuery({ queryKey: ['alert', alertId], queryFn: () => unwrap(api.GET('/api/alerts/{id}', { params: { path: { id: alertId } } })), refetchInterval: 15_000 });
  const escalated = detail.data?.alert.status === 'escalated';
  // The case of an escalated alert is opened by the response module just after the triage: ask again until it is there.
  const context = useQuery({
    queryKey: ['alert-context', alertId],
    queryFn: () => unwrap(api.GET('/api/alerts/{id}/context', { params: { path: { id: alertId }, query: {} } })),
    refetchInterval: (q) => (escalated && !q.state.data?.caseId ? 2000 : false),
  });
  const refresh = (): void => {
    void qc.invalidateQueries({ queryKey: ['alert', alertId] });
    void qc.invalidateQueries({ queryKey: ['alert-context', alertId] });
    void qc.invalidateQueries({ queryKey: ['alerts'] });
  };
  const triage = useMutation({
    mutationFn: (v: { status: TriageTo; reason?: string }) => unwrap(api.POST('/api/alerts/{id}/triage', { params: { path: { id: alertId } }, body: v })),
    onSuccess: () => {
      setFpOpen(false);
      refresh();
      void message.success(t('common.saved'));
    },
  });
  const verify = useMutation({
    mutationFn: (v: { findings: string; conclusion: Conclusion; measures: string }) =>
      unwrap(api.POST('/api/alerts/{id}/verification', { params: { path: { id: alertId } }, body: v })),
    onSuccess: () => {
      refresh();
      void message.success(t('security.alert.reportSent'));
    },
  });
  const a = detail.data?.alert;
  const ctx = context.data;
  const open = a && (a.status === 'new' || a.status === 'acknowledged');
  const confirmEscalate = (): void => {
    modal.confirm({
      title: t('security.alert.escalateTitle'),
      content: t('security.alert.escalateEffect'),
      okText: t('security.alert.escalate'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: true, 'data-testid': 'confirm-escalate' },
      onOk: () => triage.mutateAsync({ status: 'escalated' }),
    });
  };
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={<Heading text={a ? `${a.ruleId} · ${a.ruleName[lang]}` : t('security.alert.title')} />}
        extra={
          open ? (
            <Space wrap>
              {a.status === 'new' ? (
                <Button onClick={() => triage.mutate({ status: 'acknowledged' })} loading={triage.isPending} data-testid="triage-ack">
                  {t('security.alert.acknowledge')}
                </Button>
              ) : null}
              <Button onClick={() => setFpOpen(true)} data-testid="triage-fp">
                {t('security.alert.falsePositive')}
              </Button>
              <Button type="primary" danger onClick={confirmEscalate} data-testid="triage-escalate">
                {t('security.alert.escalate')}
              </Button>
            </Space>
          ) : ctx?.caseId ? (
            <Link to={`/security/cases/${ctx.caseId}`} data-testid="alert-case-link">
              {t('security.alert.openCase')}
            </Link>
          ) : null
        }
      >
        <ErrorAlert error={detail.error ?? context.error ?? triage.error} />
        {a ? (
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} data-testid="alert-facts">
            <Descriptions.Item label={t('security.alerts.severity')}>
              <SeverityTag value={a.severity} />
            </Descriptions.Item>
            <Descriptions.Item label={t('security.alerts.state')}>
              <Space size={4}>
                <AlertStateTag value={a.status} />
                {a.overdue ? <StatusTag tone="bad">{t('security.alerts.overdue')}</StatusTag> : null}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('security.alerts.unit')}>{a.unitId ?? t('security.common.none')}</Descriptions.Item>
            <Descriptions.Item label={t('security.alerts.account')}>{ctx?.account ? `${ctx.account.username} (${t(`security.accountStatus.${ctx.account.status}`)})` : (a.accountId ?? t('security.common.none'))}</Descriptions.Item>
            <Descriptions.Item label={t('security.alerts.raised')}>{formatDateTime(a.createdAt)}</Descriptions.Item>
            <Descriptions.Item label={t('security.alerts.due')}>{formatDateTime(a.dueAt)}</Descriptions.Item>
            <Descriptions.Item label={t('security.alert.events')}>{`${formatNumber(a.count)} · ${formatDateTime(a.firstEventAt)} – ${formatDateTime(a.lastEventAt)}`}</Descriptions.Item>
            <Descriptions.Item label={t('security.alert.attack')}>{a.attack}</Descriptions.Item>
            <Descriptions.Item label={t('security.alert.suspension')}>{a.suspension ? t(`security.suspension.${a.suspension.status}`) : t('security.common.none')}</Descriptions.Item>
            <Descriptions.Item label={t('security.alert.triage')}>
              {a.triage ? `${formatDateTime(a.triage.at)}${a.triage.reason ? ` · ${a.triage.reason}` : ''}` : t('security.common.none')}
            </Descriptions.Item>
            {Object.entries(a.details).map(([k, v]) => (
              <Descriptions.Item key={k} label={k}>
                {factText(v)}
              </Descriptions.Item>
            ))}
          </Descriptions>
        ) : null}
      </Card>
      <Card>
        <Tabs
          items={[
            {
              key: 'evidence',
              label: t('security.alert.evidence'),
              children: (
                <Table
                  rowKey="seq"
                  size="small"
                  dataSource={detail.data?.evidence ?? []}
                  pagination={{ pageSize: 10 }}
                  scroll={{ x: true }}
                  columns={[
                    { title: t('security.alert.eventTime'), dataIndex: 'eventTime', render: (v: string) => formatDateTime(v) },
                    { title: t('security.alert.summary'), dataIndex: 'summary', render: (v: Record<string, string | number | boolean | null>) => Object.entries(v).map(([k, x]) => `${k}: ${factText(x)}`).join(' · ') },
                  ]}
                />
              ),
            },
            {
              key: 'activity',
              label: t('security.alert.activity'),
              children: (
                <Table
                  rowKey="seq"
                  size="small"
                  dataSource={ctx?.recentActivity ?? []}
                  pagination={{ pageSize: 10 }}
                  scroll={{ x: true }}
                  columns={[
                    { title: t('security.alert.eventTime'), dataIndex: 'time', render: (v: string) => formatDateTime(v) },
                    { title: t('security.alert.kind'), dataIndex: 'kind' },
                    { title: t('security.alert.action'), dataIndex: 'action' },
                    { title: t('security.alert.outcome'), dataIndex: 'outcome' },
                    { title: t('security.alert.purpose'), dataIndex: 'purpose' },
                    { title: t('security.alert.subjects'), dataIndex: 'subjects', render: (v: number) => formatNumber(v) },
                  ]}
                />
              ),
            },
            {
              key: 'assignments',
              label: t('security.alert.assignments'),
              children: (
                <Table
                  rowKey="assignmentId"
                  size="small"
                  dataSource={ctx?.assignments ?? []}
                  pagination={false}
                  scroll={{ x: true }}
                  columns={[
                    { title: t('security.alert.documentNo'), dataIndex: 'documentNo' },
                    { title: t('security.alert.purpose'), dataIndex: 'purpose' },
                    { title: t('security.alerts.state'), dataIndex: 'status' },
                    { title: t('security.alert.validity'), key: 'v', render: (_v, r) => `${formatDate(r.validFrom)} – ${formatDate(r.validUntil)}` },
                    { title: t('security.alert.provinces'), dataIndex: 'provinces', render: (v: string[]) => v.join(', ') },
                  ]}
                />
              ),
            },
            {
              key: 'devices',
              label: t('security.alert.devices'),
              children: (
                <Table
                  rowKey="id"
                  size="small"
                  dataSource={ctx?.devices ?? []}
                  pagination={false}
                  columns={[
                    { title: t('security.alert.deviceName'), dataIndex: 'name' },
                    { title: t('security.alerts.state'), dataIndex: 'status' },
                    { title: t('security.alert.lastSeen'), dataIndex: 'lastSeenAt', render: (v: string | null) => formatDateTime(v) },
                  ]}
                />
              ),
            },
            {
              key: 'others',
              label: t('security.alert.otherAlerts'),
              children: (
                <Table
                  rowKey="id"
                  size="small"
                  dataSource={ctx?.otherAlerts ?? []}
                  pagination={false}
                  columns={[
                    { title: t('security.alerts.raised'), dataIndex: 'createdAt', render: (v: string, r) => <Link to={`/security/alerts/${r.id}`}>{formatDateTime(v)}</Link> },
                    { title: t('security.alerts.rule'), dataIndex: 'ruleId' },
                    { title: t('security.alerts.severity'), dataIndex: 'severity', render: (v: string) => <SeverityTag value={v} /> },
                    { title: t('security.alerts.state'), dataIndex: 'status', render: (v: string) => <AlertStateTag value={v} /> },
                  ]}
                />
              ),
            },
          ]}
        />
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('security.alert.verification')}</h2>}>
        <Typography.Paragraph type="secondary">{t('security.alert.verificationHelp')}</Typography.Paragraph>
        <ErrorAlert error={verify.error} />
        {(ctx?.verifications ?? []).map((v) => (
          <Descriptions key={v.id} bordered size="small" column={1} style={{ marginBottom: 12 }} data-testid="verification-report">
            <Descriptions.Item label={t('security.alert.reportedAt')}>{formatDateTime(v.reportedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('security.alert.conclusion')}>{t(`security.conclusion.${v.conclusion}`)}</Descriptions.Item>
            <Descriptions.Item label={t('security.alert.findings')}>{v.findings}</Descriptions.Item>
            <Descriptions.Item label={t('security.alert.measures')}>{v.measures}</Descriptions.Item>
          </Descriptions>
        ))}
        <Form<{ findings: string; conclusion: Conclusion; measures: string }> layout="vertical" onFinish={(v) => verify.mutate(v)}>
          <Form.Item name="findings" label={t('security.alert.findings')} rules={[{ required: true, min: 3, message: t('form.required') }]}>
            <Input.TextArea rows={3} maxLength={4000} data-testid="verify-findings" />
          </Form.Item>
          <Form.Item name="conclusion" label={t('security.alert.conclusion')} rules={[{ required: true, message: t('form.required') }]}>
            <Select data-testid="verify-conclusion" options={CONCLUSIONS.map((c) => ({ value: c, label: t(`security.conclusion.${c}`) }))} />
          </Form.Item>
          <Form.Item name="measures" label={t('security.alert.measures')} rules={[{ required: true, min: 3, message: t('form.required') }]}>
            <Input.TextArea rows={2} maxLength={4000} data-testid="verify-measures" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={verify.isPending} data-testid="verify-submit">
            {t('security.alert.sendReport')}
          </Button>
        </Form>
      </Card>
      <Modal open={fpOpen} title={t('security.alert.falsePositive')} footer={null} onCancel={() => setFpOpen(false)} destroyOnHidden>
        <Form<{ reason: string }> layout="vertical" onFinish={(v) => triage.mutate({ status: 'false_positive', reason: v.reason })}>
          <Form.Item name="reason" label={t('common.reason')} extra={t('common.reasonRecorded')} rules={[{ required: true, min: 3, message: t('form.reasonRequired', { min: 3 }) }]}>
            <Input.TextArea rows={3} maxLength={500} data-testid="fp-reason" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={triage.isPending} data-testid="fp-submit">
            {t('security.alert.falsePositive')}
          </Button>
        </Form>
      </Modal>
    </Space>
  );
}
