/**
 * First-time TOTP enrolment: the QR code (and the key, for typing in), a first code to confirm, then the
 * recovery codes shown once.
 */
import { useState } from 'react';
import { Alert, Button, Card, Form, Input, List, Space, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../lib/errors';
import { ME_KEY } from '../../lib/session';

/** The page. */
export default function TotpEnrolPage(): React.JSX.Element {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [codes, setCodes] = useState<string[] | null>(null);
  const start = useMutation({ mutationFn: () => unwrap(api.POST('/api/auth/totp/enrol')) });
  const confirm = useMutation({
    mutationFn: (code: string) => unwrap(api.POST('/api/auth/totp/confirm', { body: { code } })),
    onSuccess: (r) => setCodes(r.recoveryCodes),
  });

  if (codes) {
    return (
      <Card title={<h1 style={{ fontSize: 20, margin: 0 }}>{t('totp.codesTitle')}</h1>}>
        <Alert type="warning" showIcon title={t('totp.codesExplain')} style={{ marginBottom: 16 }} />
        <List bordered dataSource={codes} renderItem={(c) => <List.Item><Typography.Text code copyable>{c}</Typography.Text></List.Item>} data-testid="recovery-codes" />
        <Button
          type="primary"
          style={{ marginTop: 16 }}
          onClick={() => {
            void queryClient.invalidateQueries({ queryKey: ME_KEY });
            void navigate('/');
          }}
        >
          {t('totp.done')}
        </Button>
      </Card>
    );
  }
  return (
    <Card title={<h1 style={{ fontSize: 20, margin: 0 }}>{t('totp.title')}</h1>} style={{ maxWidth: 640 }}>
      <Typography.Paragraph>{t('totp.explain')}</Typography.Paragraph>
      {!start.data ? (
        <Button type="primary" loading={start.isPending} onClick={() => start.mutate()} data-testid="totp-start">
          {t('totp.start')}
        </Button>
      ) : (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <img src={start.data.qrPngDataUrl} alt={t('totp.qrAlt')} width={200} height={200} />
          <Typography.Paragraph>
            {t('totp.key')} <Typography.Text code copyable data-testid="totp-secret">{start.data.secret}</Typography.Text>
          </Typography.Paragraph>
          <Form<{ code: string }> layout="vertical" onFinish={(v) => confirm.mutate(v.code)} requiredMark={false}>
            <Form.Item name="code" label={t('totp.firstCode')} rules={[{ required: true, pattern: /^\d{6}$/, message: t('signin.totpFormat') }]}>
              <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} style={{ maxWidth: 200 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={confirm.isPending}>
              {t('totp.confirm')}
            </Button>
          </Form>
        </Space>
      )}
      <div style={{ marginTop: 16 }}>
        <ErrorAlert error={start.error ?? confirm.error} />
      </div>
    </Card>
  );
}
