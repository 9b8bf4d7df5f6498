/**
 * Detection rules and their parameters (issue 13, item 5): every rule with its severity, the parameters the
 * running detector uses and the saved settings; the central security admin switches a rule off or on and
 * changes its thresholds, with a reason recorded in the audit log.
 */
import { useState } from 'react';
import { Alert, Button, Card, Form, Input, InputNumber, Modal, Select, Space, Switch, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { ErrorAlert } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { hasRole, useMe } from '../../lib/session';
import { currentLang } from '../../i18n';
import { StatusTag } from '../audit/StatusTag';

type Rule = paths['/api/detect/rule-settings']['get']['responses'][200]['content']['application/json'][number];
type Value = Rule['defaults'][string];

const show = (v: Value): string => (Array.isArray(v) ? v.join(', ') : String(v));
const paramText = (p: Record<string, Value>): string =>
  Object.entries(p)
    .map(([k, v]) => `${k} = ${show(v)}`)
    .join('; ');

function EditRule({ rule, onClose }: { rule: Rule; onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ enabled: boolean; reason: string; params: Record<string, Value> }>();
  const save = useMutation({
    mutationFn: (v: { enabled: boolean; reason: string; params: Record<string, Value> }) =>
      unwrap(api.PUT('/api/detect/rule-settings/{id}', { params: { path: { id: rule.id } }, body: { enabled: v.enabled, params: v.params, reason: v.reason.trim() } })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['rule-settings'] });
      onClose();
    },
  });
  const initial = { ...rule.defaults, ...rule.overrides };
  return (
    <Modal
      open
      title={t('admin.rules.editTitle', { id: rule.id })}
      okText={t('admin.rules.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: save.isPending }}
      onCancel={onClose}
      onOk={() => void form.validateFields().then((v) => save.mutate(v))}
      width={640}
    >
      <Alert type="info" showIcon title={t('admin.rules.effect')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" initialValues={{ enabled: rule.enabled, params: initial }}>
        <Form.Item name="enabled" label={t('admin.rules.enabled')} valuePropName="checked">
          <Switch data-testid="rule-enabled" />
        </Form.Item>
        {Object.entries(rule.defaults).map(([k, d]) => (
          <Form.Item key={k} name={['params', k]} label={k} extra={t('admin.rules.default', { value: show(d) })} rules={typeof d === 'number' ? [{ required: true, message: t('form.required') }] : []}>
            {typeof d === 'number' ? (
              <InputNumber min={Number.isInteger(d) ? 1 : 0.0001} step={Number.isInteger(d) ? 1 : 0.1} precision={Number.isInteger(d) ? 0 : undefined} data-testid={`param-${k}`} />
            ) : typeof d === 'boolean' ? (
              <Switch />
            ) : Array.isArray(d) ? (
              <Select mode="tags" aria-label={k} />
            ) : (
              <Input />
            )}
          </Form.Item>
        ))}
        <Form.Item name="reason" label={t('common.reason')} extra={t('common.reasonRecorded')} rules={[{ required: true, min: 3, whitespace: true, message: t('form.reasonRequired', { min: 3 }) }]}>
          <Input maxLength={500} data-testid="rule-reason" />
        </Form.Item>
      </Form>
      <ErrorAlert error={save.error} />
    </Modal>
  );
}

/** The page. */
export default function RulesPage(): React.JSX.Element {
  const { t } = useTranslation();
  const me = useMe();
  const lang = currentLang();
  const central = hasRole(me.data, ['central_security_admin']);
  const [editing, setEditing] = useState<Rule | null>(null);
  const rules = useQuery({ queryKey: ['rule-settings'], queryFn: () => unwrap(api.GET('/api/detect/rule-settings')) });
  return (
    <Card title={<h1 style={{ fontSize: 20, margin: 0 }}>{t('admin.rules.title')}</h1>}>
      <ErrorAlert error={rules.error} />
      <Table<Rule>
        rowKey="id"
        size="small"
        loading={rules.isLoading}
        dataSource={rules.data ?? []}
        pagination={false}
        scroll={{ x: true }}
        data-testid="rules-table"
        expandable={{ expandedRowRender: (r) => <p style={{ margin: 0 }}>{r.description[lang]}</p> }}
        columns={[
          { title: t('admin.rules.id'), dataIndex: 'id' },
          { title: t('admin.rules.name'), key: 'name', render: (_x, r) => r.name[lang] },
          { title: t('admin.rules.severity'), dataIndex: 'severity', render: (s: string) => t(`admin.rules.severities.${s}`, { defaultValue: s }) },
          { title: t('admin.rules.state'), dataIndex: 'enabled', render: (on: boolean) => <StatusTag tone={on ? 'good' : 'warn'}>{on ? t('admin.rules.on') : t('admin.rules.off')}</StatusTag> },
          { title: t('admin.rules.running'), key: 'running', render: (_x, r) => paramText(r.running) },
          {
            title: t('admin.rules.saved'),
            key: 'saved',
            render: (_x, r) =>
              r.updatedAt ? (
                <Space direction="vertical" size={0}>
                  <span data-testid={`saved-${r.id}`}>{Object.keys(r.overrides).length > 0 ? paramText(r.overrides) : t('admin.rules.defaults')}</span>
                  <span>{t('admin.rules.changed', { at: formatDateTime(r.updatedAt), reason: r.reason ?? '' })}</span>
                </Space>
              ) : (
                t('admin.rules.defaults')
              ),
          },
          ...(central
            ? [
                {
                  title: t('admin.actions'),
                  key: 'edit',
                  render: (_x: unknown, r: Rule) => (
                    <Button size="small" onClick={() => setEditing(r)} data-testid={`edit-${r.id}`}>
                      {t('admin.rules.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && <EditRule rule={editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}
