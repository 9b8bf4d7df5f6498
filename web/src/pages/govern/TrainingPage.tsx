/**
 * Training and briefing coverage: staff current on the courses mandatory for their roles, per unit against
 * 100 %, the staff overdue (what a head follows up), the courses, and the attendance import from CSV or
 * XLSX — checked first (dry run, with the error of each bad row), then applied; any bad row refuses the file.
 */
import { useState } from 'react';
import { App, Alert, Button, Space, Table, Tabs, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../lib/errors';
import { formatNumber } from '../../lib/format';
import { hasRole, useMe } from '../../lib/session';
import { GovernPage, Percent, UnitSelect, useUnitName } from './shared';
import { NewCourseForm } from './RecordForms';
import { Pager, useServerPage } from './Pager';

interface Picked {
  readonly name: string;
  readonly format: 'csv' | 'xlsx';
  readonly contentBase64: string;
}
interface RowError {
  row: number;
  field: string;
  code: string;
}

async function readFile(file: File): Promise<Picked> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { name: file.name, format: file.name.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv', contentBase64: btoa(bin) };
}

function rowErrors(err: unknown): RowError[] {
  if (!(err instanceof ApiError)) return [];
  const d = err.body.details as { rows?: RowError[] } | undefined;
  return Array.isArray(d?.rows) ? d.rows : [];
}

/** The page. */
export default function TrainingPage(): React.JSX.Element {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const unitName = useUnitName();
  const [unitId, setUnitId] = useState<string>('');
  const [picked, setPicked] = useState<Picked | null>(null);
  const [creating, setCreating] = useState(false);
  const me = useMe();
  const central = hasRole(me.data, ['central_security_admin']);
  const pager = useServerPage();
  const q = unitId ? { unitId } : {};
  const coverage = useQuery({ queryKey: ['govern-cov-training', unitId, pager.page], queryFn: () => unwrap(api.GET('/api/govern/coverage/training', { params: { query: { ...q, ...pager.query } } })) });
  const courses = useQuery({ queryKey: ['govern-courses'], queryFn: () => unwrap(api.GET('/api/govern/training/courses')) });
  const run = useMutation({
    mutationFn: (v: { file: Picked; dryRun: boolean }) => unwrap(api.POST('/api/govern/training/attendance/import', { body: { format: v.file.format, contentBase64: v.file.contentBase64, dryRun: v.dryRun } })),
    onSuccess: (r) => {
      if (r.dryRun) return;
      setPicked(null);
      void queryClient.invalidateQueries({ queryKey: ['govern-cov-training'] });
      void message.success(t('govern.training.applied', { added: r.added }));
    },
  });
  const pick = async (file: File): Promise<void> => {
    const p = await readFile(file);
    setPicked(p);
    run.mutate({ file: p, dryRun: true });
  };
  const apply = (): void => {
    if (!picked) return;
    modal.confirm({ title: t('govern.training.apply'), content: t('govern.training.applyConfirm', { name: picked.name }), okText: t('govern.training.apply'), cancelText: t('common.cancel'), onOk: () => run.mutate({ file: picked, dryRun: false }) });
  };
  const errors = rowErrors(run.error);
  return (
    <GovernPage title={t('govern.nav.training')} extra={
        <UnitSelect
          value={unitId || undefined}
          onChange={(v) => {
            setUnitId(v);
            pager.setPage(0);
          }}
          allowClear
        />
      }
    >
      <ErrorAlert error={coverage.error ?? courses.error} />
      {coverage.data ? (
        <Space style={{ marginBottom: 16 }} wrap>
          <span>{t('govern.coverage.training')}</span>
          <Percent value={coverage.data.total.percent} />
          <span>{t('govern.training.currentOf', { covered: coverage.data.total.covered, total: coverage.data.total.total })}</span>
        </Space>
      ) : null}
      <Tabs
        items={[
          {
            key: 'units',
            label: t('govern.training.perUnit'),
            children: (
              <Table
                rowKey="unitId"
                size="small"
                loading={coverage.isLoading}
                dataSource={coverage.data?.units ?? []}
                pagination={{ pageSize: 20 }}
                columns={[
                  { title: t('govern.unit'), dataIndex: 'unitId', render: (v: string) => unitName(v) },
                  { title: t('govern.training.staff'), dataIndex: 'total', render: (v: number) => formatNumber(v) },
                  { title: t('govern.training.current'), dataIndex: 'covered', render: (v: number) => formatNumber(v) },
                  { title: t('govern.percentOfTarget'), dataIndex: 'percent', render: (v: number) => <Percent value={v} /> },
                ]}
              />
            ),
          },
          {
            key: 'overdue',
            label: t('govern.training.overdue', { n: coverage.data?.overdueTotal ?? 0 }),
            children: (
              <div>
              <Table
                rowKey="staffId"
                size="small"
                data-testid="overdue-table"
                loading={coverage.isLoading}
                dataSource={pager.rows(coverage.data?.overdue)}
                pagination={false}
                columns={[
                  { title: t('govern.training.staffNo'), dataIndex: 'staffNo' },
                  { title: t('govern.training.fullName'), dataIndex: 'fullName' },
                  { title: t('govern.unit'), dataIndex: 'unitId', render: (v: string) => unitName(v) },
                  { title: t('govern.training.missingCourses'), dataIndex: 'courses', render: (v: string[]) => v.join(', ') },
                ]}
              />
              <Pager page={pager.page} more={pager.more(coverage.data?.overdue)} onPage={pager.setPage} total={coverage.data?.overdueTotal} testId="overdue-pager" />
              </div>
            ),
          },
          {
            key: 'courses',
            label: t('govern.training.courses'),
            children: (
              <div>
                {central ? (
                  <Button style={{ marginBottom: 8 }} onClick={() => setCreating(true)} data-testid="new-course">
                    {t('govern.training.newCourse')}
                  </Button>
                ) : null}
              <Table
                rowKey="id"
                size="small"
                data-testid="courses-table"
                loading={courses.isLoading}
                dataSource={courses.data ?? []}
                pagination={{ pageSize: 20 }}
                columns={[
                  { title: t('govern.training.courseCode'), dataIndex: 'code' },
                  { title: t('govern.training.courseTitle'), dataIndex: 'title' },
                  { title: t('govern.training.kind'), dataIndex: 'kind', render: (v: string) => t(`govern.training.kinds.${v}`, { defaultValue: v }) },
                  { title: t('govern.training.mandatoryFor'), dataIndex: 'mandatoryFor', render: (v: string[]) => v.map((r) => (r === '*' ? t('govern.training.everyone') : t(`roles.${r}`))).join(', ') },
                  { title: t('govern.training.validity'), dataIndex: 'validityMonths', render: (v: number) => t('govern.training.months', { n: v }) },
                ]}
              />
              </div>
            ),
          },
          {
            key: 'import',
            label: t('govern.training.import'),
            children: (
              <div>
                <Typography.Paragraph>{t('govern.training.importHelp')}</Typography.Paragraph>
                <Upload
                  accept=".csv,.xlsx"
                  maxCount={1}
                  showUploadList={false}
                  beforeUpload={(file) => {
                    void pick(file);
                    return false;
                  }}
                >
                  <Button data-testid="attendance-file">{t('govern.training.chooseFile')}</Button>
                </Upload>
                {picked ? <Typography.Paragraph style={{ marginTop: 8 }}>{picked.name}</Typography.Paragraph> : null}
                {run.data?.dryRun ? (
                  <Alert
                    type="success"
                    showIcon
                    style={{ marginTop: 8 }}
                    title={t('govern.training.dryRunOk', { rows: run.data.rows, added: run.data.added })}
                    action={
                      <Button type="primary" onClick={apply} loading={run.isPending} data-testid="attendance-apply">
                        {t('govern.training.apply')}
                      </Button>
                    }
                  />
                ) : null}
                <ErrorAlert error={run.error} />
                {errors.length > 0 ? (
                  <Table
                    rowKey={(e) => `${e.row}-${e.field}`}
                    size="small"
                    dataSource={errors}
                    pagination={{ pageSize: 20 }}
                    columns={[
                      { title: t('govern.training.row'), dataIndex: 'row' },
                      { title: t('govern.training.field'), dataIndex: 'field' },
                      { title: t('govern.training.problem'), dataIndex: 'code', render: (v: string) => t(`govern.training.rowErrors.${v}`, { defaultValue: v }) },
                    ]}
                  />
                ) : null}
              </div>
            ),
          },
        ]}
      />
      <NewCourseForm open={creating} onClose={() => setCreating(false)} />
    </GovernPage>
  );
}
