/**
 * Vulnerability and malware findings in the caller's scope, most urgent first: a security officer works a
 * finding (in progress, then fixed with a note that becomes evidence); overdue findings are marked.
 */
import { useState } from 'react';
import { App, Button, Card, Form, Input, Modal, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../lib/errors';
import { formatDate } from '../../lib/format';

const SEVERITY_COLOUR: Readonly<Record<string, string>> = { critical: 'red', high: 'volcano', medium: 'gold', low: 'blue' };

/** The page. */
export default function FindingsPage(): React.JSX.Element {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [fixing, setFixing] = useState<string | null>(null);
  const findings = useQuery({ queryKey: ['posture-findings'], queryFn: () => unwrap(api.GET('/api/posture/findings', { params: { query: { limit: 500, offset: 0 } } })) });
  const move = useMutation({
    mutationFn: (v: { id: string; to: 'in_progress' | 'fixed'; reason?: string }) =>
      unwrap(api.POST('/api/posture/findings/{id}/transition', { params: { path: { id: v.id } }, body: { to: v.to, reason: v.reason } })),
    onSuccess: () => {
      setFixing(null);
      void queryClient.invalidateQueries({ queryKey: ['posture-findings'] });
      void message.success(t('common.saved'));
    },
  });
  return (
    <Card title={<h1 style={{ fontSize: 20, margin: 0 }}>{t('nav.postureFindings')}</h1>}>
      <ErrorAlert error={findings.error ?? move.error} />
      <Table
        rowKey="id"
        loading={findings.isLoading}
        dataSource={findings.data ?? []}
        pagination={{ pageSize: 20 }}
        scroll={{ x: true }}
        columns={[
          { title: t('posture.unit'), dataIndex: 'unitId' },
          { title: t('posture.finding'), dataIndex: 'title' },
          { title: t('posture.severity'), dataIndex: 'severity', render: (v: string) => <Tag color={SEVERITY_COLOUR[v]}>{t(`posture.severities.${v}`)}</Tag> },
          { title: t('posture.state'), dataIndex: 'state', render: (v: string) => t(`posture.states.${v}`) },
          {
            title: t('posture.due'),
            key: 'due',
            render: (_v, f) => (
              <Space>
                {formatDate(f.dueAt)}
                {f.overdue ? <Tag color="red">{t('posture.overdue')}</Tag> : null}
              </Space>
            ),
          },
          {
            title: '',
            key: 'act',
            render: (_v, f) =>
              f.state === 'open' || f.state === 'in_progress' ? (
                <Space>
                  {f.state === 'open' ? (
                    <Button size="small" onClick={() => move.mutate({ id: f.id, to: 'in_progress' })} data-testid={`start-${f.id}`}>
                      {t('posture.start')}
                    </Button>
                  ) : null}
                  <Button type="primary" size="small" onClick={() => setFixing(f.id)} data-testid={`fix-${f.id}`}>
                    {t('posture.markFixed')}
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
      <Modal open={fixing !== null} title={t('posture.markFixed')} footer={null} onCancel={() => setFixing(null)} destroyOnHidden>
        <Form<{ reason: string }> layout="vertical" onFinish={(v) => move.mutate({ id: fixing!, to: 'fixed', reason: v.reason })}>
          <Form.Item name="reason" label={t('posture.fixNote')} extra={t('common.reasonRecorded')} rules={[{ required: true, min: 3, message: t('form.reasonRequired', { min: 3 }) }]}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={move.isPending} data-testid="confirm-fixed">
            {t('posture.markFixed')}
          </Button>
        </Form>
      </Modal>
    </Card>
  );
}
