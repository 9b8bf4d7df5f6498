/**
 * Contact change on a person's page: new phone and/or street (and commune), with the reason; the server
 * decides (an assignment with the update action), records before/after and the reason.
 */
import { Alert, Button, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { ErrorAlert } from '../../lib/errors';

type Body = paths['/api/registry/persons/{personId}/contact']['patch']['requestBody']['content']['application/json'];
interface Fields {
  phone?: string;
  street?: string;
  communeCode?: string;
  reason: string;
}

/** The dialog. */
export function ContactChangeDialog({ open, personId, purpose, onClose }: { open: boolean; personId: string; purpose: string; onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: (body: Body) => unwrap(api.PATCH('/api/registry/persons/{personId}/contact', { params: { path: { personId } }, body })),
    onSuccess: (person) => {
      queryClient.setQueryData(['person', personId, purpose], person);
      onClose();
    },
  });
  const submit = (v: Fields): void => {
    const body: Body = { purpose, reason: v.reason };
    if (v.phone) body.phone = v.phone.trim();
    if (v.street) body.street = v.street.trim();
    if (v.communeCode) body.communeCode = v.communeCode.trim();
    change.mutate(body);
  };
  return (
    <Modal open={open} title={t('work.contact.title')} footer={null} onCancel={onClose} destroyOnHidden>
      <Alert type="info" showIcon title={t('work.contact.explain')} style={{ marginBottom: 12 }} />
      <Form<Fields> layout="vertical" requiredMark={false} onFinish={submit}>
        <Form.Item name="phone" label={t('person.phone')} rules={[{ pattern: /^0\d{9}$/, message: t('work.contact.phoneFormat') }]}>
          <Input maxLength={10} autoComplete="off" data-testid="contact-phone" />
        </Form.Item>
        <Form.Item name="street" label={t('person.street')}>
          <Input maxLength={200} autoComplete="off" data-testid="contact-street" />
        </Form.Item>
        <Form.Item name="communeCode" label={t('work.contact.commune')} rules={[{ pattern: /^\d{5}$/, message: t('work.contact.communeFormat') }]}>
          <Input maxLength={5} autoComplete="off" />
        </Form.Item>
        <Form.Item name="reason" label={t('common.reason')} extra={t('common.reasonRecorded')} rules={[{ required: true, min: 5, message: t('person.reasonMin') }]}>
          <Input.TextArea rows={3} maxLength={500} data-testid="contact-reason" />
        </Form.Item>
        <ErrorAlert error={change.error} />
        <Button type="primary" htmlType="submit" loading={change.isPending} style={{ marginTop: 8 }} data-testid="contact-submit">
          {t('work.contact.submit')}
        </Button>
      </Form>
    </Modal>
  );
}
