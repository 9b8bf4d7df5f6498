/**
 * Monthly technical security reports: the unit head reviews a draft and signs it with an Ed25519 key held in
 * this browser (`lib/signing.ts`: the private key never leaves it, the public key is registered to the
 * account), then downloads the PDF. The server verifies the signature over the canonical content.
 */
import { App, Button, Card, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { signText } from '../../lib/signing';

/** The page. */
export default function ReportsPage(): React.JSX.Element {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reports = useQuery({ queryKey: ['posture-reports'], queryFn: () => unwrap(api.GET('/api/posture/reports', { params: { query: {} } })) });
  const sign = useMutation({
    mutationFn: async (id: string) => {
      const report = await unwrap(api.GET('/api/posture/reports/{id}', { params: { path: { id } } }));
      const { signature } = await signText(report.canonical);
      return unwrap(api.POST('/api/posture/reports/{id}/sign', { params: { path: { id } }, body: { signature } }));
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['posture-reports'] });
      void message.success(t('posture.signed'));
    },
  });
  return (
    <Card title={<h1 style={{ fontSize: 20, margin: 0 }}>{t('nav.postureReports')}</h1>}>
      <ErrorAlert error={reports.error ?? sign.error} />
      <Table
        rowKey="id"
        loading={reports.isLoading}
        dataSource={reports.data ?? []}
        pagination={{ pageSize: 20 }}
        columns={[
          { title: t('posture.unit'), dataIndex: 'unitId' },
          { title: t('posture.month'), dataIndex: 'month' },
          { title: t('posture.state'), dataIndex: 'status', render: (v: string) => <Tag color={v === 'signed' ? 'green' : 'default'}>{t(`posture.reportStates.${v}`)}</Tag> },
          { title: t('posture.signedAt'), dataIndex: 'signedAt', render: (v: string | null) => formatDateTime(v) },
          {
            title: '',
            key: 'act',
            render: (_v, r) => (
              <Space>
                {r.status === 'draft' ? (
                  <Button type="primary" size="small" loading={sign.isPending} onClick={() => sign.mutate(r.id)} data-testid={`sign-${r.id}`}>
                    {t('posture.sign')}
                  </Button>
                ) : null}
                <a href={`/api/posture/reports/${r.id}/pdf`}>{t('posture.pdf')}</a>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
