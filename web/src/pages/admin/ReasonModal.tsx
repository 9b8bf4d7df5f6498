/**
 * A confirmation that says what will happen and asks for the reason recorded in the audit log (destructive or
 * privileged acts of the administration pages).
 */
import { useState } from 'react';
import { Alert, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

/** The modal. */
export function ReasonModal(props: {
  open: boolean;
  title: string;
  /** What will happen, in words. */
  effect: string;
  okText: string;
  danger?: boolean;
  onCancel: () => void;
  onConfirm: (reason: string) => Promise<unknown>;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={props.okText}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: props.danger, loading: busy }}
      onCancel={props.onCancel}
      destroyOnHidden
      onOk={() =>
        void form.validateFields().then(async (v) => {
          setBusy(true);
          try {
            await props.onConfirm(v.reason.trim());
            form.resetFields();
          } finally {
            setBusy(false);
          }
        })
      }
    >
      <Alert type={props.danger ? 'warning' : 'info'} showIcon title={props.effect} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={t('common.reason')} extra={t('common.reasonRecorded')} rules={[{ required: true, min: 3, whitespace: true, message: t('form.reasonRequired') }]}>
          <Input.TextArea rows={2} maxLength={500} data-testid="reason-input" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
