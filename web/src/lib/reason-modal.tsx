/**
 * A decision that needs a written reason (revoke, refuse, review, amend…): says what will happen, asks for
 * the reason, and says that the reason is recorded. Destructive acts use it as their confirmation.
 */
import { Alert, Button, Form, Input, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './errors';

/** Props of the dialog. */
export interface ReasonModalProps {
  readonly open: boolean;
  readonly title: string;
  /** What will happen once confirmed. */
  readonly consequence: string;
  readonly submitLabel: string;
  readonly danger?: boolean;
  /** Shortest reason the server accepts. */
  readonly minLength?: number;
  readonly pending: boolean;
  readonly error: unknown;
  /** Extra fields above the reason (e.g. an outcome). */
  readonly children?: ReactNode;
  readonly onCancel: () => void;
  readonly onSubmit: (values: Record<string, unknown> & { reason: string }) => void;
  readonly testId?: string;
}

/** The dialog. */
export function ReasonModal(p: ReasonModalProps): React.JSX.Element {
  const { t } = useTranslation();
  const min = p.minLength ?? 5;
  return (
    <Modal open={p.open} title={p.title} footer={null} onCancel={p.onCancel} destroyOnHidden>
      <Alert type={p.danger ? 'warning' : 'info'} showIcon title={p.consequence} style={{ marginBottom: 12 }} />
      <Form<Record<string, unknown> & { reason: string }> layout="vertical" requiredMark={false} onFinish={p.onSubmit}>
        {p.children}
        <Form.Item name="reason" label={t('common.reason')} extra={t('common.reasonRecorded')} rules={[{ required: true, min, whitespace: true, message: t('form.reasonRequired', { min }) }]}>
          <Input.TextArea rows={3} maxLength={1000} data-testid={`${p.testId ?? 'decision'}-reason`} />
        </Form.Item>
        <ErrorAlert error={p.error} />
        <Button type="primary" danger={p.danger} htmlType="submit" loading={p.pending} style={{ marginTop: 8 }} data-testid={`${p.testId ?? 'decision'}-submit`}>
          {p.submitLabel}
        </Button>
      </Form>
    </Modal>
  );
}
