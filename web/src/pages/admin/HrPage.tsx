/**
 * HR changes (issue 13, item 5): an HR file (CSV or XLSX) is first read as a dry run — the table of what each
 * row will change and each bad row's error — then applied in one transaction with its result, including new
 * hires, whose accounts and temporary passwords are shown once; and one HR event at a time, the staff member
 * found by staff number or name.
 */
import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Form, Input, Modal, Progress, Select, Space, Table, Typography, Upload } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { ErrorAlert } from '../../lib/errors';
import { formatDate, formatNumber } from '../../lib/format';

type Report = paths['/api/admin/hr/import']['post']['responses'][200]['content']['application/json'];
type HrBody = paths['/api/admin/hr/events']['post']['requestBody']['content']['application/json'];
const KINDS: ReadonlyArray<HrBody['kind']> = ['transfer', 'retirement', 'resignation', 'suspension', 'return'];

function toBase64(buf: ArrayBuffer): string {
  const bytes = new Uint8Array(buf);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

function ReportView({ report }: { report: Report }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid={report.applied ? 'hr-result' : 'hr-dry-run'}>
      <Alert
        type={report.errors.length > 0 ? 'error' : report.applied ? 'success' : 'info'}
        showIcon
        title={
          report.applied
            ? t('admin.hr.applied', { valid: formatNumber(report.valid), sessions: formatNumber(report.sessionsRevoked), grants: formatNumber(report.grantsEnded), vpn: formatNumber(report.vpnDisabled), hires: formatNumber(report.hires.length) })
            : t('admin.hr.dryRunSummary', { rows: formatNumber(report.rows), valid: formatNumber(report.valid), errors: formatNumber(report.errors.length) })
        }
      />
      {report.errors.length > 0 && (
        <Table
          rowKey={(e) => `${e.row}-${e.field}-${e.code}`}
          size="small"
          pagination={false}
          dataSource={report.errors}
          data-testid="hr-errors"
          columns={[
            { title: t('admin.hr.row'), dataIndex: 'row' },
            { title: t('admin.hr.field'), dataIndex: 'field' },
            { title: t('admin.hr.error'), dataIndex: 'code', render: (c: string) => t(`admin.hr.errors.${c}`, { defaultValue: c }) },
          ]}
        />
      )}
      <Table
        rowKey="row"
        size="small"
        pagination={{ pageSize: 20 }}
        dataSource={report.changes}
        data-testid="hr-changes"
        columns={[
          { title: t('admin.hr.row'), dataIndex: 'row' },
          { title: t('admin.hr.staffNo'), dataIndex: 'staffNo' },
          { title: t('admin.hr.name'), dataIndex: 'fullName' },
          { title: t('admin.hr.change'), dataIndex: 'kind', render: (k: string) => t(`admin.hr.kinds.${k}`) },
          { title: t('admin.hr.from'), dataIndex: 'fromUnitId' },
          { title: t('admin.hr.to'), dataIndex: 'toUnitId' },
          { title: t('admin.hr.role'), dataIndex: 'role', render: (r: string | null) => (r ? t(`roles.${r}`, { defaultValue: r }) : '') },
          { title: t('admin.hr.effectiveOn'), dataIndex: 'effectiveOn', render: (v: string) => formatDate(v) },
        ]}
      />
      {report.hires.length > 0 && (
        <>
          <Alert type="warning" showIcon title={t('admin.hr.passwordsOnce')} />
          <Table
            rowKey="accountId"
            size="small"
            pagination={false}
            dataSource={report.hires}
            data-testid="hr-hires"
            columns={[
              { title: t('admin.hr.staffNo'), dataIndex: 'staffNo' },
              { title: t('admin.hr.to'), dataIndex: 'unitId' },
              { title: t('admin.hr.role'), dataIndex: 'role', render: (r: string) => t(`roles.${r}`, { defaultValue: r }) },
              { title: t('admin.hr.temporaryPassword'), dataIndex: 'temporaryPassword', render: (p: string) => <Typography.Text code copyable>{p}</Typography.Text> },
            ]}
          />
        </>
      )}
    </Space>
  );
}

