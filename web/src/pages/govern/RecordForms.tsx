/**
 * Forms of the training and violation pages: add a course or briefing (central team; mandatory for some
 * roles or everyone, valid for some months), and record a staff member's violation of the security rules
 * with its source and the measures taken — a record about a person that cannot be withdrawn, so it asks
 * first.
 */
import { DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client';
import { StaffPicker } from '../../components/StaffPicker';
import { CodeField, FormModal } from './FormModal';
import { vnToday } from '../../lib/vn-date';

const ROLES = ['staff', 'unit_head', 'security_officer', 'central_security_admin', 'auditor', 'system_admin'] as const;
type Mandatory = '*' | (typeof ROLES)[number];

interface CourseValues {
  code: string;
  title: string;
  kind: 'course' | 'briefing';
  mandatoryFor?: Mandatory[];
  validityMonths: number;
}

/** Adds a course or briefing. */
export function NewCourseForm(props: { open: boolean; onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <FormModal<CourseValues>
      open={props.open}
      onClose={props.onClose}
      title={t('govern.training.newCourse')}
      testId="course-form"
      refresh={['govern-courses', 'govern-cov-training']}
      initialValues={{ kind: 'course', validityMonths: 12, mandatoryFor: [] }}
      submit={(v) => unwrap(api.POST('/api/govern/training/courses', { body: { code: v.code.trim().toUpperCase(), title: v.title.trim(), kind: v.kind, mandatoryFor: v.mandatoryFor ?? [], validityMonths: v.validityMonths } }))}
    >
      <CodeField label={t('govern.training.courseCode')} />
      <Form.Item name="title" label={t('govern.training.courseTitle')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="kind" label={t('govern.training.kind')}>
        <Radio.Group options={(['course', 'briefing'] as const).map((k) => ({ value: k, label: t(`govern.training.kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item name="mandatoryFor" label={t('govern.training.mandatoryFor')} extra={t('govern.training.mandatoryHelp')}>
        <Select
          mode="multiple"
          aria-label={t('govern.training.mandatoryFor')}
          data-testid="course-mandatory"
          options={[{ value: '*', label: t('govern.training.everyone') }, ...ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))]}
        />
      </Form.Item>
      <Form.Item name="validityMonths" label={t('govern.training.validityMonths')} rules={[{ required: true, type: 'integer', min: 1, max: 120, message: t('govern.forms.months') }]}>
        <InputNumber min={1} max={120} precision={0} />
      </Form.Item>
    </FormModal>
  );
}

const SOURCES = ['case', 'inspection', 'alert'] as const;

interface ViolationValues {
  staffId: string;
  source: (typeof SOURCES)[number];
  sourceRef: string;
  description: string;
  occurredOn: Dayjs;
  measures: string;
}

/** Records a violation. */
export function NewViolationForm(props: { open: boolean; onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <FormModal<ViolationValues>
      open={props.open}
      onClose={props.onClose}
      title={t('govern.violations.new')}
      testId="violation-form"
      refresh={['govern-violations']}
      initialValues={{ source: 'case', occurredOn: vnToday() }}
      confirm={() => ({ title: t('govern.violations.new'), content: t('govern.violations.confirm'), okText: t('govern.violations.record') })}
      okText={t('govern.violations.record')}
      submit={(v) =>
        unwrap(
          api.POST('/api/govern/violations', {
            body: { staffId: v.staffId, source: v.source, sourceRef: v.sourceRef.trim(), description: v.description.trim(), occurredOn: v.occurredOn.format('YYYY-MM-DD'), measures: v.measures.trim() },
          }),
        )
      }
    >
      <Form.Item name="staffId" label={t('govern.violations.staff')} extra={t('govern.forms.staffHelp')} rules={[{ required: true, message: t('govern.forms.staffRequired') }]}>
        <StaffPicker by="staff" aria-label={t('govern.violations.staff')} testId="violation-staff" />
      </Form.Item>
      <Form.Item name="source" label={t('govern.violations.source')}>
        <Radio.Group options={SOURCES.map((s) => ({ value: s, label: t(`govern.violations.sources.${s}`) }))} />
      </Form.Item>
      <Form.Item name="sourceRef" label={t('govern.violations.sourceRef')} extra={t('govern.violations.sourceRefHelp')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="occurredOn" label={t('govern.violations.occurredOn')} rules={[{ required: true, message: t('form.required') }]}>
        <DatePicker format="DD/MM/YYYY" disabledDate={(d) => d.isAfter(vnToday(), 'day')} />
      </Form.Item>
      <Form.Item name="description" label={t('govern.violations.description')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Form.Item name="measures" label={t('govern.violations.measures')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
        <Input.TextArea rows={2} maxLength={4000} />
      </Form.Item>
    </FormModal>
  );
}
