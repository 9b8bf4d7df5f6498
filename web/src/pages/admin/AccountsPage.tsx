/**
 * Accounts in the administrator's scope (issue 13, item 5; system admin, central security admin, security
 * officers): status, staff status, OTP, last sign-in, searched by staff number or name and paged on the server;
 * one account's role grants with grant and end, suspension, reinstatement and password reset, each confirmed in
 * words and recorded with its reason.
 */
import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Descriptions, Drawer, Form, Input, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { ErrorAlert } from '../../lib/errors';
import { formatDate, formatDateTime } from '../../lib/format';
import { hasRole, useMe, type Role } from '../../lib/session';
import { StatusTag } from '../audit/StatusTag';
import { ReasonModal } from '../../lib/reason-modal';
import { vnDayEnd } from '../../lib/vn-date';

type Account = paths['/api/admin/accounts']['get']['responses'][200]['content']['application/json'][number];
type Act = 'suspend' | 'reinstate' | 'reset';
const PAGE = 20;
const ROLES: readonly Role[] = ['staff', 'unit_head', 'security_officer', 'auditor', 'central_security_admin', 'system_admin'];
/** Who may suspend, reinstate or reset an account's password (the server checks the unit too). */
const ACCOUNT_STATE_ROLES: readonly Role[] = ['security_officer', 'central_security_admin'];

function AccountStatus({ status }: { status: string }): React.JSX.Element {
  const { t } = useTranslation();
  return <StatusTag tone={status === 'active' ? 'good' : status === 'suspended' ? 'warn' : 'bad'}>{t(`admin.accounts.statuses.${status}`, { defaultValue: status })}</StatusTag>;
}

