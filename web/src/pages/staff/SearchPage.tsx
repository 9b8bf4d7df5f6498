/**
 * Search of the registry: the purpose of the task first, then one key (personal identification number,
 * social insurance number, card code, or name with date of birth). Results are masked rows; a refusal says
 * why in words without telling whether the person exists.
 */
import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Form, Input, Radio, Space, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { ErrorAlert } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { PurposeSelect } from '../../lib/purposes';
import { BreakGlassDialog, type BreakGlassTarget } from './BreakGlassDialog';
import { ExportRequestDialog } from './ExportRequestDialog';
import { isRefusedRead, RefusalHelp } from './RefusalHelp';

type SearchBody = paths['/api/registry/search']['post']['requestBody']['content']['application/json'];
type By = 'personalId' | 'socialInsuranceNo' | 'cardCode' | 'name';
interface Fields {
  purpose: string;
  by: By;
  value?: string;
  fullName?: string;
  dateOfBirth?: Dayjs;
}

const PATTERNS: Record<Exclude<By, 'name'>, RegExp> = { personalId: /^\d{12}$/, socialInsuranceNo: /^\d{10}$/, cardCode: /^[A-Z]{2}[1-5]\d{12}$/ };

/** The page. */
export default function SearchPage(): React.JSX.Element {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<Fields>();
  const by = Form.useWatch('by', form) ?? 'personalId';
  const [purpose, setPurpose] = useState<string | null>(null);
  const [target, setTarget] = useState<BreakGlassTarget | null>(null);
  const [breakGlass, setBreakGlass] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const [exporting, setExporting] = useState(false);
  const search = useMutation({ mutationFn: (body: SearchBody) => unwrap(api.POST('/api/registry/search', { body })), onMutate: () => setSelected([]) });
  const refused = isRefusedRead(search.error) || (search.data !== undefined && search.data.rows.length === 0);

  const submit = (v: Fields): void => {
    setPurpose(v.purpose);
    setTarget(v.by === 'name' ? null : { [v.by]: v.value!.trim().toUpperCase() });
    const body: SearchBody =
      v.by === 'name'
        ? { purpose: v.purpose, fullName: v.fullName!.trim(), ...(v.dateOfBirth ? { dateOfBirth: v.dateOfBirth.format('YYYY-MM-DD') } : {}) }
        : { purpose: v.purpose, [v.by]: v.value!.trim().toUpperCase() };
    search.mutate(body);
  };

  return (
    <Card title={<h1 style={{ fontSize: 20, margin: 0 }}>{t('nav.search')}</h1>}>
      <Form<Fields> form={form} layout="vertical" initialValues={{ by: 'personalId' }} onFinish={submit} requiredMark={false} style={{ maxWidth: 640 }}>
        <Form.Item name="purpose" label={t('search.purpose')} extra={t('search.purposeHint')} rules={[{ required: true, message: t('search.purposeRequired') }]}>
          <PurposeSelect />
        </Form.Item>
        <Form.Item name="by" label={t('search.by')}>
          <Radio.Group
            optionType="button"
            options={(['personalId', 'socialInsuranceNo', 'cardCode', 'name'] as const).map((k) => ({ value: k, label: t(`search.keys.${k}`) }))}
          />
        </Form.Item>
        {by === 'name' ? (
          <>
            <Form.Item name="fullName" label={t('search.fullName')} rules={[{ required: true, min: 2, message: t('form.required') }]}>
              <Input maxLength={120} />
            </Form.Item>
            <Form.Item name="dateOfBirth" label={t('search.dateOfBirth')} rules={[{ required: true, message: t('form.required') }]}>
              <DatePicker format="DD/MM/YYYY" />
            </Form.Item>
          </>
        ) : (
          <Form.Item name="value" label={t(`search.keys.${by}`)} extra={t(`search.formats.${by}`)} rules={[{ required: true, pattern: PATTERNS[by], message: t(`search.formats.${by}`) }]}>
            <Input maxLength={20} autoComplete="off" data-testid="search-value" />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={search.isPending} data-testid="search-submit">
          {t('search.submit')}
        </Button>
      </Form>
      <div style={{ marginTop: 16 }}>
        <ErrorAlert error={search.error} />
        {search.data?.truncated && <Alert type="info" showIcon title={t('search.truncated')} />}
        {refused && purpose && !search.isPending && (
          <div style={{ marginTop: 12 }}>
            <RefusalHelp purpose={purpose} kind={search.error ? 'search' : 'empty'} onBreakGlass={target ? () => setBreakGlass(true) : undefined} />
          </div>
        )}
      </div>
      {target && purpose && <BreakGlassDialog open={breakGlass} target={target} purpose={purpose} onClose={() => setBreakGlass(false)} />}
      {purpose && <ExportRequestDialog open={exporting} personIds={selected} purpose={purpose} onClose={() => setExporting(false)} />}
      {search.data && search.data.rows.length > 0 && (
        <Space style={{ marginTop: 16 }}>
          <Button disabled={selected.length === 0} onClick={() => setExporting(true)} data-testid="export-start">
            {t('work.exports.requestSelected', { count: selected.length })}
          </Button>
        </Space>
      )}
      {search.data && (
        <Table
          style={{ marginTop: 16 }}
          rowKey="id"
          rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)), columnTitle: t('work.exports.selectColumn'), getCheckboxProps: (r) => ({ 'aria-label': t('work.exports.selectRow', { name: r.fullName }) }) }}
          dataSource={search.data.rows}
          pagination={{ pageSize: 20 }}
          scroll={{ x: true }}
          onRow={(r) => ({ onClick: (e) => (e.target as HTMLElement).closest('.ant-table-selection-column') ? undefined : void navigate(`/persons/${r.id}?purpose=${encodeURIComponent(purpose ?? '')}`), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('person.fullName'), dataIndex: 'fullName', render: (v: string, r) => <a href={`/persons/${r.id}?purpose=${encodeURIComponent(purpose ?? '')}`} onClick={(e) => e.preventDefault()}>{v}</a> },
            { title: t('person.dateOfBirth'), dataIndex: 'dateOfBirth', render: (v: string | null) => formatDate(v) || v },
            { title: t('person.personalId'), dataIndex: 'personalId' },
            { title: t('person.province'), dataIndex: 'provinceCode' },
            { title: t('person.commune'), dataIndex: 'communeCode' },
          ]}
        />
      )}
    </Card>
  );
}
