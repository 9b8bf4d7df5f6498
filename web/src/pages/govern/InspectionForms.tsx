/**
 * Forms of the inspections page (the central team keeps the plan; the server refuses anyone else with
 * `KHIEN_GOVERN_CENTRAL_ONLY`): plan a visit, record that it took place, and add a finding with its
 * remediation owner (a staff member of the inspected unit, found by number or name) and deadline.
 */
import { DatePicker, Form, Input, InputNumber, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client';
import { StaffPicker } from '../../components/StaffPicker';
import { FormModal } from './FormModal';
import { UnitSelect } from './shared';
import { vnToday } from '../../lib/vn-date';

interface PlanValues {
  year: number;
  unitId: string;
  plannedOn: Dayjs;
  leadInspector: string;
}

/** Plans an inspection visit. */
export function PlanInspectionForm(props: { open: boolean; onClose: () => void; year: number }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <FormModal<PlanValues>
      open={props.open}
      onClose={props.onClose}
      title={t('govern.inspections.plan')}
      testId="inspection-form"
      refresh={['govern-inspections']}
      initialValues={{ year: props.year }}
      submit={(v) => unwrap(api.POST('/api/govern/inspections', { body: { year: v.year, unitId: v.unitId, plannedOn: v.plannedOn.format('YYYY-MM-DD'), leadInspector: v.leadInspector.trim() } }))}
    >
      <Form.Item name="year" label={t('govern.year')} rules={[{ required: true, message: t('form.required') }]}>
        <InputNumber min={2020} max={2100} />
      </Form.Item>
      <Form.Item name="unitId" label={t('govern.unit')} rules={[{ required: true, message: t('govern.forms.unitRequired') }]}>
        <UnitSelect testId="inspection-unit" />
      </Form.Item>
      <Form.Item
        name="plannedOn"
        label={t('govern.inspections.plannedOn')}
        dependencies={['year']}
        rules={[
          { required: true, message: t('form.required') },
          ({ getFieldValue }) => ({
            validator: (_r, v: Dayjs | undefined) => (!v || v.year() === getFieldValue('year') ? Promise.resolve() : Promise.reject(new Error(t('govern.forms.dayInYear')))),
          }),
        ]}
      >
        <DatePicker format="DD/MM/YYYY" />
      </Form.Item>
      <Form.Item name="leadInspector" label={t('govern.inspections.lead')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}

interface VisitValues {
  doneOn: Dayjs;
  summary: string;
}

/** Records that a planned visit took place. */
export function VisitForm(props: { inspectionId: string | null; onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <FormModal<VisitValues>
      open={props.inspectionId !== null}
      onClose={props.onClose}
      title={t('govern.inspections.recordVisit')}
      testId="visit-form"
      refresh={['govern-inspections']}
      initialValues={{ doneOn: vnToday() }}
      submit={(v) => unwrap(api.POST('/api/govern/inspections/{id}/visit', { params: { path: { id: props.inspectionId! } }, body: { doneOn: v.doneOn.format('YYYY-MM-DD'), summary: v.summary.trim() } }))}
    >
      <Form.Item name="doneOn" label={t('govern.inspections.doneOn')} rules={[{ required: true, message: t('form.required') }]}>
        <DatePicker format="DD/MM/YYYY" disabledDate={(d) => d.isAfter(vnToday(), 'day')} />
      </Form.Item>
      <Form.Item name="summary" label={t('govern.inspections.summary')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
        <Input.TextArea rows={4} maxLength={4000} />
      </Form.Item>
    </FormModal>
  );
}

interface FindingValues {
  description: string;
  technical?: boolean;
  ownerStaffId: string;
  deadline: Dayjs;
}

/** Adds a finding to an inspection. */
export function FindingForm(props: { inspectionId: string | null; onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <FormModal<FindingValues>
      open={props.inspectionId !== null}
      onClose={props.onClose}
      title={t('govern.inspections.addFinding')}
      testId="finding-form"
      refresh={['govern-findings']}
      submit={(v) =>
        unwrap(
          api.POST('/api/govern/inspections/{id}/findings', {
            params: { path: { id: props.inspectionId! } },
            body: { description: v.description.trim(), technical: v.technical ?? false, ownerStaffId: v.ownerStaffId, deadline: v.deadline.format('YYYY-MM-DD') },
          }),
        )
      }
    >
      <Form.Item name="description" label={t('govern.inspections.finding')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Form.Item name="technical" label={t('govern.inspections.technical')} valuePropName="checked" extra={t('govern.inspections.technicalHelp')}>
        <Switch />
      </Form.Item>
      <Form.Item name="ownerStaffId" label={t('govern.inspections.owner')} extra={t('govern.inspections.ownerHelp')} rules={[{ required: true, message: t('govern.forms.staffRequired') }]}>
        <StaffPicker by="staff" aria-label={t('govern.inspections.owner')} testId="finding-owner" />
      </Form.Item>
      <Form.Item name="deadline" label={t('govern.inspections.deadline')} rules={[{ required: true, message: t('form.required') }]}>
        <DatePicker format="DD/MM/YYYY" disabledDate={(d) => d.isBefore(vnToday(), 'day')} />
      </Form.Item>
    </FormModal>
  );
}
