/**
 * Password change, forced when the password is weak, was reset, or appears in the leaked-password list.
 */
import { Alert, Button, Card, Form, Input } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../lib/errors';
import { ME_KEY, useMe } from '../../lib/session';

interface Fields {
  currentPassword: string;
  newPassword: string;
  repeat: string;
}

/** The page. */
export default function ChangePasswordPage(): React.JSX.Element {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: (v: Fields) => unwrap(api.POST('/api/auth/password', { body: { currentPassword: v.currentPassword, newPassword: v.newPassword } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ME_KEY });
      void navigate('/');
    },
  });
  return (
    <Card title={<h1 style={{ fontSize: 20, margin: 0 }}>{t('password.title')}</h1>} style={{ maxWidth: 520 }}>
      {me.data?.mustChangePassword && <Alert type="warning" showIcon title={t('password.forced')} style={{ marginBottom: 16 }} />}
      <Form<Fields> layout="vertical" onFinish={(v) => change.mutate(v)} requiredMark={false}>
        <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true, message: t('form.required') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label={t('password.new')} extra={t('password.rules')} rules={[{ required: true, message: t('form.required') }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="repeat"
          label={t('password.repeat')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('form.required') },
            ({ getFieldValue }) => ({ validator: (_r, v) => (v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch')))) }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <ErrorAlert error={change.error} />
        <Button type="primary" htmlType="submit" loading={change.isPending} style={{ marginTop: 16 }}>
          {t('password.submit')}
        </Button>
      </Form>
    </Card>
  );
}
