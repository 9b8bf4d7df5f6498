/**
 * Export to the national centre from a case (central team): the STIX 2.1 bundle of what changed since the
 * case was detected (downloaded as a file) and sending the same period as CEF over syslog to the SOC.
 */
import { App, Button, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../lib/errors';
import { formatNumber } from '../../lib/format';
import { useMe } from '../../lib/session';
import type { CaseDetail } from './ui';

/** The card (central team only). */
export function NationalExport({ detail }: { detail: CaseDetail }): React.JSX.Element | null {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const me = useMe();
  const since = detail.detectedAt;
  const stix = useMutation({
    mutationFn: () => unwrap(api.GET('/api/respond/stix', { params: { query: { since } } })),
    onSuccess: (bundle) => {
      const url = URL.createObjectURL(new Blob([JSON.stringify(bundle, null, 2)], { type: 'application/stix+json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `${detail.reference}.stix.json`;
      a.click();
      URL.revokeObjectURL(url);
    },
  });
  const send = useMutation({
    mutationFn: () => unwrap(api.POST('/api/respond/soc/send', { body: { since, transport: 'tcp' } })),
    onSuccess: (r) => void message.success(t('security.national.sent', { cases: formatNumber(r.cases), alerts: formatNumber(r.alerts) })),
  });
  if (!(me.data?.roles ?? []).some((r) => r.role === 'central_security_admin')) return null;
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('security.national.title')}</h2>}>
      <Typography.Paragraph type="secondary">{t('security.national.help')}</Typography.Paragraph>
      <ErrorAlert error={stix.error ?? send.error} />
      <Space>
        <Button onClick={() => stix.mutate()} loading={stix.isPending} data-testid="stix-export">
          {t('security.national.stix')}
        </Button>
        <Button
          onClick={() =>
            modal.confirm({ title: t('security.national.sendTitle'), content: t('security.national.sendEffect'), okText: t('security.national.send'), cancelText: t('common.cancel'), onOk: () => send.mutateAsync() })
          }
          loading={send.isPending}
        >
          {t('security.national.send')}
        </Button>
      </Space>
    </Card>
  );
}
