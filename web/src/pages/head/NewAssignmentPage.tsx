/**
 * The unit head drafts and signs a written assignment: the staff member (found by staff number or name), the
 * document, the purpose, data categories, actions, provinces or communes, and the validity. The server checks
 * the signer's authority and records the act.
 */
import { App, Button, Card, Checkbox, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { ErrorAlert } from '../../lib/errors';
import { PurposeSelect } from '../../lib/purposes';
import { StaffPicker } from './StaffPicker';
import { vnDayEnd, vnDayStart, vnToday } from '../../lib/vn-date';

type Body = paths['/api/access/assignments']['post']['requestBody']['content']['application/json'];
const CATEGORIES: Body['categories'] = ['identity', 'contact', 'address', 'employment', 'health_insurance', 'benefits', 'sensitive'];
const ACTIONS: Body['actions'] = ['search', 'view', 'update', 'export'];

interface Fields {
  assignee: string;
  documentNo: string;
  documentDate: Dayjs;
  purpose: string;
  categories: Body['categories'];
  actions: Body['actions'];
  provinces: string[];
  communes: string[];
  validity: [Dayjs, Dayjs];
}

/** The page. */
export default function NewAssignmentPage(): React.JSX.Element {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = useMutation({
    mutationFn: (body: Body) => unwrap(api.POST('/api/access/assignments', { body })),
    onSuccess: () => {
      void message.success(t('assignment.signed'));
      void navigate('/');
    },
  });
  const nonEmpty = (_rule: unknown, v: unknown[] | undefined): Promise<void> => (v && v.length > 0 ? Promise.resolve() : Promise.reject(new Error(t('form.required'))));
  const submit = (v: Fields): void => {
    create.mutate({
      assigneeAccountId: v.assignee,
      documentNo: v.documentNo,
      documentDate: v.documentDate.format('YYYY-MM-DD'),
      purpose: v.purpose,
      categories: v.categories,
      actions: v.actions,
      scope: { provinces: v.provinces ?? [], communes: v.communes ?? [], employers: [], persons: [] },
      validFrom: vnDayStart(v.validity[0]).toISOString(),
      validUntil: vnDayEnd(v.validity[1]).toISOString(),
    });
  };
  return (
    <Card title={<h1 style={{ fontSize: 20, margin: 0 }}>{t('nav.newAssignment')}</h1>} style={{ maxWidth: 760 }}>
      <Form<Fields>
        layout="vertical"
        onFinish={submit}
        requiredMark={false}
        initialValues={{ documentDate: vnToday(), categories: ['identity', 'contact'], actions: ['search', 'view'], validity: [vnToday(), vnToday().add(30, 'day')], provinces: [], communes: [] }}
      >
        <Form.Item name="assignee" label={t('assignment.staff')} rules={[{ required: true, message: t('form.required') }]}>
          <StaffPicker />
        </Form.Item>
        <Form.Item name="documentNo" label={t('assignment.documentNo')} rules={[{ required: true, message: t('form.required') }]}>
          <Input maxLength={60} data-testid="document-no" />
        </Form.Item>
        <Form.Item name="documentDate" label={t('assignment.documentDate')} rules={[{ required: true, message: t('form.required') }]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="purpose" label={t('assignment.purpose')} rules={[{ required: true, message: t('form.required') }]}>
          <PurposeSelect />
        </Form.Item>
        {/* A validator instead of `required`: Ant Design would put aria-required on the group, which ARIA does not allow there. */}
        <Form.Item name="categories" label={t('assignment.categories')} rules={[{ validator: nonEmpty }]}>
          <Checkbox.Group role="group" aria-label={t('assignment.categories')} options={CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))} />
        </Form.Item>
        <Form.Item name="actions" label={t('assignment.actions')} rules={[{ validator: nonEmpty }]}>
          <Checkbox.Group role="group" aria-label={t('assignment.actions')} options={ACTIONS.map((c) => ({ value: c, label: t(`actions.${c}`) }))} />
        </Form.Item>
        <Form.Item name="provinces" label={t('assignment.provinces')} extra={t('assignment.provincesHint')}>
          <Select mode="tags" tokenSeparators={[',', ' ']} data-testid="provinces" />
        </Form.Item>
        <Form.Item name="communes" label={t('assignment.communes')} extra={t('assignment.communesHint')}>
          <Select mode="tags" tokenSeparators={[',', ' ']} />
        </Form.Item>
        <Form.Item name="validity" label={t('assignment.validity')} rules={[{ required: true, message: t('form.required') }]}>
          <DatePicker.RangePicker format="DD/MM/YYYY" />
        </Form.Item>
        <ErrorAlert error={create.error} />
        <Button type="primary" htmlType="submit" loading={create.isPending} style={{ marginTop: 12 }} data-testid="assignment-sign">
          {t('assignment.sign')}
        </Button>
      </Form>
    </Card>
  );
}
