/**
 * Export requests filed from the head's units: approve or refuse with a note (four eyes: one's own request is
 * shown but cannot be decided here, and the server refuses it anyway).
 */
import { useState } from 'react';
import { App, Button, Card, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { ErrorAlert } from '../../lib/errors';
import { formatNumber } from '../../lib/format';
import { usePurposes } from '../../lib/purposes';
import { ReasonModal } from '../../lib/reason-modal';
import { useMe } from '../../lib/session';
import { currentLang } from '../../i18n';
import { EXPORT_STATUSES } from '../staff/export-status';
import { exportColumns, type ExportItem } from '../staff/export-columns';

type Status = NonNullable<paths['/api/access/exports']['get']['parameters']['query']>['status'];
type Item = ExportItem;
const PAGE = 20;

/** The page. */
export default function ExportApprovalsPage(): React.JSX.Element {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const queryClient = useQueryClient();
  const purposes = usePurposes();
  const cols = exportColumns(t);
  const purposeName = (code: string): string => purposes.data?.purposes.find((p) => p.code === code)?.[currentLang()] ?? code;
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<Status>('pending');
  const [deciding, setDeciding] = useState<{ item: Item; approve: boolean } | null>(null);
  const list = useQuery({
    queryKey: ['exports', 'unit', status, page],
    queryFn: () => unwrap(api.GET('/api/access/exports', { params: { query: { scope: 'unit', status, limit: PAGE, offset: (page - 1) * PAGE } } })),
  });
  const decide = useMutation({
    mutationFn: (v: { id: string; approve: boolean; note: string }) =>
      unwrap(
        v.approve
          ? api.POST('/api/access/exports/{id}/approve', { params: { path: { id: v.id } }, body: { note: v.note } })
          : api.POST('/api/access/exports/{id}/reject', { params: { path: { id: v.id } }, body: { note: v.note } }),
      ),
    onSuccess: () => {
      setDeciding(null);
      void queryClient.invalidateQueries({ queryKey: ['exports'] });
      void message.success(t('common.saved'));
    },
  });
  const myId = me.data?.accountId;
  return (
    <Card title={<h1 style={{ fontSize: 20, margin: 0 }}>{t('head.nav.exports')}</h1>}>
      <Typography.Paragraph>{t('head.exports.explain')}</Typography.Paragraph>
      <Space style={{ marginBottom: 12 }} wrap>
        <Select<Status>
          allowClear
          aria-label={t('work.exports.status')}
          placeholder={t('work.exports.allStatuses')}
          style={{ minWidth: 200 }}
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
          options={EXPORT_STATUSES.map((s) => ({ value: s, label: t(`work.exports.statuses.${s}`) }))}
        />
      </Space>
      <ErrorAlert error={list.error} />
      <Table<Item>
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={{ current: page, pageSize: PAGE, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        scroll={{ x: true }}
        expandable={{ expandedRowRender: (r) => <Typography.Paragraph style={{ margin: 0 }}>{t('head.exports.reasonLine', { reason: r.reason, categories: r.categories.map((c) => t(`categories.${c}`)).join(', '), provinces: r.provinces.join(', ') })}</Typography.Paragraph> }}
        columns={[
          cols.requestNo,
          { title: t('head.exports.requester'), key: 'requester', render: (_v, r) => `${r.requester.username} · ${r.requester.fullName}` },
          cols.filedAt,
          { title: t('assignment.purpose'), dataIndex: 'purpose', render: (v: string) => purposeName(v) },
          cols.records,
          cols.recipient,
          cols.status,
          {
            title: t('head.actionsColumn'),
            key: 'act',
            render: (_v, r) =>
              r.status !== 'pending' ? (r.approver ? t('head.exports.decidedBy', { name: r.approver.username }) : '') : r.requester.accountId === myId ? (
                <Typography.Text type="secondary" data-testid={`own-${r.requestNo}`}>{t('head.exports.ownRequest')}</Typography.Text>
              ) : (
                <Space>
                  <Button type="primary" size="small" onClick={() => setDeciding({ item: r, approve: true })} data-testid={`approve-${r.requestNo}`}>
                    {t('head.exports.approve')}
                  </Button>
                  <Button danger size="small" onClick={() => setDeciding({ item: r, approve: false })} data-testid={`refuse-${r.requestNo}`}>
                    {t('head.exports.refuse')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      <ReasonModal
        open={deciding !== null}
        title={deciding ? t(deciding.approve ? 'head.exports.approveTitle' : 'head.exports.refuseTitle', { no: deciding.item.requestNo }) : ''}
        consequence={deciding ? t(deciding.approve ? 'head.exports.approveConsequence' : 'head.exports.refuseConsequence', { name: deciding.item.requester.username, records: formatNumber(deciding.item.records) }) : ''}
        submitLabel={deciding?.approve ? t('head.exports.approve') : t('head.exports.refuse')}
        danger={deciding ? !deciding.approve : false}
        minLength={3}
        pending={decide.isPending}
        error={decide.error}
        onCancel={() => setDeciding(null)}
        onSubmit={(v) => deciding && decide.mutate({ id: deciding.item.id, approve: deciding.approve, note: v.reason })}
        testId="export-decision"
      />
    </Card>
  );
}
