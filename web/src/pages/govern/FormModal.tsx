/**
 * A record-keeping form of the programme in a dialog: validated in the browser (messages in the console's
 * language), sent once, the server's refusal shown in the dialog, an optional confirmation before an act
 * that cannot be undone, and the lists it changes asked again when it succeeds.
 */
import type { ReactNode } from 'react';
import { App, Button, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ErrorAlert } from '../../lib/errors';

/** What to ask before sending (null: send at once). */
export interface Confirmation {
  readonly title: string;
  readonly content: string;
  readonly okText: string;
}

/** Props of {@link FormModal}. */
export interface FormModalProps<T> {
  readonly open: boolean;
  readonly title: string;
  readonly onClose: () => void;
  /** Sends the form (an API call). */
  readonly submit: (values: T) => Promise<unknown>;
  /** First elements of the query keys to ask again on success. */
  readonly refresh: readonly string[];
  readonly confirm?: (values: T) => Confirmation | null;
  readonly initialValues?: Partial<T>;
  readonly testId: string;
  readonly okText?: string;
  readonly children: ReactNode;
}

/** The dialog. */
export function FormModal<T extends object>(p: FormModalProps<T>): React.JSX.Element {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const send = useMutation({
    mutationFn: p.submit,
    onSuccess: () => {
      for (const key of p.refresh) void queryClient.invalidateQueries({ queryKey: [key] });
      void message.success(t('common.saved'));
      close();
    },
  });
  function close(): void {
    send.reset();
    p.onClose();
  }
  const finish = (values: T): void => {
    const c = p.confirm?.(values) ?? null;
    if (!c) {
      send.mutate(values);
      return;
    }
    modal.confirm({ title: c.title, content: c.content, okText: c.okText, cancelText: t('common.cancel'), onOk: () => send.mutate(values) });
  };
  return (
    <Modal open={p.open} title={p.title} footer={null} onCancel={close} destroyOnHidden>
      <ErrorAlert error={send.error} />
      <Form<T> layout="vertical" onFinish={finish} initialValues={p.initialValues} data-testid={p.testId} style={{ marginTop: 8 }}>
        {p.children}
        <Button type="primary" htmlType="submit" loading={send.isPending} data-testid={`${p.testId}-submit`}>
          {p.okText ?? t('govern.save')}
        </Button>
      </Form>
    </Modal>
  );
}

/** Lines of a text area (blank lines dropped). */
export function linesOf(text: string | undefined): string[] {
  return (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/**
 * The short code field of a register form (a system's or a course's code): required, 2–32 letters, digits or
 * hyphens, upper-cased by the submit.
 *
 * @param props - the field's label
 * @returns the form item
 */
export function CodeField(props: { label: string }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="code"
      label={props.label}
      extra={t('govern.forms.codeHelp')}
      rules={[
        { required: true, whitespace: true, message: t('form.required') },
        { pattern: /^[A-Za-z0-9-]{2,32}$/, message: t('govern.forms.codePattern') },
      ]}
    >
      <Input maxLength={32} />
    </Form.Item>
  );
}