function HrImport(): React.JSX.Element {
  const { t } = useTranslation();
  const [file, setFile] = useState<{ name: string; format: 'csv' | 'xlsx'; content: string } | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  // The apply is followed under an id of the page's own: the server reports its phase and rows done there.
  const [progressId, setProgressId] = useState<string | null>(null);
  const send = useMutation({
    mutationFn: async (dryRun: boolean): Promise<Report> => {
      const id = dryRun ? undefined : crypto.randomUUID();
      setProgressId(id ?? null);
      try {
        return await unwrap(api.POST('/api/admin/hr/import', { body: { format: file!.format, contentBase64: file!.content, dryRun, progressId: id } }));
      } catch (err) {
        // 422: the report of the rows in error comes back as the error's details.
        if (err instanceof ApiError && err.status === 422 && err.body.details) return err.body.details as Report;
        throw err;
      } finally {
        setProgressId(null);
      }
    },
    onSuccess: setReport,
  });
  const applying = send.isPending && send.variables === false;
  // Unknown on this server (another node runs it): the bar stays indeterminate.
  const progress = useQuery({
    queryKey: ['hr-import-progress', progressId],
    enabled: applying && progressId !== null,
    refetchInterval: 500,
    retry: false,
    queryFn: () => unwrap(api.GET('/api/admin/hr/import/progress/{id}', { params: { path: { id: progressId ?? '' } } })),
  });
  const step = applying ? progress.data : undefined;
  const apply = (): void => {
    Modal.confirm({
      title: t('admin.hr.applyTitle'),
      content: t('admin.hr.applyEffect', { n: formatNumber(report?.valid ?? 0) }),
      okText: t('admin.hr.apply'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: true },
      onOk: () => send.mutateAsync(false),
    });
  };
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('admin.hr.importTitle')}</h2>}>
      <Typography.Paragraph>{t('admin.hr.columns')}</Typography.Paragraph>
      <Space wrap>
        <Upload
          accept=".csv,.xlsx"
          maxCount={1}
          showUploadList={false}
          beforeUpload={(f) => {
            void f.arrayBuffer().then((buf) => {
              setReport(null);
              setFile({ name: f.name, format: f.name.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv', content: toBase64(buf) });
            });
            return false;
          }}
        >
          <Button data-testid="hr-file">{t('admin.hr.chooseFile')}</Button>
        </Upload>
        {file && <span data-testid="hr-file-name">{file.name}</span>}
        <Button type="primary" disabled={!file} loading={send.isPending && send.variables === true} onClick={() => send.mutate(true)} data-testid="hr-dry-run-button">
          {t('admin.hr.dryRun')}
        </Button>
        <Button disabled={!report || report.applied || report.errors.length > 0 || report.valid === 0} loading={send.isPending && send.variables === false} onClick={apply} data-testid="hr-apply">
          {t('admin.hr.apply')}
        </Button>
      </Space>
      {applying && (
        <div style={{ marginTop: 16 }} data-testid="hr-apply-progress">
          <Typography.Text>{step ? t(`admin.hr.progress.${step.phase}`, { done: formatNumber(step.done), total: formatNumber(step.total) }) : t('admin.hr.applying')}</Typography.Text>
          <Progress percent={step && step.total > 0 ? Math.floor((step.done / step.total) * 100) : 99} status="active" showInfo={step !== undefined && step.total > 0} />
        </div>
      )}
      <div style={{ marginTop: 16 }}>
        <ErrorAlert error={send.error} />
        {report && <ReportView report={report} />}
      </div>
    </Card>
  );
}

