/**
 * The unit's assignments: filter by staff member, status and expiry (including those about to expire), page
 * on the server; amend (a new version with new terms, the old one kept) or revoke (ends at once, with a
 * reason, after saying what will happen).
 */
import { useState } from 'react';
import { App, Button, Card, Checkbox, DatePicker, Form, Input, Select, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { ErrorAlert } from '../../lib/errors';
import { formatDate, formatDateTime } from '../../lib/format';
import { usePurposes } from '../../lib/purposes';
import { ReasonModal } from '../../lib/reason-modal';
import { StatusTag } from '../../lib/status-tag';
import { currentLang } from '../../i18n';
import { StaffPicker } from './StaffPicker';
import { vnDayEnd, vnDayOf, vnDayStart, vnTodayIso } from '../../lib/vn-date';

type Query = NonNullable<paths['/api/access/assignments']['get']['parameters']['query']>;
type Item = paths['/api/access/assignments']['get']['responses']['200']['content']['application/json']['items'][number];
type Terms = paths['/api/access/assignments/{assignmentId}/amend']['post']['requestBody']['content']['application/json'];
const CATEGORIES: Terms['categories'] = ['identity', 'contact', 'address', 'employment', 'health_insurance', 'benefits', 'sensitive'];
const ACTIONS: Terms['actions'] = ['search', 'view', 'update', 'export'];
const PAGE = 20;
type Expiry = 'any' | '7' | '30';

interface AmendFields {
  documentNo: string;
  categories: Terms['categories'];
  actions: Terms['actions'];
  validity: [Dayjs, Dayjs];
}

/** The page. */
export default function UnitAssignmentsPage(): React.JSX.Element {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const purposes = usePurposes();
  const purposeName = (code: string): string => purposes.data?.purposes.find((p) => p.code === code)?.[currentLang()] ?? code;
  const [page, setPage] = useState(1);
  const [assignee, setAssignee] = useState<string | undefined>();
  const [status, setStatus] = useState<Query['status']>('active');
  const [expiry, setExpiry] = useState<Expiry>('any');
  const [revoking, setRevoking] = useState<Item | null>(null);
  const [amending, setAmending] = useState<Item | null>(null);
  const query: Query = { assignee, status, endingWithinDays: expiry === 'any' ? undefined : Number(expiry), limit: PAGE, offset: (page - 1) * PAGE };
  const list = useQuery({ queryKey: ['unit-assignments', query], queryFn: () => unwrap(api.GET('/api/access/assignments', { params: { query } })) });
  const done = (): void => {
    void queryClient.invalidateQueries({ queryKey: ['unit-assignments'] });
    void message.success(t('common.saved'));
  };
  const revoke = useMutation({
    mutationFn: (v: { id: string; reason: string }) => unwrap(api.POST('/api/access/assignments/{assignmentId}/revoke', { params: { path: { assignmentId: v.id } }, body: { reason: v.reason } })),
    onSuccess: () => {
      setRevoking(null);
      done();
    },
  });
  const amend = useMutation({
    mutationFn: (v: { id: string; body: Terms }) => unwrap(api.POST('/api/access/assignments/{assignmentId}/amend', { params: { path: { assignmentId: v.id } }, body: v.body })),
    onSuccess: () => {
      setAmending(null);
      done();
    },
  });
  const submitAmend = (a: Item, v: AmendFields): void => {
    amend.mutate({
      id: a.assignmentId,
      body: {
        documentNo: v.documentNo,
        documentDate: vnTodayIso(),
        purpose: a.purpose,
        categories: v.categories,
        actions: v.actions,
        scope: a.scope,
        validFrom: vnDayStart(v.validity[0]).toISOString(),
        validUntil: vnDayEnd(v.validity[1]).toISOString(),
      },
    });
  };
  const soon = Date.now() + 7 * 86_400_000;
  const reset = (): void => setPage(1);

  return (
    <Card title={<h1 style={{ fontSize: 20, margin: 0 }}>{t('head.nav.assignments')}</h1>} extra={<Link to="/head/assignments/new">{t('nav.newAssignment')}</Link>}>
      <Space wrap style={{ marginBottom: 12 }}>
        <StaffPicker
          allowClear
          aria-label={t('head.assignments.filterStaff')}
          style={{ minWidth: 260 }}
          value={assignee}
          onChange={(v) => {
            setAssignee(v);
            reset();
          }}
          testId="filter-staff"
        />
        <Select<NonNullable<Query['status']> | 'all'>
          aria-label={t('head.assignments.filterStatus')}
          style={{ minWidth: 180 }}
          value={status ?? 'all'}
          onChange={(v) => {
            setStatus(v === 'all' ? undefined : v);
            reset();
          }}
          options={(['all', 'active', 'expired', 'ended'] as const).map((s) => ({ value: s, label: t(`head.assignments.statuses.${s}`) }))}
          data-testid="filter-status"
        />
        <Select<Expiry>
          aria-label={t('head.assignments.filterExpiry')}
          style={{ minWidth: 220 }}
          value={expiry}
          onChange={(v) => {
            setExpiry(v);
            reset();
          }}
          options={(['any', '7', '30'] as const).map((s) => ({ value: s, label: t(`head.assignments.expiry.${s}`) }))}
          data-testid="filter-expiry"
        />
      </Space>
      <ErrorAlert error={list.error} />
      <Table<Item>
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={{ current: page, pageSize: PAGE, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        scroll={{ x: true }}
        columns={[
          { title: t('assignment.staff'), key: 'assignee', render: (_v, a) => `${a.assignee.username} · ${a.assignee.fullName}` },
          { title: t('assignment.document'), key: 'doc', render: (_v, a) => `${a.documentNo} · ${formatDate(a.documentDate)}` },
          { title: t('assignment.purpose'), dataIndex: 'purpose', render: (v: string) => purposeName(v) },
          { title: t('assignment.scope'), key: 'scope', render: (_v, a) => [...a.scope.provinces, ...a.scope.communes].join(', ') || t('assignment.named', { count: a.scope.persons.length + a.scope.employers.length }) },
          { title: t('assignment.actions'), dataIndex: 'actions', render: (v: string[]) => v.map((c) => <Tag key={c}>{t(`actions.${c}`)}</Tag>) },
          {
            title: t('assignment.validUntil'),
            dataIndex: 'validUntil',
            render: (v: string, a) => (
              <Space size={4}>
                <span>{formatDateTime(v)}</span>
                {a.status === 'active' && new Date(v).getTime() < soon && new Date(v).getTime() > Date.now() && <StatusTag tone="warn">{t('head.assignments.endingSoon')}</StatusTag>}
              </Space>
            ),
          },
          { title: t('head.assignments.signer'), key: 'signer', render: (_v, a) => a.signer.username },
          { title: t('assignment.status'), dataIndex: 'status', render: (v: string, a) => <StatusTag tone={v === 'active' && new Date(a.validUntil).getTime() > Date.now() ? 'ok' : 'neutral'}>{t(`head.assignments.statuses.${v === 'active' && new Date(a.validUntil).getTime() <= Date.now() ? 'expired' : v}`, { defaultValue: v })}</StatusTag> },
          {
            title: t('head.actionsColumn'),
            key: 'act',
            render: (_v, a) =>
              a.status === 'active' ? (
                <Space>
                  <Button size="small" onClick={() => setAmending(a)} data-testid={`amend-${a.assignee.username}`}>
                    {t('head.assignments.amend')}
                  </Button>
                  <Button size="small" danger onClick={() => setRevoking(a)} data-testid={`revoke-${a.assignee.username}`}>
                    {t('head.assignments.revoke')}
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
      <ReasonModal
        open={revoking !== null}
        title={t('head.assignments.revokeTitle')}
        consequence={revoking ? t('head.assignments.revokeConsequence', { name: `${revoking.assignee.username} · ${revoking.assignee.fullName}`, doc: revoking.documentNo, purpose: purposeName(revoking.purpose) }) : ''}
        submitLabel={t('head.assignments.revoke')}
        danger
        pending={revoke.isPending}
        error={revoke.error}
        onCancel={() => setRevoking(null)}
        onSubmit={(v) => revoking && revoke.mutate({ id: revoking.assignmentId, reason: v.reason })}
        testId="revoke"
      />
      {amending && (
        <Card type="inner" title={t('head.assignments.amendTitle', { name: amending.assignee.username, doc: amending.documentNo })} style={{ marginTop: 16 }} data-testid="amend-form">
          <Form<AmendFields>
            layout="vertical"
            requiredMark={false}
            initialValues={{ documentNo: amending.documentNo, categories: amending.categories, actions: amending.actions, validity: [vnDayOf(amending.validFrom), vnDayOf(amending.validUntil)] }}
            onFinish={(v) => submitAmend(amending, v)}
          >
            <Form.Item name="documentNo" label={t('head.assignments.amendDocument')} rules={[{ required: true, message: t('form.required') }]}>
              <Input maxLength={60} />
            </Form.Item>
            <Form.Item name="categories" label={t('assignment.categories')}>
              <Checkbox.Group role="group" aria-label={t('assignment.categories')} options={CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))} />
            </Form.Item>
            <Form.Item name="actions" label={t('assignment.actions')}>
              <Checkbox.Group role="group" aria-label={t('assignment.actions')} options={ACTIONS.map((c) => ({ value: c, label: t(`actions.${c}`) }))} />
            </Form.Item>
            <Form.Item name="validity" label={t('assignment.validity')} rules={[{ required: true, message: t('form.required') }]}>
              <DatePicker.RangePicker format="DD/MM/YYYY" />
            </Form.Item>
            <p>{t('head.assignments.amendConsequence')}</p>
            <ErrorAlert error={amend.error} />
            <Space>
              <Button type="primary" htmlType="submit" loading={amend.isPending} data-testid="amend-submit">
                {t('head.assignments.amendSubmit')}
              </Button>
              <Button onClick={() => setAmending(null)}>{t('common.cancel')}</Button>
            </Space>
          </Form>
        </Card>
      )}
    </Card>
  );
}
