/**
 * The Form 08 fields of a breach (Decree 356/2025 Art. 28.1), merged into what was entered before; the
 * fields still missing for the PDF are listed. Locked once the submission is recorded.
 */
import { useEffect } from 'react';
import { Alert, App, Button, Col, DatePicker, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { ErrorAlert } from '../../lib/errors';

type Details = paths['/api/cases/{id}/breach/details']['get']['responses'][200]['content']['application/json'];
type Values = Omit<Details, 'minutes'> & { minutes?: { number?: string; date?: Dayjs } };
const CATEGORIES = ['identity', 'contact', 'address', 'employment', 'health_insurance', 'benefits', 'sensitive'] as const;

/** The form. */
export function Form08Form({ caseId, locked }: { caseId: string; locked: boolean }): React.JSX.Element {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const details = useQuery({ queryKey: ['form08-details', caseId], queryFn: () => unwrap(api.GET('/api/cases/{id}/breach/details', { params: { path: { id: caseId } } })) });
  const check = useQuery({
    queryKey: ['form08-check', caseId],
    queryFn: async () => {
      try {
        await unwrap(api.GET('/api/cases/{id}/breach/form-08.json', { params: { path: { id: caseId } } }));
        return [] as string[];
      } catch (err) {
        const missing = err instanceof ApiError ? (err.body.details as { missing?: string[] } | undefined)?.missing : undefined;
        if (missing) return missing;
        throw err;
      }
    },
  });
  useEffect(() => {
    // The saved details fill the form, but never over what the officer has started typing (a slow first load
    // arriving after the first keystrokes would otherwise wipe them).
    if (!details.data || form.isFieldsTouched()) return;
    const d = details.data;
    form.setFieldsValue({ ...d, minutes: d.minutes ? { number: d.minutes.number, date: d.minutes.date ? dayjs(d.minutes.date) : undefined } : undefined });
  }, [details.data, form]);
  const save = useMutation({
    mutationFn: (v: Values) => {
      const body: Details = { ...v, minutes: v.minutes && (v.minutes.number || v.minutes.date) ? { number: v.minutes.number, date: v.minutes.date?.format('YYYY-MM-DD') } : undefined };
      for (const k of Object.keys(body) as Array<keyof Details>) if (body[k] === undefined || body[k] === null || body[k] === '') delete body[k];
      return unwrap(api.PUT('/api/cases/{id}/breach/details', { params: { path: { id: caseId } }, body }));
    },
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['form08-details', caseId] });
      void qc.invalidateQueries({ queryKey: ['form08-check', caseId] });
      void qc.invalidateQueries({ queryKey: ['case', caseId] });
      void message.success(t('common.saved'));
    },
  });
  const missing = check.data ?? [];
  return (
    <Form<Values> form={form} layout="vertical" disabled={locked} onFinish={(v) => save.mutate(v)} data-testid="form08">
      <h3 style={{ fontSize: 15 }}>{t('security.form08.title')}</h3>
      {missing.length > 0 ? <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('security.form08.missing')} description={missing.join(', ')} data-testid="form08-missing" /> : null}
      {check.data && missing.length === 0 ? <Alert type="success" showIcon style={{ marginBottom: 12 }} message={t('security.form08.complete')} data-testid="form08-complete" /> : null}
      <Row gutter={16}>
        <Col xs={24} md={6}>
          <Form.Item name={['responsiblePerson', 'name']} label={t('security.form08.rpName')}>
            <Input maxLength={200} data-testid="f08-rp-name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name={['responsiblePerson', 'title']} label={t('security.form08.rpTitle')}>
            <Input maxLength={200} data-testid="f08-rp-title" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name={['responsiblePerson', 'phone']} label={t('security.form08.rpPhone')}>
            <Input maxLength={40} data-testid="f08-rp-phone" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name={['responsiblePerson', 'email']} label={t('security.form08.rpEmail')}>
            <Input maxLength={200} type="email" data-testid="f08-rp-email" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="detectionMethod" label={t('security.form08.detectionMethod')}>
            <Input.TextArea rows={2} maxLength={2000} data-testid="f08-detection" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="place" label={t('security.form08.place')}>
            <Input.TextArea rows={2} maxLength={500} data-testid="f08-place" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="act" label={t('security.form08.act')}>
            <Input.TextArea rows={2} maxLength={2000} data-testid="f08-act" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="involvedParties" label={t('security.form08.involvedParties')}>
            <Select mode="tags" open={false} suffixIcon={null} data-testid="f08-parties" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="dataCategories" label={t('security.form08.dataCategories')}>
            <Select mode="multiple" data-testid="f08-categories" options={CATEGORIES.map((c) => ({ value: c, label: t(`security.form08.category.${c}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={3}>
          <Form.Item name={['dataSubjects', 'total']} label={t('security.form08.subjects')}>
            <InputNumber min={0} style={{ width: '100%' }} data-testid="f08-subjects" />
          </Form.Item>
        </Col>
        <Col xs={12} md={3}>
          <Form.Item name={['dataSubjects', 'sensitive']} label={t('security.form08.ofWhichSensitive')}>
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={3}>
          <Form.Item name={['records', 'total']} label={t('security.form08.records')}>
            <InputNumber min={0} style={{ width: '100%' }} data-testid="f08-records" />
          </Form.Item>
        </Col>
        <Col xs={12} md={3}>
          <Form.Item name={['records', 'sensitive']} label={t('security.form08.ofWhichSensitive')}>
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="consequences" label={t('security.form08.consequences')}>
            <Input.TextArea rows={2} maxLength={2000} data-testid="f08-consequences" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="measures" label={t('security.form08.measures')}>
            <Input.TextArea rows={2} maxLength={2000} data-testid="f08-measures" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name={['subjectNotice', 'required']} label={t('security.form08.noticeRequired')} valuePropName="checked" initialValue={false}>
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name={['minutes', 'number']} label={t('security.form08.minutesNo')}>
            <Input maxLength={100} data-testid="f08-minutes-no" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name={['minutes', 'date']} label={t('security.form08.minutesDate')}>
            <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} data-testid="f08-minutes-date" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="technicalReport" label={t('security.form08.technicalReport')}>
            <Input maxLength={300} />
          </Form.Item>
        </Col>
      </Row>
      <ErrorAlert error={details.error ?? save.error ?? check.error} />
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="form08-save">
        {t('security.form08.save')}
      </Button>
    </Form>
  );
}
