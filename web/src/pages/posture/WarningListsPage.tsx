/**
 * Warning lists that concern the caller's units: the units still to confirm, and the confirmation itself
 * (checked, with or without findings).
 */
import { App, Button, Card, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';

/** The page. */
export default function WarningListsPage(): React.JSX.Element {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const lists = useQuery({ queryKey: ['posture-warnings'], queryFn: () => unwrap(api.GET('/api/posture/warning-lists')) });
  const confirm = useMutation({
    mutationFn: (v: { id: string; unitId: string; found: boolean }) =>
      unwrap(api.POST('/api/posture/warning-lists/{id}/confirmations', { params: { path: { id: v.id } }, body: { unitId: v.unitId, found: v.found } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['posture-warnings'] });
      void message.success(t('common.saved'));
    },
  });
  return (
    <Card title={<h1 style={{ fontSize: 20, margin: 0 }}>{t('nav.postureWarnings')}</h1>}>
      <ErrorAlert error={lists.error ?? confirm.error} />
      <Table
        rowKey="id"
        loading={lists.isLoading}
        dataSource={lists.data ?? []}
        pagination={{ pageSize: 20 }}
        scroll={{ x: true }}
        columns={[
          { title: t('posture.listTitle'), dataIndex: 'title' },
          { title: t('posture.source'), dataIndex: 'source' },
          { title: t('posture.indicators'), dataIndex: 'indicatorCount' },
          { title: t('posture.confirmBy'), key: 'by', render: (_v, l) => <Space>{formatDateTime(l.confirmBy)}{l.overdue ? <Tag color="red">{t('posture.overdue')}</Tag> : null}</Space> },
          {
            title: t('posture.pending'),
            key: 'pending',
            render: (_v, l) => (
              <Space wrap>
                {l.pendingUnits.map((u) => (
                  <Space key={u}>
                    <Tag>{u}</Tag>
                    <Button size="small" onClick={() => confirm.mutate({ id: l.id, unitId: u, found: false })}>{t('posture.confirmNothing')}</Button>
                    <Button size="small" danger onClick={() => confirm.mutate({ id: l.id, unitId: u, found: true })}>{t('posture.confirmFound')}</Button>
                  </Space>
                ))}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
