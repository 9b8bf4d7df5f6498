/**
 * Sign-in: staff number, password, then the TOTP code (or a recovery code). Each refusal is said in words:
 * wrong credentials, a device not registered (with the way to ask for it), suspended, blocked, session ended.
 * After sign-in: TOTP enrolment or a forced password change when the server asks for them.
 */
import { useState, type FormEvent } from 'react';
import { Alert, Button } from 'antd';
// The two inputs alone, not the Input namespace (TextArea, Search, OTP): this page's first JavaScript is measured.
import Input from 'antd/es/input/Input';
import Password from 'antd/es/input/Password';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ErrorAlert, errorCode } from '../../lib/errors';
import { ME_KEY } from '../../lib/session';
import { AuthCard } from './AuthCard';
import { FormField } from './FormField';

interface Fields {
  username: string;
  password: string;
  totp: string;
  recoveryCode: string;
}
type Problems = Partial<Record<keyof Fields, string>>;

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
  const [fields, setFields] = useState<Fields>({ username: '', password: '', totp: '', recoveryCode: '' });
  const [problems, setProblems] = useState<Problems>({});
  const reason = params.get('reason');
  const set = (k: keyof Fields) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [k]: e.target.value }));

  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    const found: Problems = {};
    if (!fields.username.trim()) found.username = t('form.required');
    if (!fields.password) found.password = t('form.required');
    if (!useRecovery && fields.totp && !/^\d{6}$/.test(fields.totp)) found.totp = t('signin.totpFormat');
    setProblems(found);
    if (Object.keys(found).length === 0) void submit({ ...fields, username: fields.username.trim() });
  };

  const submit = async (v: Fields): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const body = { username: v.username, password: v.password, ...(!useRecovery && v.totp ? { totp: v.totp } : {}), ...(useRecovery && v.recoveryCode ? { recoveryCode: v.recoveryCode } : {}) };
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
      <form onSubmit={onSubmit} noValidate>
        <FormField id="username" label={t('signin.username')} error={problems.username}>
          <Input autoComplete="username" autoFocus value={fields.username} onChange={set('username')} />
        </FormField>
        <FormField id="password" label={t('signin.password')} error={problems.password}>
          <Password autoComplete="current-password" value={fields.password} onChange={set('password')} />
        </FormField>
        {useRecovery ? (
          <FormField id="recoveryCode" label={t('signin.recoveryCode')} hint={t('signin.recoveryHint')}>
            <Input autoComplete="off" value={fields.recoveryCode} onChange={set('recoveryCode')} />
          </FormField>
        ) : (
          <FormField id="totp" label={t('signin.totp')} hint={t('signin.totpHint')} error={problems.totp}>
            <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} value={fields.totp} onChange={set('totp')} />
          </FormField>
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
      </form>
      <p style={{ marginTop: 16, marginBottom: 0 }}>
        <Link to="/device">{t('signin.newDevice')}</Link>
      </p>
    </AuthCard>
  );
}
