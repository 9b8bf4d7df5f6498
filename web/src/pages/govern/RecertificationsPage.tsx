/**
 * Recertification campaigns: the central team or a unit head opens a campaign over a unit's VPN accounts,
 * devices, role grants or assignments with a deadline; each head keeps or revokes each item of their units
 * with a reason (a revocation is carried out by the module that owns the record); VPN accounts with no
 * assigned work behind them are proposed for revocation; closing flags the undecided items late.
 */
import { useState } from 'react';
import { App, Button, Checkbox, DatePicker, Form, Input, Modal, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { hasRole, useMe } from '../../lib/session';
import { GovernPage, UnitSelect, useUnitName, Pill } from './shared';
import { vnDayEnd } from '../../lib/vn-date';

const KINDS = ['vpn_account', 'device', 'role_grant', 'assignment'] as const;
type Kind = (typeof KINDS)[number];
type Decision = 'keep' | 'revoke';

/** The items of one campaign, decided one by one. */
function Items({ id }: { id: string }): React.JSX.Element {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const me = useMe();
  const unitName = useUnitName();
  const [deciding, setDeciding] = useState<{ itemId: string; label: string; decision: Decision } | null>(null);
  const detail = useQuery({ queryKey: ['govern-recert', id], queryFn: () => unwrap(api.GET('/api/govern/recertifications/{id}', { params: { path: { id } } })) });
  const refresh = (): void => {
    void queryClient.invalidateQueries({ queryKey: ['govern-recert', id] });
    void queryClient.invalidateQueries({ queryKey: ['govern-recerts'] });
  };
  const decide = useMutation({
    mutationFn: (v: { itemId: string; decision: Decision; reason: string }) => unwrap(api.POST('/api/govern/recertifications/items/{id}/decision', { params: { path: { id: v.itemId } }, body: { decision: v.decision, reason: v.reason } })),
    onSuccess: () => {
      setDeciding(null);
      refresh();
      void message.success(t('common.saved'));
    },
  });
  const close = useMutation({
    mutationFn: () => unwrap(api.POST('/api/govern/recertifications/{id}/close', { params: { path: { id } } })),
    onSuccess: () => {
      refresh();
      void message.success(t('govern.recert.closed'));
    },
  });
  const submit = (v: { reason: string }): void => {
    const d = deciding!;
    if (d.decision === 'keep') {
      decide.mutate({ itemId: d.itemId, decision: 'keep', reason: v.reason });
      return;
    }
    modal.confirm({
      title: t('govern.recert.revoke'),
      content: t('govern.recert.revokeConfirm', { label: d.label }),
      okText: t('govern.recert.revoke'),
      okButtonProps: { danger: true, 'data-testid': 'confirm-revoke' },
      cancelText: t('common.cancel'),
      onOk: () => decide.mutateAsync({ itemId: d.itemId, decision: 'revoke', reason: v.reason }),
    });
  };
  const c = detail.data?.campaign;
  const isHead = hasRole(me.data, ['unit_head']);
  return (
    <div style={{ marginTop: 24 }} data-testid="recert-items">
      <ErrorAlert error={detail.error ?? decide.error ?? close.error} />
      {c ? (
        <Space style={{ marginBottom: 8 }} wrap>
          <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
            {c.title}
          </Typography.Title>
          <Pill tone={c.status === 'open' ? 'blue' : 'default'}>{t(`govern.recert.states.${c.status}`)}</Pill>
          <span data-testid="recert-counts">{t('govern.recert.counts', c.counts)}</span>
          {c.status === 'open' && hasRole(me.data, ['unit_head', 'central_security_admin']) ? (
            <Button
              onClick={() =>
                modal.confirm({
                  title: t('govern.recert.close'),
                  content: t('govern.recert.closeConfirm', { undecided: c.counts.undecided }),
                  okText: t('govern.recert.close'),
                  okButtonProps: { 'data-testid': 'confirm-close' },
                  cancelText: t('common.cancel'),
                  onOk: () => close.mutateAsync(),
                })
              }
              data-testid="recert-close"
            >
              {t('govern.recert.close')}
            </Button>
          ) : null}
        </Space>
      ) : null}
      <Table
        rowKey="id"
        size="small"
        loading={detail.isLoading}
        dataSource={detail.data?.items ?? []}
        pagination={{ pageSize: 20 }}
        columns={[
          { title: t('govern.unit'), dataIndex: 'unitId', render: (v: string) => unitName(v) },
          { title: t('govern.recert.kind'), dataIndex: 'kind', render: (v: string) => t(`govern.recert.kinds.${v}`) },
          { title: t('govern.recert.item'), dataIndex: 'label' },
          {
            title: t('govern.recert.proposal'),
            key: 'proposal',
            render: (_v, i) => (i.proposal === 'revoke' ? <Pill tone="volcano" title={i.proposalReason ?? undefined}>{t('govern.recert.proposedRevoke')}</Pill> : '—'),
          },
          {
            title: t('govern.recert.decision'),
            key: 'decision',
            render: (_v, i) => (
              <Space>
                {i.decision ? <Pill tone={i.decision === 'keep' ? 'green' : 'red'}>{t(`govern.recert.decisions.${i.decision}`)}</Pill> : <Pill>{t('govern.recert.undecided')}</Pill>}
                {i.late ? <Pill tone="red">{t('govern.recert.late')}</Pill> : null}
                {i.reason ? <small>{i.reason}</small> : null}
              </Space>
            ),
          },
          { title: t('govern.recert.decidedAt'), dataIndex: 'decidedAt', render: (v: string | null) => formatDateTime(v) },
          {
            title: '',
            key: 'act',
            render: (_v, i) =>
              isHead && c?.status === 'open' && i.decision === null ? (
                <Space>
                  <Button size="small" onClick={() => setDeciding({ itemId: i.id, label: i.label, decision: 'keep' })} data-testid={`keep-${i.id}`}>
                    {t('govern.recert.keep')}
                  </Button>
                  <Button size="small" danger onClick={() => setDeciding({ itemId: i.id, label: i.label, decision: 'revoke' })} data-testid={`revoke-${i.id}`}>
                    {t('govern.recert.revoke')}
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
      <Modal open={deciding !== null} title={deciding ? `${t(`govern.recert.decisions.${deciding.decision}`)}: ${deciding.label}` : ''} footer={null} onCancel={() => setDeciding(null)} destroyOnHidden>
        <Form<{ reason: string }> layout="vertical" onFinish={submit}>
          <Form.Item name="reason" label={t('common.reason')} extra={t('common.reasonRecorded')} rules={[{ required: true, min: 3, message: t('form.reasonRequired', { min: 3 }) }]}>
            <Input.TextArea rows={3} maxLength={1000} data-testid="decision-reason" />
          </Form.Item>
          <Button type="primary" danger={deciding?.decision === 'revoke'} htmlType="submit" loading={decide.isPending} data-testid="decision-submit">
            {deciding ? t(`govern.recert.decisions.${deciding.decision}`) : ''}
          </Button>
        </Form>
      </Modal>
    </div>
  );
}

/** The page. */
export default function RecertificationsPage(): React.JSX.Element {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const me = useMe();
  const unitName = useUnitName();
  const [opening, setOpening] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const campaigns = useQuery({ queryKey: ['govern-recerts'], queryFn: () => unwrap(api.GET('/api/govern/recertifications')) });
  const open = useMutation({
    mutationFn: (v: { title: string; kinds: Kind[]; unitId: string; deadline: Dayjs }) => unwrap(api.POST('/api/govern/recertifications', { body: { title: v.title, kinds: v.kinds, unitId: v.unitId, deadline: vnDayEnd(v.deadline).toISOString() } })),
    onSuccess: (c) => {
      setOpening(false);
      setSelected(c.id);
      void queryClient.invalidateQueries({ queryKey: ['govern-recerts'] });
      void message.success(t('govern.recert.opened', { n: c.counts.items }));
    },
  });
  const canOpen = hasRole(me.data, ['unit_head', 'central_security_admin']);
  return (
    <GovernPage
      title={t('govern.nav.recert')}
      extra={
        canOpen ? (
          <Button type="primary" onClick={() => setOpening(true)} data-testid="recert-new">
            {t('govern.recert.new')}
          </Button>
        ) : null
      }
    >
      <ErrorAlert error={campaigns.error ?? open.error} />
      <Table
        rowKey="id"
        size="small"
        loading={campaigns.isLoading}
        dataSource={campaigns.data ?? []}
        pagination={{ pageSize: 10 }}
        rowClassName={(c) => (c.id === selected ? 'ant-table-row-selected' : '')}
        columns={[
          { title: t('govern.recert.title'), dataIndex: 'title' },
          { title: t('govern.unit'), dataIndex: 'unitId', render: (v: string) => unitName(v) },
          { title: t('govern.recert.kinds.label'), dataIndex: 'kinds', render: (v: string[]) => v.map((k) => t(`govern.recert.kinds.${k}`)).join(', ') },
          { title: t('govern.recert.deadline'), dataIndex: 'deadline', render: (v: string) => formatDateTime(v) },
          { title: t('govern.status'), dataIndex: 'status', render: (v: string) => <Pill tone={v === 'open' ? 'blue' : 'default'}>{t(`govern.recert.states.${v}`)}</Pill> },
          { title: t('govern.recert.result'), key: 'counts', render: (_v, c) => t('govern.recert.counts', c.counts) },
          {
            title: '',
            key: 'act',
            render: (_v, c) => (
              <Button size="small" onClick={() => setSelected(c.id)} data-testid={`recert-open-${c.id}`}>
                {t('govern.recert.review')}
              </Button>
            ),
          },
        ]}
      />
      {selected ? <Items id={selected} /> : null}
      <Modal open={opening} title={t('govern.recert.new')} footer={null} onCancel={() => setOpening(false)} destroyOnHidden>
        <Form<{ title: string; kinds: Kind[]; unitId: string; deadline: Dayjs }>
          layout="vertical"
          initialValues={{ kinds: ['vpn_account'], unitId: me.data?.roles.find((r) => r.role === 'unit_head' || r.role === 'central_security_admin')?.unitId }}
          onFinish={(v) => open.mutate(v)}
        >
          <Form.Item name="title" label={t('govern.recert.title')} rules={[{ required: true, message: t('form.required') }]}>
            <Input maxLength={300} data-testid="recert-title" />
          </Form.Item>
          <Form.Item name="kinds" label={t('govern.recert.kinds.label')} rules={[{ required: true, message: t('form.required') }]}>
            <Checkbox.Group options={KINDS.map((k) => ({ value: k, label: t(`govern.recert.kinds.${k}`) }))} />
          </Form.Item>
          <Form.Item name="unitId" label={t('govern.unit')} rules={[{ required: true, message: t('form.required') }]}>
            <UnitSelect />
          </Form.Item>
          <Form.Item name="deadline" label={t('govern.recert.deadline')} rules={[{ required: true, message: t('form.required') }]}>
            <DatePicker format="DD/MM/YYYY" data-testid="recert-deadline" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={open.isPending} data-testid="recert-submit">
            {t('govern.recert.open')}
          </Button>
        </Form>
      </Modal>
    </GovernPage>
  );
}
