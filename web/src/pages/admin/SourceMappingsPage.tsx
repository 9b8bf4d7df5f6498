/**
 * Access-log mappings (issue 15, item 4; central security admin and system admin): for an application that can
 * neither call the decision service nor sit behind the gateway, which fields of its access-log lines hold the
 * account, the person, the action, the purpose and the outcome. The declared mappings are listed; declaring or
 * replacing one (JSON) asks for confirmation and a reason, and the server's refusal is shown field by field.
 */
import { useState } from 'react';
import { Alert, Card, Form, Input, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { ErrorAlert } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { JsonMapEditor } from './JsonMapEditor';

type Listed = paths['/api/detect/source-mappings']['get']['responses'][200]['content']['application/json'][number];
type Mapping = Listed['mapping'];

/** A mapping to start from (the example application's). */
const EXAMPLE: Mapping = {
  displayName: 'Phần mềm thu BHXH',
  fields: { account: 'user', person: 'maSo', action: 'act', purpose: 'purpose', outcome: 'result', ip: 'ip' },
  personKind: 'social_insurance_no',
  actions: { tim_kiem: 'search', xem_qua_trinh: 'view' },
  record: 'participation',
};

const SYSTEM = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** The page. */
export default function SourceMappingsPage(): React.JSX.Element {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [system, setSystem] = useState('');
  const mappings = useQuery({ queryKey: ['source-mappings'], queryFn: () => unwrap(api.GET('/api/detect/source-mappings')) });
  const chosen = system.trim();
  const valid = SYSTEM.test(chosen);
  const existing = (mappings.data ?? []).find((m) => m.system === chosen) ?? null;
  const save = async (mapping: unknown, reason: string): Promise<void> => {
    await unwrap(api.PUT('/api/detect/source-mappings/{system}', { params: { path: { system: chosen } }, body: { reason, mapping: mapping as Mapping } }));
    await qc.invalidateQueries({ queryKey: ['source-mappings'] });
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={1} style={{ fontSize: 22 }}>{t('admin.sourceMappings.title')}</Typography.Title>
      <Typography.Paragraph>{t('admin.sourceMappings.hint')}</Typography.Paragraph>
      <ErrorAlert error={mappings.error} />
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('admin.sourceMappings.list')}</h2>}>
        <Table<Listed>
          rowKey="system"
          size="small"
          loading={mappings.isLoading}
          dataSource={mappings.data ?? []}
          pagination={{ pageSize: 20 }}
          data-testid="source-mappings-table"
          columns={[
            { title: t('admin.sources.system'), dataIndex: 'system', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
            { title: t('admin.sourceMappings.displayName'), key: 'displayName', render: (_x, r) => r.mapping.displayName },
            { title: t('admin.sourceMappings.personKind'), key: 'personKind', render: (_x, r) => t(`admin.sourceMappings.personKinds.${r.mapping.personKind}`) },
            { title: t('admin.sourceMappings.record'), key: 'record', render: (_x, r) => t(`admin.maps.records.${r.mapping.record ?? 'person'}`) },
            { title: t('admin.sourceMappings.actions'), key: 'actions', render: (_x, r) => Object.entries(r.mapping.actions).map(([k, v]) => `${k} → ${v}`).join(', ') },
            { title: t('admin.maps.updatedAt'), dataIndex: 'updatedAt', render: (v: string) => formatDateTime(v) },
            {
              title: t('admin.actions'),
              key: 'edit',
              render: (_x, r) => (
                <Typography.Link onClick={() => setSystem(r.system)} data-testid={`edit-mapping-${r.system}`}>
                  {t('admin.sourceMappings.editThis')}
                </Typography.Link>
              ),
            },
          ]}
        />
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('admin.sourceMappings.edit')}</h2>}>
        <Form layout="vertical" style={{ maxWidth: 420 }}>
          <Form.Item
            label={t('admin.sources.system')}
            htmlFor="mapping-system"
            validateStatus={chosen && !valid ? 'error' : undefined}
            help={chosen && !valid ? t('admin.sources.systemFormat') : undefined}
          >
            <Input id="mapping-system" value={system} onChange={(e) => setSystem(e.target.value)} data-testid="mapping-system" />
          </Form.Item>
        </Form>
        {valid && (
          <>
            {!existing && <Alert type="info" showIcon title={t('admin.sourceMappings.new', { system: chosen })} style={{ marginBottom: 12 }} />}
            <JsonMapEditor
              key={chosen}
              current={existing?.mapping ?? null}
              example={EXAMPLE}
              testId="source-mapping"
              editable
              confirmTitle={t('admin.sourceMappings.edit')}
              confirmEffect={t(existing ? 'admin.sourceMappings.replaceEffect' : 'admin.sourceMappings.declareEffect', { system: chosen })}
              onSave={save}
            />
          </>
        )}
      </Card>
    </Space>
  );
}
