/**
 * Assets of the units in the caller's scope (security officers, unit heads, the central team).
 */
import { Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';

/** The page. */
export default function AssetsPage(): React.JSX.Element {
  const { t } = useTranslation();
  const assets = useQuery({ queryKey: ['posture-assets'], queryFn: () => unwrap(api.GET('/api/posture/assets', { params: { query: { limit: 500, offset: 0 } } })) });
  return (
    <Card title={<h1 style={{ fontSize: 20, margin: 0 }}>{t('nav.postureAssets')}</h1>}>
      <ErrorAlert error={assets.error} />
      <Table
        rowKey="id"
        loading={assets.isLoading}
        dataSource={assets.data ?? []}
        pagination={{ pageSize: 20 }}
        scroll={{ x: true }}
        columns={[
          { title: t('posture.unit'), dataIndex: 'unitId' },
          { title: t('posture.assetName'), dataIndex: 'name' },
          { title: t('posture.kind'), dataIndex: 'kind', render: (v: string) => t(`posture.kinds.${v}`) },
          { title: t('posture.address'), dataIndex: 'address' },
          { title: t('posture.os'), key: 'os', render: (_v, a) => [a.os, a.osVersion].filter(Boolean).join(' ') },
          { title: t('posture.exposure'), dataIndex: 'exposure', render: (v: string) => <Tag color={v === 'internet' ? 'red' : 'default'}>{t(`posture.exposures.${v}`)}</Tag> },
          { title: t('posture.infoSystem'), dataIndex: 'infoSystem' },
          { title: t('posture.lastCheckIn'), dataIndex: 'lastCheckInAt', render: (v: string | null) => formatDateTime(v) },
        ]}
      />
    </Card>
  );
}
