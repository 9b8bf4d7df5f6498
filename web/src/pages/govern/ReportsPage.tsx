/**
 * Six-monthly and yearly reports to the IT Centre (due before 1 June, 15 November and 20 December): an
 * officer or head assembles the draft from the register and the other modules, the head of the reporting
 * unit previews and signs it in this browser (`lib/signing.ts`, the same key as posture's monthly reports),
 * the server verifies the signature; the PDF carries the signed content's SHA-256. The national roll-up
 * shows who has reported.
 */
import { useState } from 'react';
import { App, Button, Descriptions, Form, InputNumber, Modal, Select, Space, Table, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../lib/errors';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format';
import { hasRole, useMe } from '../../lib/session';
import { signText } from '../../lib/signing';
import { GOVERN_WRITE, GovernPage, Percent, UnitSelect, thisYear, useUnitName, Pill } from './shared';

const KINDS = ['six_monthly_h1', 'six_monthly_h2', 'yearly'] as const;
type Kind = (typeof KINDS)[number];

/** A field of the report content, read defensively (the content is a free-form record in the API types). */
function field(content: Record<string, unknown>, ...path: string[]): unknown {
  let v: unknown = content;
  for (const p of path) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[p] : undefined;
  return v;
}
const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The preview of a report's content. */
function Preview({ id }: { id: string }): React.JSX.Element {
  const { t } = useTranslation();
  const report = useQuery({ queryKey: ['govern-report', id], queryFn: () => unwrap(api.GET('/api/govern/reports/{id}', { params: { path: { id } } })) });
  const c = report.data?.content ?? {};
  const tasks = Array.isArray(c.tasks) ? (c.tasks as unknown[]) : [];
  return (
    <div data-testid="report-preview">
      <ErrorAlert error={report.error} />
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('govern.reports.unit')}>{`${str(field(c, 'unit', 'name'))} (${str(field(c, 'unit', 'id'))})`}</Descriptions.Item>
        <Descriptions.Item label={t('govern.reports.period')}>{`${formatDate(str(field(c, 'period', 'from')))} – ${formatDate(str(field(c, 'period', 'to')))}`}</Descriptions.Item>
        <Descriptions.Item label={t('govern.reports.dueOn')}>{formatDate(str(field(c, 'dueOn')))}</Descriptions.Item>
        <Descriptions.Item label={t('govern.coverage.dossiers')}>
          <Percent value={num(field(c, 'dossiers', 'percent'))} />
        </Descriptions.Item>
        <Descriptions.Item label={t('govern.coverage.training')}>
          <Percent value={num(field(c, 'training', 'percent'))} />
        </Descriptions.Item>
        <Descriptions.Item label={t('govern.reports.tasks')}>
          {t('govern.reports.tasksDone', { done: tasks.filter((x) => field(x as Record<string, unknown>, 'status') === 'done').length, n: tasks.length })}
        </Descriptions.Item>
        <Descriptions.Item label={t('govern.reports.drills')}>{formatNumber(Array.isArray(c.drills) ? c.drills.length : 0)}</Descriptions.Item>
        <Descriptions.Item label={t('govern.reports.openFindings')}>
          {t('govern.reports.findingsLine', { open: num(field(c, 'inspections', 'openFindings')), overdue: num(field(c, 'inspections', 'overdueFindings')) })}
        </Descriptions.Item>
        <Descriptions.Item label={t('govern.reports.violations')}>{formatNumber(num(field(c, 'violations')))}</Descriptions.Item>
        <Descriptions.Item label={t('govern.reports.sha256')}>
          <code style={{ wordBreak: 'break-all' }}>{report.data?.contentSha256}</code>
        </Descriptions.Item>
      </Descriptions>
    </div>
  );
}

