/**
 * Gateway route maps (issue 15, item 3; the central security admin declares, security officers and auditors
 * read): for a business system behind the nginx gateway, which requests show a person's data, with which action
 * and record, and where the person's identifier sits. The map in force is listed route by route; replacing it
 * (JSON) asks for confirmation and a reason, and a malformed map is refused whole with every problem the server
 * names (`KHIEN_ACCESS_GATEWAY_ROUTE_MAP_INVALID`), the map in force kept.
 */
import { useState } from 'react';
import { Card, Descriptions, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { ErrorAlert } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { hasRole, useMe } from '../../lib/session';
import { JsonMapEditor } from './JsonMapEditor';

type RouteMap = NonNullable<paths['/api/access/systems/{id}/gateway-routes']['get']['responses'][200]['content']['application/json']['routeMap']>;
type Route = RouteMap['routes'][number];

/** The route's reason is at least 5 characters, as every access-administration reason (`access-admin.schemas.ts`). */
const GATEWAY_REASON_MIN = 5;

/** A map to start from when a system has none (the example application's). */
const EXAMPLE: RouteMap = {
  routes: [
    { pattern: '/', action: 'none' },
    { pattern: '/tim-kiem', action: 'search', subject: { in: 'query', name: 'maSo', optional: true } },
    { pattern: '/nguoi-tham-gia/:maSo', action: 'view', record: 'participation', subject: { in: 'path', name: 'maSo' } },
  ],
};

/** The page. */
export default function GatewayRoutesPage(): React.JSX.Element {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const me = useMe();
  const editable = hasRole(me.data, ['central_security_admin']);
  const [systemId, setSystemId] = useState<string | null>(null);
  const systems = useQuery({ queryKey: ['business-systems'], queryFn: () => unwrap(api.GET('/api/access/systems/')) });
  const live = (systems.data?.systems ?? []).filter((s) => !s.revokedAt);
  const system = live.find((s) => s.id === systemId) ?? null;
  const map = useQuery({
    queryKey: ['gateway-routes', systemId],
    enabled: systemId !== null,
    queryFn: () => unwrap(api.GET('/api/access/systems/{id}/gateway-routes', { params: { path: { id: systemId ?? '' } } })),
  });
  const save = async (routeMap: unknown, reason: string): Promise<void> => {
    if (!systemId) return;
    await unwrap(api.PUT('/api/access/systems/{id}/gateway-routes', { params: { path: { id: systemId } }, body: { reason, routeMap: routeMap as RouteMap } }));
    await qc.invalidateQueries({ queryKey: ['gateway-routes', systemId] });
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={1} style={{ fontSize: 22 }}>{t('admin.gatewayRoutes.title')}</Typography.Title>
      <Typography.Paragraph>{t('admin.gatewayRoutes.hint')}</Typography.Paragraph>
      <Card>
        <Space wrap>
          <label htmlFor="gateway-system">{t('admin.sso.system')}</label>
          <Select
            id="gateway-system"
            data-testid="gateway-system"
            style={{ minWidth: 360 }}
            loading={systems.isLoading}
            value={systemId ?? undefined}
            placeholder={t('admin.gatewayRoutes.choose')}
            onChange={(v: string) => setSystemId(v)}
            options={live.map((s) => ({ value: s.id, label: `${s.displayName} (${s.name})` }))}
          />
        </Space>
      </Card>
      <ErrorAlert error={systems.error ?? map.error} />
      {system && map.data && (
        <>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('admin.gatewayRoutes.inForce', { name: system.displayName })}</h2>}>
            <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
              <Descriptions.Item label={t('admin.maps.updatedAt')}>{map.data.updatedAt ? formatDateTime(map.data.updatedAt) : t('admin.gatewayRoutes.none')}</Descriptions.Item>
            </Descriptions>
            <Table<Route>
              rowKey={(_r, i) => String(i)}
              size="small"
              pagination={false}
              dataSource={map.data.routeMap?.routes ?? []}
              data-testid="gateway-routes-table"
              columns={[
                { title: t('admin.gatewayRoutes.pattern'), dataIndex: 'pattern', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
                { title: t('admin.gatewayRoutes.methods'), dataIndex: 'methods', render: (v: Route['methods']) => (v ?? ['GET', 'HEAD']).join(', ') },
                { title: t('admin.gatewayRoutes.action'), dataIndex: 'action', render: (v: Route['action']) => t(`admin.gatewayRoutes.actions.${v}`) },
                { title: t('admin.gatewayRoutes.record'), dataIndex: 'record', render: (v: Route['record']) => t(`admin.maps.records.${v ?? 'person'}`) },
                {
                  title: t('admin.gatewayRoutes.subject'),
                  dataIndex: 'subject',
                  render: (v: Route['subject']) => (v ? t(`admin.gatewayRoutes.subjectIn.${v.in}`, { name: v.name }) + (v.optional ? ` ${t('admin.gatewayRoutes.optional')}` : '') : null),
                },
                { title: t('admin.gatewayRoutes.purpose'), dataIndex: 'purpose' },
              ]}
            />
          </Card>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t(editable ? 'admin.gatewayRoutes.edit' : 'admin.maps.asJson')}</h2>}>
            <JsonMapEditor
              key={system.id}
              current={map.data.routeMap}
              example={EXAMPLE}
              testId="gateway-routes"
              editable={editable}
              confirmTitle={t('admin.gatewayRoutes.edit')}
              confirmEffect={t('admin.gatewayRoutes.replaceEffect', { name: system.displayName })}
              onSave={save}
              reasonMinLength={GATEWAY_REASON_MIN}
            />
          </Card>
        </>
      )}
    </Space>
  );
}
