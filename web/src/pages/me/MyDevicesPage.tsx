/**
 * My devices: the computers registered (or waiting) for my account.
 */
import { Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';

const COLORS: Record<string, string> = { approved: 'green', pending: 'gold', rejected: 'red', revoked: 'default' };

/** The page. */
export default function MyDevicesPage(): React.JSX.Element {
  const { t } = useTranslation();
  const devices = useQuery({ queryKey: ['my-devices'], queryFn: () => unwrap(api.GET('/api/auth/devices')) });
  return (
    <Card title={<h1 style={{ fontSize: 20, margin: 0 }}>{t('nav.myDevices')}</h1>}>
      <ErrorAlert error={devices.error} />
      <Table
        rowKey="id"
        loading={devices.isLoading}
        dataSource={devices.data ?? []}
        pagination={{ pageSize: 20 }}
        scroll={{ x: true }}
        columns={[
          { title: t('devices.name'), dataIndex: 'name' },
          { title: t('devices.status'), dataIndex: 'status', render: (v: string) => <Tag color={COLORS[v]}>{t(`devices.statuses.${v}`)}</Tag> },
          { title: t('devices.requested'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
          { title: t('devices.approvedAt'), dataIndex: 'approvedAt', render: (v: string | null) => formatDateTime(v) },
          { title: t('devices.lastSeen'), dataIndex: 'lastSeenAt', render: (v: string | null) => formatDateTime(v) },
        ]}
      />
    </Card>
  );
}
