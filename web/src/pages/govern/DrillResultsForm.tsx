/**
 * Records a drill's results after the exercise: its timeline (each entry a moment — a time or a date and
 * time — and what happened), the findings and the lessons, replacing what was recorded before.
 */
import { Button, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal, linesOf } from './FormModal';

/** The drill as the list gives it (what the form starts from). */
export interface DrillResults {
  readonly id: string;
  readonly title: string;
  readonly timeline: ReadonlyArray<{ at: string; what: string }>;
  readonly findings: readonly string[];
  readonly lessons: readonly string[];
}

interface ResultValues {
  timeline?: Array<{ at: string; what: string }>;
  findings?: string;
  lessons?: string;
}

/** The dialog (open while `drill` is set). */
export function DrillResultsForm(props: { drill: DrillResults | null; onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const d = props.drill;
  return (
    <FormModal<ResultValues>
      open={d !== null}
      onClose={props.onClose}
      title={t('govern.team.resultsTitle', { title: d?.title ?? '' })}
      testId="drill-results-form"
      refresh={['govern-drills']}
      initialValues={{ timeline: d ? d.timeline.map((e) => ({ ...e })) : [], findings: d?.findings.join('\n') ?? '', lessons: d?.lessons.join('\n') ?? '' }}
      submit={(v) =>
        unwrap(
          api.PATCH('/api/govern/drills/{id}', {
            params: { path: { id: d?.id ?? '' } },
            body: { timeline: (v.timeline ?? []).map((e) => ({ at: e.at.trim(), what: e.what.trim() })), findings: linesOf(v.findings), lessons: linesOf(v.lessons) },
          }),
        )
      }
    >
      <Form.List name="timeline">
        {(fields, { add, remove }) => (
          <fieldset style={{ border: 'none', padding: 0, margin: '0 0 16px' }}>
            <legend style={{ fontSize: 14, marginBottom: 8 }}>{t('govern.team.timeline')}</legend>
            {fields.map((f, i) => (
              <Space key={f.key} align="start" style={{ display: 'flex' }} data-testid={`timeline-entry-${i}`}>
                <Form.Item
                  name={[f.name, 'at']}
                  label={t('govern.team.timelineAt')}
                  rules={[{ required: true, whitespace: true, message: t('govern.team.timelineAtRequired') }, { max: 40, message: t('govern.team.timelineAtLong') }]}
                >
                  <Input placeholder="09:00" style={{ width: 140 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'what']} label={t('govern.team.timelineWhat')} rules={[{ required: true, whitespace: true, message: t('govern.team.timelineWhatRequired') }, { max: 1000 }]}>
                  <Input style={{ width: 280 }} />
                </Form.Item>
                <Button onClick={() => remove(f.name)} style={{ marginTop: 30 }} aria-label={t('govern.team.timelineRemove', { n: i + 1 })}>
                  {t('govern.team.remove')}
                </Button>
              </Space>
            ))}
            <Button onClick={() => add({ at: '', what: '' })} disabled={fields.length >= 200} data-testid="timeline-add">
              {t('govern.team.timelineAdd')}
            </Button>
          </fieldset>
        )}
      </Form.List>
      <Form.Item name="findings" label={t('govern.team.findings')} extra={t('govern.onePerLine')}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="lessons" label={t('govern.team.lessons')} extra={t('govern.onePerLine')}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}
