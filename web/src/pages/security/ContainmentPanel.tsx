/**
 * Containment from a case: the case's account, devices, live assignments and addresses, each with the act
 * that contains it (suspend the account, revoke the device, end the assignment, block the address). Every
 * act asks for confirmation saying what will happen and a reason; its entry then appears on the timeline,
 * success or failure.
 */
import { useState } from 'react';
import { Button, Card, Form, Input, Modal, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import type { CaseDetail } from './ui';

type Action = 'suspend_account' | 'revoke_device' | 'end_assignment' | 'block_address';
interface Target {
  key: string;
  action: Action;
  targetId: string;
  label: string;
}

/** The panel. */
export function ContainmentPanel({ detail }: { detail: CaseDetail }): React.JSX.Element {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [pending, setPending] = useState<Target | null>(null);
  const firstAlert = detail.alerts.find((a) => a.accountId)?.alertId;
  const ctx = useQuery({
    queryKey: ['alert-context', firstAlert],
    enabled: !!firstAlert,
    queryFn: () => unwrap(api.GET('/api/alerts/{id}/context', { params: { path: { id: firstAlert! }, query: {} } })),
  });
  const contain = useMutation({
    mutationFn: (v: { target: Target; reason: string }) =>
      unwrap(api.POST('/api/cases/{id}/containment', { params: { path: { id: detail.id } }, body: { action: v.target.action, targetId: v.target.targetId, reason: v.reason } })),
    onSettled: () => {
      setPending(null);
      void qc.invalidateQueries({ queryKey: ['case', detail.id] });
      void qc.invalidateQueries({ queryKey: ['alert-context', firstAlert] });
    },
  });
  const seen = new Set<string>();
  const targets: Target[] = [];
  const push = (action: Action, targetId: string, label: string): void => {
    const key = `${action}:${targetId}`;
    if (seen.has(key)) return;
    seen.add(key);
    targets.push({ key, action, targetId, label });
  };
  const account = ctx.data?.account;
  for (const o of detail.observables) {
    if (o.type === 'account') push('suspend_account', o.value, account && account.id === o.value ? `${account.username} (${t(`security.accountStatus.${account.status}`)})` : o.value);
    if (o.type === 'device') push('revoke_device', o.value, o.value);
    if (o.type === 'ip') push('block_address', o.value, o.value);
  }
  for (const d of ctx.data?.devices ?? []) if (d.status === 'approved') push('revoke_device', d.id, d.name);
  for (const a of ctx.data?.assignments ?? []) if (a.status === 'active') push('end_assignment', a.assignmentId, `${a.documentNo} · ${a.purpose} · ${formatDate(a.validUntil)}`);
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('security.contain.title')}</h2>}>
      <ErrorAlert error={contain.error ?? ctx.error} />
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={targets}
        data-testid="containment-targets"
        columns={[
          { title: t('security.contain.target'), dataIndex: 'label' },
          { title: t('security.alert.kind'), dataIndex: 'action', render: (v: Action) => t(`security.contain.kind.${v}`) },
          {
            title: '',
            key: 'act',
            render: (_v, target) => (
              <Button danger size="small" onClick={() => setPending(target)} data-testid={`contain-${target.action}`}>
                {t(`security.contain.act.${target.action}`)}
              </Button>
            ),
          },
        ]}
      />
      <Modal open={pending !== null} title={pending ? t(`security.contain.act.${pending.action}`) : ''} footer={null} onCancel={() => setPending(null)} destroyOnHidden>
        {pending ? (
          <Form<{ reason: string }> layout="vertical" onFinish={(v) => contain.mutate({ target: pending, reason: v.reason })}>
            <Typography.Paragraph>{t(`security.contain.effect.${pending.action}`, { target: pending.label })}</Typography.Paragraph>
            <Form.Item name="reason" label={t('common.reason')} extra={t('common.reasonRecorded')} rules={[{ required: true, min: 3, message: t('form.reasonRequired', { min: 3 }) }]}>
              <Input.TextArea rows={2} maxLength={500} data-testid="contain-reason" />
            </Form.Item>
            <Button type="primary" danger htmlType="submit" loading={contain.isPending} data-testid="contain-confirm">
              {t('security.contain.confirm')}
            </Button>
          </Form>
        ) : null}
      </Modal>
    </Card>
  );
}
