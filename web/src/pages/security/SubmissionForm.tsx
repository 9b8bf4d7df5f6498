/**
 * Recording the submission of Form 08 to A05 (central team): channel, reference and time; the clock stops.
 */
import { App, Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../lib/errors';

const CHANNELS = ['portal', 'direct', 'email', 'post'] as const;
type Channel = (typeof CHANNELS)[number];

/** The form. */
export function SubmissionForm({ caseId }: { caseId: string }): React.JSX.Element {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const qc = useQueryClient();
  const submit = useMutation({
    mutationFn: (v: { channel: Channel; reference: string }) => unwrap(api.POST('/api/cases/{id}/breach/submission', { params: { path: { id: caseId } }, body: v })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['case', caseId] }),
  });
  return (
    <Form<{ channel: Channel; reference: string }>
      layout="inline"
      style={{ rowGap: 8 }}
      onFinish={(v) =>
        modal.confirm({
          title: t('security.breach.submitTitle'),
          content: t('security.breach.submitEffect'),
          okText: t('security.breach.submit'),
          cancelText: t('common.cancel'),
          onOk: () => submit.mutateAsync(v),
        })
      }
    >
      <Form.Item name="channel" label={t('security.breach.channel')} rules={[{ required: true, message: t('form.required') }]}>
        <Select style={{ width: 220 }} options={CHANNELS.map((c) => ({ value: c, label: t(`security.channel.${c}`) }))} />
      </Form.Item>
      <Form.Item name="reference" label={t('security.breach.reference')} rules={[{ required: true, message: t('form.required') }]}>
        <Input style={{ width: 220 }} maxLength={200} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={submit.isPending}>
        {t('security.breach.submit')}
      </Button>
      <ErrorAlert error={submit.error} />
    </Form>
  );
}