/** The page. */
export default function ReportsPage(): React.JSX.Element {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const me = useMe();
  const unitName = useUnitName();
  const [year, setYear] = useState<number>(thisYear());
  const [rollupKind, setRollupKind] = useState<Kind>('six_monthly_h2');
  const [preview, setPreview] = useState<string | null>(null);
  const [assembling, setAssembling] = useState(false);
  const reports = useQuery({ queryKey: ['govern-reports', year], queryFn: () => unwrap(api.GET('/api/govern/reports', { params: { query: { year } } })) });
  const rollup = useQuery({ queryKey: ['govern-rollup', year, rollupKind], queryFn: () => unwrap(api.GET('/api/govern/reports/rollup', { params: { query: { year, kind: rollupKind } } })) });
  const refresh = (): void => {
    void queryClient.invalidateQueries({ queryKey: ['govern-reports'] });
    void queryClient.invalidateQueries({ queryKey: ['govern-rollup'] });
    void queryClient.invalidateQueries({ queryKey: ['govern-report'] });
  };
  const assemble = useMutation({
    mutationFn: (v: { unitId: string; kind: Kind }) => unwrap(api.POST('/api/govern/reports', { body: { unitId: v.unitId, kind: v.kind, year } })),
    onSuccess: (r) => {
      setAssembling(false);
      refresh();
      setPreview(r.id);
      void message.success(t('govern.reports.assembled'));
    },
  });
  const sign = useMutation({
    mutationFn: async (id: string) => {
      const payload = await unwrap(api.GET('/api/govern/reports/{id}/signing-payload', { params: { path: { id } } }));
      const { keyId, signature } = await signText(payload.canonical);
      return unwrap(api.POST('/api/govern/reports/{id}/sign', { params: { path: { id } }, body: { keyId, signature } }));
    },
    onSuccess: () => {
      setPreview(null);
      refresh();
      void message.success(t('govern.reports.signed'));
    },
  });
  const verify = useMutation({
    mutationFn: (id: string) => unwrap(api.GET('/api/govern/reports/{id}/verify', { params: { path: { id } } })),
    onSuccess: (v) => {
      modal.info({ title: t('govern.reports.verify'), content: v.valid ? t('govern.reports.valid', { fingerprint: v.fingerprint ?? '' }) : t('govern.reports.invalid') });
    },
  });
  const confirmSign = (id: string): void => {
    modal.confirm({ title: t('govern.reports.sign'), content: t('govern.reports.signConfirm'), okText: t('govern.reports.sign'), cancelText: t('common.cancel'), okButtonProps: { 'data-testid': 'confirm-sign' }, onOk: () => sign.mutateAsync(id) });
  };
  const previewed = (reports.data ?? []).find((r) => r.id === preview);
  return (
    <GovernPage
      title={t('govern.nav.reports')}
      extra={
        <Space>
          <InputNumber aria-label={t('govern.year')} min={2020} max={2100} value={year} onChange={(v) => setYear(v ?? thisYear())} />
          {hasRole(me.data, GOVERN_WRITE) ? (
            <Button type="primary" onClick={() => setAssembling(true)} data-testid="assemble">
              {t('govern.reports.assemble')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <ErrorAlert error={reports.error ?? assemble.error ?? sign.error ?? verify.error} />
      <Tabs
        items={[
          {
            key: 'reports',
            label: t('govern.reports.listTab'),
            children: (
              <Table
                rowKey="id"
                size="small"
                loading={reports.isLoading}
                dataSource={reports.data ?? []}
                pagination={{ pageSize: 20 }}
                columns={[
                  { title: t('govern.unit'), dataIndex: 'unitId', render: (v: string) => unitName(v) },
                  { title: t('govern.reports.kind'), dataIndex: 'kind', render: (v: string) => t(`govern.reports.kinds.${v}`) },
                  { title: t('govern.reports.dueOn'), dataIndex: 'dueOn', render: (v: string) => formatDate(v) },
                  { title: t('govern.status'), dataIndex: 'status', render: (v: string) => <Pill tone={v === 'signed' ? 'green' : 'default'}>{t(`govern.reports.states.${v}`)}</Pill> },
                  { title: t('govern.reports.signedAt'), dataIndex: 'signedAt', render: (v: string | null) => formatDateTime(v) },
                  {
                    title: '',
                    key: 'act',
                    render: (_v, r) => (
                      <Space wrap>
                        <Button size="small" onClick={() => setPreview(r.id)} data-testid={`preview-${r.id}`}>
                          {t('govern.reports.preview')}
                        </Button>
                        {r.status === 'signed' ? (
                          <Button size="small" onClick={() => verify.mutate(r.id)} data-testid={`verify-${r.id}`}>
                            {t('govern.reports.verify')}
                          </Button>
                        ) : null}
                        <a href={`/api/govern/reports/${r.id}/pdf`}>{t('govern.reports.pdf')}</a>
                      </Space>
                    ),
                  },
                ]}
              />
            ),
          },
          {
            key: 'rollup',
            label: t('govern.reports.rollupTab'),
            children: (
              <div>
                <Space style={{ marginBottom: 8 }} wrap>
                  <Select<Kind> aria-label={t('govern.reports.kind')} value={rollupKind} onChange={setRollupKind} style={{ minWidth: 220 }} options={KINDS.map((k) => ({ value: k, label: t(`govern.reports.kinds.${k}`) }))} />
                  {rollup.data ? (
                    <span>{t('govern.reports.rollupTotals', { units: rollup.data.totals.units, signed: rollup.data.totals.signed, late: rollup.data.totals.late, missing: rollup.data.totals.missing, due: formatDate(rollup.data.dueOn) })}</span>
                  ) : null}
                </Space>
                <ErrorAlert error={rollup.error} />
                <Table
                  rowKey="unitId"
                  size="small"
                  loading={rollup.isLoading}
                  dataSource={rollup.data?.units ?? []}
                  pagination={{ pageSize: 20 }}
                  columns={[
                    { title: t('govern.unit'), dataIndex: 'name', render: (v: string, r) => `${v} (${r.unitId})` },
                    {
                      title: t('govern.status'),
                      key: 'status',
                      render: (_v, r) => (
                        <Space>
                          <Pill tone={r.status === 'signed' ? 'green' : r.status === 'draft' ? 'gold' : 'red'}>{t(`govern.reports.rollupStates.${r.status}`)}</Pill>
                          {r.late ? <Pill tone="red">{t('govern.overdue')}</Pill> : null}
                        </Space>
                      ),
                    },
                    { title: t('govern.reports.tasksDoneCol'), dataIndex: 'tasksDone', render: (v: number | null) => (v === null ? '—' : formatNumber(v)) },
                    { title: t('govern.coverage.dossiers'), dataIndex: 'dossierPercent', render: (v: number | null) => (v === null ? '—' : <Percent value={v} />) },
                    { title: t('govern.coverage.training'), dataIndex: 'trainingPercent', render: (v: number | null) => (v === null ? '—' : <Percent value={v} />) },
                  ]}
                />
              </div>
            ),
          },
        ]}
      />
      <Modal
        open={preview !== null}
        width={760}
        title={previewed ? `${t(`govern.reports.kinds.${previewed.kind}`)} ${previewed.year} · ${unitName(previewed.unitId)}` : t('govern.reports.preview')}
        onCancel={() => setPreview(null)}
        footer={
          previewed?.status === 'draft' ? (
            <Button type="primary" loading={sign.isPending} onClick={() => confirmSign(previewed.id)} data-testid="sign-report">
              {t('govern.reports.sign')}
            </Button>
          ) : null
        }
        destroyOnHidden
      >
        {preview ? <Preview id={preview} /> : null}
        <ErrorAlert error={sign.error} />
      </Modal>
      <Modal open={assembling} title={t('govern.reports.assemble')} footer={null} onCancel={() => setAssembling(false)} destroyOnHidden>
        <Form<{ unitId: string; kind: Kind }>
          layout="vertical"
          initialValues={{ unitId: me.data?.roles.find((r) => GOVERN_WRITE.includes(r.role))?.unitId, kind: 'six_monthly_h2' }}
          onFinish={(v) => assemble.mutate(v)}
        >
          <Form.Item name="unitId" label={t('govern.unit')} rules={[{ required: true, message: t('form.required') }]}>
            <UnitSelect />
          </Form.Item>
          <Form.Item name="kind" label={t('govern.reports.kind')}>
            <Select<Kind> options={KINDS.map((k) => ({ value: k, label: t(`govern.reports.kinds.${k}`) }))} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={assemble.isPending} data-testid="assemble-submit">
            {t('govern.reports.assemble')}
          </Button>
        </Form>
      </Modal>
    </GovernPage>
  );
}
