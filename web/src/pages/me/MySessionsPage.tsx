/**
 * My sessions: where I am signed in, and ending any of them.
 */
import { App, Button, Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';

/** The page. */
export default function MySessionsPage(): React.JSX.Element {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const queryClient = useQueryClient();
  const sessions = useQuery({ queryKey: ['my-sessions'], queryFn: () => unwrap(api.GET('/api/auth/sessions')) });
  const revoke = useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/auth/sessions/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['my-sessions'] }),
  });
  const ask = (id: string): void => {
    modal.confirm({ title: t('sessions.confirmTitle'), content: t('sessions.confirmBody'), okText: t('sessions.end'), cancelText: t('common.cancel'), onOk: () => revoke.mutateAsync(id) });
  };
  return (
    <Card title={<h1 style={{ fontSize: 20, margin: 0 }}>{t('nav.mySessions')}</h1>} extra={<Button onClick={() => ask('others')}>{t('sessions.endOthers')}</Button>}>
      <ErrorAlert error={sessions.error ?? revoke.error} />
      <Table
        rowKey="id"
        loading={sessions.isLoading}
        dataSource={sessions.data ?? []}
        pagination={{ pageSize: 20 }}
        scroll={{ x: true }}
        columns={[
          { title: t('sessions.started'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
          { title: t('sessions.lastSeen'), dataIndex: 'lastSeenAt', render: (v: string) => formatDateTime(v) },
          { title: t('sessions.address'), dataIndex: 'ip' },
          { title: t('sessions.browser'), dataIndex: 'userAgent', ellipsis: true },
          {
            title: t('sessions.state'),
            key: 'state',
            render: (_v, s) => (s.current ? <Tag color="green">{t('sessions.current')}</Tag> : s.live ? <Tag color="blue">{t('sessions.live')}</Tag> : <Tag>{t('sessions.ended')}</Tag>),
          },
          { title: '', key: 'act', render: (_v, s) => (s.live && !s.current ? <Button size="small" danger onClick={() => ask(s.id)}>{t('sessions.end')}</Button> : null) },
        ]}
      />
    </Card>
  );
}
