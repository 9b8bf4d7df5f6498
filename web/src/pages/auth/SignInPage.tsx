/**
 * Sign-in: staff number, password, then the TOTP code (or a recovery code). Each refusal is said in words:
 * wrong credentials, a device not registered (with the way to ask for it), suspended, blocked, session ended.
 * After sign-in: TOTP enrolment or a forced password change when the server asks for them.
 */
import { useState } from 'react';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ErrorAlert, errorCode } from '../../lib/errors';
import { ME_KEY } from '../../lib/session';
import { AuthCard } from './AuthCard';

interface Fields {
  username: string;
  password: string;
  totp?: string;
  recoveryCode?: string;
}

const DEVICE_CODES = new Set(['KHIEN_AUTH_DEVICE_NOT_REGISTERED', 'KHIEN_AUTH_DEVICE_PENDING']);

/** The page. */
export default function SignInPage(): React.JSX.Element {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [useRecovery, setUseRecovery] = useState(false);
  const reason = params.get('reason');

  const submit = async (v: Fields): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const body = { username: v.username, password: v.password, ...(v.totp ? { totp: v.totp } : {}), ...(v.recoveryCode ? { recoveryCode: v.recoveryCode } : {}) };
      const r = await unwrap(api.POST('/api/auth/signin', { body }));
      await queryClient.invalidateQueries({ queryKey: ME_KEY });
      if (r.totpEnrolmentRequired) void navigate('/totp');
      else if (r.mustChangePassword) void navigate('/password');
      else void navigate(params.get('next') ?? '/');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const code = errorCode(error);
  return (
    <AuthCard title={t('signin.title')}>
      {reason === 'idle' && <Alert type="warning" showIcon title={t('signin.idleEnded')} style={{ marginBottom: 16 }} />}
      {params.get('device') === 'ready' && <Alert type="success" showIcon title={t('signin.demoDeviceReady')} style={{ marginBottom: 16 }} />}
      <Form<Fields> layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false}>
        <Form.Item name="username" label={t('signin.username')} rules={[{ required: true, message: t('form.required') }]}>
          <Input autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item name="password" label={t('signin.password')} rules={[{ required: true, message: t('form.required') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        {useRecovery ? (
          <Form.Item name="recoveryCode" label={t('signin.recoveryCode')} extra={t('signin.recoveryHint')}>
            <Input autoComplete="off" />
          </Form.Item>
        ) : (
          <Form.Item name="totp" label={t('signin.totp')} extra={t('signin.totpHint')} rules={[{ pattern: /^\d{6}$/, message: t('signin.totpFormat') }]}>
            <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
          </Form.Item>
        )}
        <Button type="link" style={{ paddingInline: 0 }} onClick={() => setUseRecovery(!useRecovery)}>
          {useRecovery ? t('signin.useTotp') : t('signin.useRecovery')}
        </Button>
        <ErrorAlert error={error} />
        {code && DEVICE_CODES.has(code) && (
          <Alert
            type="info"
            showIcon
            style={{ marginTop: 8 }}
            title={code === 'KHIEN_AUTH_DEVICE_PENDING' ? t('signin.devicePending') : t('signin.deviceMissing')}
            description={
              code === 'KHIEN_AUTH_DEVICE_PENDING' ? undefined : (
                <Link to="/device" data-testid="device-link">
                  {t('signin.requestDevice')}
                </Link>
              )
            }
          />
        )}
        <Button type="primary" htmlType="submit" block loading={busy} style={{ marginTop: 16 }} data-testid="signin-submit">
          {t('signin.submit')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
        <Link to="/device">{t('signin.newDevice')}</Link>
      </Typography.Paragraph>
    </AuthCard>
  );
}