function HrEvent(): React.JSX.Element {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ staffId: string; kind: HrBody['kind']; effectiveOn: Dayjs; newUnitId?: string; reason?: string }>();
  const kind = Form.useWatch('kind', form);
  const [q, setQ] = useState('');
  const staff = useQuery({ queryKey: ['admin-accounts', q, 'hr'], enabled: q.length >= 2, queryFn: () => unwrap(api.GET('/api/admin/accounts', { params: { query: { limit: 20, offset: 0, q } } })) });
  const send = useMutation({
    mutationFn: (v: { staffId: string; kind: HrBody['kind']; effectiveOn: Dayjs; newUnitId?: string; reason?: string }) =>
      unwrap(
        api.POST('/api/admin/hr/events', {
          body: { staffId: v.staffId, kind: v.kind, effectiveOn: v.effectiveOn.format('YYYY-MM-DD'), ...(v.kind === 'transfer' && v.newUnitId ? { newUnitId: v.newUnitId.trim().toUpperCase() } : {}), ...(v.reason ? { reason: v.reason } : {}) },
        }),
      ),
  });
  const submit = (v: { staffId: string; kind: HrBody['kind']; effectiveOn: Dayjs; newUnitId?: string; reason?: string }): void => {
    Modal.confirm({
      title: t('admin.hr.eventTitle'),
      content: t(`admin.hr.effects.${v.kind}`),
      okText: t('admin.hr.record'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: v.kind !== 'return' },
      onOk: () => send.mutateAsync(v),
    });
  };
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('admin.hr.eventTitle')}</h2>}>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Space wrap align="start">
          <Form.Item name="staffId" label={t('admin.hr.staff')} extra={t('admin.hr.staffHint')} rules={[{ required: true, message: t('form.required') }]}>
            <Select
              showSearch={{ filterOption: false, onSearch: (v) => setQ(v.trim()) }}
              style={{ width: 280 }}
              loading={staff.isFetching}
              options={(staff.data ?? []).map((a) => ({ value: a.staffId, label: `${a.username} · ${a.fullName} (${a.unitId})` }))}
              aria-label={t('admin.hr.staff')}
            />
          </Form.Item>
          <Form.Item name="kind" label={t('admin.hr.change')} rules={[{ required: true, message: t('form.required') }]}>
            <Select style={{ width: 200 }} options={KINDS.map((k) => ({ value: k, label: t(`admin.hr.kinds.${k}`) }))} aria-label={t('admin.hr.change')} />
          </Form.Item>
          <Form.Item name="effectiveOn" label={t('admin.hr.effectiveOn')} rules={[{ required: true, message: t('form.required') }]}>
            <DatePicker format="DD/MM/YYYY" aria-label={t('admin.hr.effectiveOn')} />
          </Form.Item>
          {kind === 'transfer' && (
            <Form.Item name="newUnitId" label={t('admin.hr.to')} rules={[{ required: true, pattern: /^[A-Za-z0-9-]+$/, message: t('form.required') }]}>
              <Input style={{ width: 120 }} />
            </Form.Item>
          )}
        </Space>
        <Form.Item name="reason" label={t('common.reason')} extra={t('common.reasonRecorded')}>
          <Input maxLength={500} />
        </Form.Item>
        <Button htmlType="submit" loading={send.isPending}>
          {t('admin.hr.record')}
        </Button>
      </Form>
      <ErrorAlert error={send.error} />
      {send.data && (
        <Alert
          style={{ marginTop: 16 }}
          type="success"
          showIcon
          title={t('admin.hr.eventDone', { sessions: formatNumber(send.data.sessionsRevoked), grants: formatNumber(send.data.grantsEnded), devices: formatNumber(send.data.devicesRevoked), vpn: formatNumber(send.data.vpnDisabled) })}
        />
      )}
    </Card>
  );
}

/** The page. */
export default function HrPage(): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <h1 style={{ fontSize: 20, margin: 0 }}>{t('admin.hr.title')}</h1>
      <HrImport />
      <HrEvent />
    </Space>
  );
}
