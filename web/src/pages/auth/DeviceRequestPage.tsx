/**
 * The device step: a computer not yet registered asks to be. The staff member proves who they are (password,
 * and TOTP once enrolled); the request waits for the unit head (or the unit's security officer), and the page
 * says so. This browser keeps the signed device cookie, so sign-in works here once it is approved.
 */
import { useState } from 'react';
import { Alert, Button, Form, Input, Result } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { AuthCard } from './AuthCard';

interface Fields {
  username: string;
  password: string;
  totp?: string;
  name: string;
}

/** The page. */
export default function DeviceRequestPage(): React.JSX.Element {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [filed, setFiled] = useState<{ name: string; createdAt: string } | null>(null);

  const submit = async (v: Fields): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const d = await unwrap(api.POST('/api/auth/devices/request', { body: { username: v.username, password: v.password, name: v.name, ...(v.totp ? { totp: v.totp } : {}) } }));
      setFiled({ name: d.name, createdAt: d.createdAt });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (filed) {
    return (
      <AuthCard title={t('device.title')}>
        <Result
          status="info"
          title={t('device.filedTitle')}
          subTitle={t('device.filedBody', { name: filed.name, at: formatDateTime(filed.createdAt) })}
          extra={<Link to="/signin">{t('device.backToSignIn')}</Link>}
        />
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t('device.title')}>
      <Alert type="info" showIcon title={t('device.explain')} style={{ marginBottom: 16 }} />
      <Form<Fields> layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false} initialValues={{ name: navigator.platform ? `${navigator.platform}` : '' }}>
        <Form.Item name="username" label={t('signin.username')} rules={[{ required: true, message: t('form.required') }]}>
          <Input autoComplete="username" />
        </Form.Item>
        <Form.Item name="password" label={t('signin.password')} rules={[{ required: true, message: t('form.required') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="totp" label={t('signin.totp')} extra={t('device.totpHint')} rules={[{ pattern: /^\d{6}$/, message: t('signin.totpFormat') }]}>
          <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
        </Form.Item>
        <Form.Item name="name" label={t('device.name')} extra={t('device.nameHint')} rules={[{ required: true, min: 2, message: t('form.required') }]}>
          <Input maxLength={80} />
        </Form.Item>
        <ErrorAlert error={error} />
        <Button type="primary" htmlType="submit" block loading={busy} style={{ marginTop: 16 }} data-testid="device-submit">
          {t('device.submit')}
        </Button>
      </Form>
      <p style={{ marginTop: 16, marginBottom: 0 }}>
        <Link to="/signin">{t('device.backToSignIn')}</Link>
      </p>
    </AuthCard>
  );
}