function AccountDrawer({ accountId, onClose }: { accountId: string; onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [act, setAct] = useState<Act | null>(null);
  const me = useMe();
  const canChangeState = hasRole(me.data, ACCOUNT_STATE_ROLES);
  const [ending, setEnding] = useState<string | null>(null);
  const [password, setPassword] = useState<string | null>(null);
  const [grantForm] = Form.useForm<{ role: Role; unitId: string; validUntil: Dayjs; reason: string }>();
  const detail = useQuery({ queryKey: ['admin-account', accountId], queryFn: () => unwrap(api.GET('/api/admin/accounts/{id}', { params: { path: { id: accountId } } })) });
  const activity = useQuery({ queryKey: ['admin-account', accountId, 'activity'], queryFn: () => unwrap(api.GET('/api/admin/accounts/{id}/activity', { params: { path: { id: accountId } } })) });
  const refresh = (): void => {
    void qc.invalidateQueries({ queryKey: ['admin-account', accountId] });
    void qc.invalidateQueries({ queryKey: ['admin-accounts'] });
  };
  const run = useMutation({
    mutationFn: async (v: { act: Act; reason: string }): Promise<void> => {
      const path = { path: { id: accountId } };
      if (v.act === 'suspend') await unwrap(api.POST('/api/admin/accounts/{id}/suspend', { params: path, body: { reason: v.reason } }));
      if (v.act === 'reinstate') await unwrap(api.POST('/api/admin/accounts/{id}/reinstate', { params: path, body: { reason: v.reason } }));
      if (v.act === 'reset') setPassword((await unwrap(api.POST('/api/admin/accounts/{id}/password-reset', { params: path, body: { reason: v.reason } }))).temporaryPassword);
    },
    onSuccess: () => {
      setAct(null);
      refresh();
    },
  });
  const endGrant = useMutation({
    mutationFn: (v: { id: string; reason: string }) => unwrap(api.POST('/api/admin/grants/{id}/end', { params: { path: { id: v.id } }, body: { reason: v.reason } })),
    onSuccess: () => {
      setEnding(null);
      refresh();
    },
  });
  const grant = useMutation({
    mutationFn: (v: { role: Role; unitId: string; validUntil: Dayjs; reason: string }) =>
      unwrap(api.POST('/api/admin/accounts/{id}/grants', { params: { path: { id: accountId } }, body: { role: v.role, unitId: v.unitId.trim().toUpperCase(), validUntil: vnDayEnd(v.validUntil).toISOString(), reason: v.reason.trim() } })),
    onSuccess: () => {
      grantForm.resetFields();
      refresh();
    },
  });
  const a = detail.data?.account;
  const effects: Record<Act, string> = { suspend: t('admin.accounts.suspendEffect'), reinstate: t('admin.accounts.reinstateEffect'), reset: t('admin.accounts.resetEffect') };
  return (
    <Drawer open onClose={onClose} size="large" title={a ? `${a.username} · ${a.fullName}` : t('common.loading')} data-testid="account-drawer">
      <ErrorAlert error={detail.error} />
      {a && (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Descriptions bordered size="small" column={1}>
            <Descriptions.Item label={t('admin.accounts.unit')}>{a.unitId}</Descriptions.Item>
            <Descriptions.Item label={t('admin.accounts.status')}>
              <AccountStatus status={a.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('admin.accounts.staffStatus')}>{t(`admin.accounts.staffStatuses.${a.staffStatus}`, { defaultValue: a.staffStatus })}</Descriptions.Item>
            <Descriptions.Item label={t('admin.accounts.otp')}>{a.totpEnrolled ? t('admin.yes') : t('admin.no')}</Descriptions.Item>
            <Descriptions.Item label={t('admin.accounts.lastSignIn')}>{formatDateTime(a.lastSignInAt)}</Descriptions.Item>
          </Descriptions>
          {canChangeState && (
            <Space wrap>
              {a.status === 'active' ? (
                <Button onClick={() => setAct('suspend')} data-testid="account-suspend">
                  {t('admin.accounts.suspend')}
                </Button>
              ) : (
                <Button onClick={() => setAct('reinstate')} data-testid="account-reinstate">
                  {t('admin.accounts.reinstate')}
                </Button>
              )}
              <Button onClick={() => setAct('reset')} data-testid="account-reset">
                {t('admin.accounts.reset')}
              </Button>
            </Space>
          )}
          {password && <Alert type="success" showIcon title={t('admin.accounts.temporaryPassword')} description={<Typography.Text code copyable>{password}</Typography.Text>} closable onClose={() => setPassword(null)} />}
          <div>
            <h2 style={{ fontSize: 16 }}>{t('admin.accounts.grants')}</h2>
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={detail.data?.grants ?? []}
              columns={[
                { title: t('admin.accounts.role'), dataIndex: 'role', render: (r: string) => t(`roles.${r}`) },
                { title: t('admin.accounts.unit'), dataIndex: 'unitId' },
                { title: t('admin.accounts.validUntil'), dataIndex: 'validUntil', render: (v: string) => formatDate(v) },
                {
                  title: t('admin.actions'),
                  key: 'end',
                  render: (_x, g) =>
                    g.revokedAt ? (
                      t('admin.accounts.ended', { date: formatDate(g.revokedAt) })
                    ) : (
                      <Button size="small" onClick={() => setEnding(g.id)}>
                        {t('admin.accounts.endGrant')}
                      </Button>
                    ),
                },
              ]}
            />
          </div>
          <div>
            <h2 style={{ fontSize: 16 }}>{t('admin.accounts.devices')}</h2>
            <ErrorAlert error={activity.error} />
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={activity.data?.devices ?? []}
              data-testid="account-devices"
              columns={[
                { title: t('admin.accounts.deviceName'), dataIndex: 'name' },
                { title: t('admin.accounts.status'), dataIndex: 'status', render: (v: string) => t(`admin.accounts.deviceStatuses.${v}`, { defaultValue: v }) },
                { title: t('admin.accounts.lastSeen'), dataIndex: 'lastSeenAt', render: (v: string | null) => formatDateTime(v) },
              ]}
            />
          </div>
          <div>
            <h2 style={{ fontSize: 16 }}>{t('admin.accounts.sessions')}</h2>
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={activity.data?.sessions ?? []}
              data-testid="account-sessions"
              columns={[
                { title: t('admin.accounts.started'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
                { title: t('admin.accounts.lastSeen'), dataIndex: 'lastSeenAt', render: (v: string) => formatDateTime(v) },
                { title: t('admin.accounts.address'), dataIndex: 'ip' },
                { title: t('admin.accounts.status'), key: 'live', render: (_x, x) => (x.live ? t('admin.accounts.live') : t('admin.accounts.sessionEnded')) },
              ]}
            />
          </div>
          <Form form={grantForm} layout="vertical" onFinish={(v) => grant.mutate(v)}>
            <h2 style={{ fontSize: 16 }}>{t('admin.accounts.newGrant')}</h2>
            <Space wrap align="start">
              <Form.Item name="role" label={t('admin.accounts.role')} rules={[{ required: true, message: t('form.required') }]}>
                <Select style={{ width: 220 }} options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} aria-label={t('admin.accounts.role')} />
              </Form.Item>
              <Form.Item name="unitId" label={t('admin.accounts.unit')} initialValue={a.unitId} rules={[{ required: true, pattern: /^[A-Za-z0-9-]+$/, message: t('form.required') }]}>
                <Input style={{ width: 120 }} />
              </Form.Item>
              <Form.Item name="validUntil" label={t('admin.accounts.validUntil')} extra={t('admin.accounts.validUntilHint')} rules={[{ required: true, message: t('form.required') }]}>
                <DatePicker format="DD/MM/YYYY" aria-label={t('admin.accounts.validUntil')} />
              </Form.Item>
            </Space>
            <Form.Item name="reason" label={t('common.reason')} extra={t('common.reasonRecorded')} rules={[{ required: true, min: 3, whitespace: true, message: t('form.reasonRequired', { min: 3 }) }]}>
              <Input />
            </Form.Item>
            <Button htmlType="submit" loading={grant.isPending}>
              {t('admin.accounts.grant')}
            </Button>
            <ErrorAlert error={grant.error} />
          </Form>
        </Space>
      )}
      {act && (
        <ReasonModal
          open
          danger={act !== 'reinstate'}
          title={t(`admin.accounts.${act}`)}
          consequence={effects[act]}
          submitLabel={t(`admin.accounts.${act}`)}
          minLength={3}
          pending={run.isPending}
          error={run.error}
          onCancel={() => {
            run.reset();
            setAct(null);
          }}
          onSubmit={(v) => run.mutate({ act, reason: v.reason.trim() })}
          testId={`account-${act}`}
        />
      )}
      {ending && (
        <ReasonModal
          open
          danger
          title={t('admin.accounts.endGrant')}
          consequence={t('admin.accounts.endEffect')}
          submitLabel={t('admin.accounts.endGrant')}
          minLength={3}
          pending={endGrant.isPending}
          error={endGrant.error}
          onCancel={() => {
            endGrant.reset();
            setEnding(null);
          }}
          onSubmit={(v) => endGrant.mutate({ id: ending, reason: v.reason.trim() })}
          testId="grant-end"
        />
      )}
    </Drawer>
  );
}

/** The page. */
export default function AccountsPage(): React.JSX.Element {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [offset, setOffset] = useState(0);
  const [open, setOpen] = useState<string | null>(null);
  const list = useQuery({
    queryKey: ['admin-accounts', q, offset],
    queryFn: () => unwrap(api.GET('/api/admin/accounts', { params: { query: { limit: PAGE + 1, offset, ...(q ? { q } : {}) } } })),
  });
  const rows: Account[] = (list.data ?? []).slice(0, PAGE);
  return (
    <Card title={<h1 style={{ fontSize: 20, margin: 0 }}>{t('admin.accounts.title')}</h1>}>
      <Input.Search
        allowClear
        enterButton={t('admin.search')}
        aria-label={t('admin.accounts.search')}
        placeholder={t('admin.accounts.search')}
        style={{ maxWidth: 420, marginBottom: 16 }}
        onSearch={(v) => {
          setOffset(0);
          setQ(v.trim().length >= 1 ? v.trim() : '');
        }}
        data-testid="accounts-search"
      />
      <ErrorAlert error={list.error} />
      <Table<Account>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={rows}
        pagination={false}
        scroll={{ x: true }}
        data-testid="accounts-table"
        columns={[
          {
            title: t('admin.accounts.staffNo'),
            dataIndex: 'username',
            render: (v: string, a) => (
              <Button type="link" onClick={() => setOpen(a.id)} style={{ padding: 0 }} data-testid={`open-${v}`}>
                {v}
              </Button>
            ),
          },
          { title: t('admin.accounts.name'), dataIndex: 'fullName' },
          { title: t('admin.accounts.unit'), dataIndex: 'unitId' },
          { title: t('admin.accounts.status'), dataIndex: 'status', render: (v: string) => <AccountStatus status={v} /> },
          { title: t('admin.accounts.staffStatus'), dataIndex: 'staffStatus', render: (v: string) => t(`admin.accounts.staffStatuses.${v}`, { defaultValue: v }) },
          { title: t('admin.accounts.otp'), dataIndex: 'totpEnrolled', render: (v: boolean) => (v ? t('admin.yes') : t('admin.no')) },
          { title: t('admin.accounts.lastSignIn'), dataIndex: 'lastSignInAt', render: (v: string | null) => formatDateTime(v) },
        ]}
      />
      <Space style={{ marginTop: 12 }}>
        <Button disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
          {t('admin.previous')}
        </Button>
        <Button disabled={(list.data?.length ?? 0) <= PAGE} onClick={() => setOffset(offset + PAGE)}>
          {t('admin.next')}
        </Button>
      </Space>
      {open && <AccountDrawer accountId={open} onClose={() => setOpen(null)} />}
    </Card>
  );
}
