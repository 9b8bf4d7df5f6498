/**
 * My export requests: status, who decided, and the download — once, by the requester, while the window is
 * open (the server refuses a second download).
 */
import { useState } from 'react';
import { App, Button, Card, Select, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { ErrorAlert } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { EXPORT_STATUSES } from './export-status';
import { exportColumns, type ExportItem } from './export-columns';

type Status = NonNullable<paths['/api/access/exports']['get']['parameters']['query']>['status'];
const PAGE = 20;

/** The page. */
export default function ExportsPage(): React.JSX.Element {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<Status>(undefined);
  const list = useQuery({
    queryKey: ['exports', 'mine', status, page],
    queryFn: () => unwrap(api.GET('/api/access/exports', { params: { query: { scope: 'mine', status, limit: PAGE, offset: (page - 1) * PAGE } } })),
  });
  const download = useMutation({
    mutationFn: async (r: { id: string; requestNo: string; format: string }) => {
      const blob = await unwrap(api.GET('/api/access/exports/{id}/download', { params: { path: { id: r.id } }, parseAs: 'blob' }));
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `${r.requestNo}.${r.format}`;
      a.click();
      URL.revokeObjectURL(url);
    },
    onSuccess: () => void message.success(t('work.exports.downloaded')),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['exports'] }),
  });
  const now = Date.now();
  const cols = exportColumns(t);
  return (
    <Card title={<h1 style={{ fontSize: 20, margin: 0 }}>{t('work.nav.exports')}</h1>}>
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
      <ErrorAlert error={list.error ?? download.error} />
      <Table<ExportItem>
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={{ current: page, pageSize: PAGE, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        scroll={{ x: true }}
        columns={[
          cols.requestNo,
          cols.filedAt,
          cols.records,
          cols.recipient,
          cols.status,
          { title: t('work.exports.decidedBy'), key: 'approver', render: (_v, r) => (r.approver ? `${r.approver.username} · ${r.approver.fullName}` : '') },
          { title: t('work.exports.note'), dataIndex: 'decisionNote' },
          {
            title: t('work.exports.file'),
            key: 'file',
            render: (_v, r) =>
              r.status === 'approved' && r.downloadExpiresAt && new Date(r.downloadExpiresAt).getTime() > now ? (
                <Space direction="vertical" size={0}>
                  <Button type="primary" size="small" loading={download.isPending} onClick={() => download.mutate(r)} data-testid={`download-${r.requestNo}`}>
                    {t('work.exports.download')}
                  </Button>
                  <span>{t('work.exports.until', { at: formatDateTime(r.downloadExpiresAt) })}</span>
                </Space>
              ) : r.downloadedAt ? (
                t('work.exports.downloadedAt', { at: formatDateTime(r.downloadedAt) })
              ) : (
                ''
              ),
          },
        ]}
      />
    </Card>
  );
}
