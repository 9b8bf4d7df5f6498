/**
 * Export request for the persons selected in the search results: recipient, reason, data categories and
 * format. Small selections are approved at once; larger ones wait for a unit head other than the requester.
 */
import { Alert, Button, Checkbox, Form, Input, Modal, Radio, Result } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { ErrorAlert } from '../../lib/errors';

type Body = paths['/api/access/exports/']['post']['requestBody']['content']['application/json'];
const CATEGORIES: Body['categories'] = ['identity', 'contact', 'address', 'employment', 'health_insurance', 'benefits'];
interface Fields {
  recipientName: string;
  reason: string;
  categories: Body['categories'];
  format: Body['format'];
}

/** The dialog. */
export function ExportRequestDialog({ open, personIds, purpose, onClose }: { open: boolean; personIds: readonly string[]; purpose: string; onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const file = useMutation({
    mutationFn: (body: Body) => unwrap(api.POST('/api/access/exports/', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['exports'] }),
  });
  const nonEmpty = (_rule: unknown, v: unknown[] | undefined): Promise<void> => (v && v.length > 0 ? Promise.resolve() : Promise.reject(new Error(t('form.required'))));
  const done = file.data;
  return (
    <Modal open={open} title={t('work.exports.requestTitle', { count: personIds.length })} footer={null} onCancel={onClose} destroyOnHidden>
      {done ? (
        <Result
          status={done.status === 'pending' ? 'info' : 'success'}
          title={t(`work.exports.filed.${done.status === 'pending' ? 'pending' : 'approved'}`, { no: done.requestNo })}
          extra={<Link to="/exports" data-testid="export-filed-link">{t('work.exports.seeMine')}</Link>}
        />
      ) : (
        <Form<Fields>
          layout="vertical"
          requiredMark={false}
          initialValues={{ categories: ['identity'], format: 'csv' }}
          onFinish={(v) => file.mutate({ personIds: [...personIds], purpose, categories: v.categories, format: v.format, recipientName: v.recipientName, reason: v.reason })}
        >
          <Alert type="info" showIcon title={t('work.exports.explain')} style={{ marginBottom: 12 }} />
          <Form.Item name="recipientName" label={t('work.exports.recipient')} rules={[{ required: true, min: 3, message: t('work.reasonMin', { min: 3 }) }]}>
            <Input maxLength={200} data-testid="export-recipient" />
          </Form.Item>
          <Form.Item name="categories" label={t('assignment.categories')} rules={[{ validator: nonEmpty }]}>
            <Checkbox.Group role="group" aria-label={t('assignment.categories')} options={CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))} />
          </Form.Item>
          <Form.Item name="format" label={t('work.exports.format')}>
            <Radio.Group optionType="button" options={[{ value: 'csv', label: t('work.exports.csv') }, { value: 'xlsx', label: t('work.exports.xlsx') }]} />
          </Form.Item>
          <Form.Item name="reason" label={t('common.reason')} extra={t('common.reasonRecorded')} rules={[{ required: true, min: 10, message: t('work.reasonMin', { min: 10 }) }]}>
            <Input.TextArea rows={3} maxLength={1000} data-testid="export-reason" />
          </Form.Item>
          <ErrorAlert error={file.error} />
          <Button type="primary" htmlType="submit" loading={file.isPending} style={{ marginTop: 8 }} data-testid="export-submit">
            {t('work.exports.submit')}
          </Button>
        </Form>
      )}
    </Modal>
  );
}
