/**
 * Search of the audit log (issue 13, item 4; auditors, security officers, the central security team): by time,
 * account (found by staff number or name), unit, person (by a personal identifier), action, outcome, purpose
 * and kind, paged on the server newest first, with the same filters as a CSV file. The server scopes every
 * query to the caller's unit subtree and records it.
 */
import { useMemo, useState } from 'react';
import { Alert, Button, Card, DatePicker, Form, Input, Select, Space, Table } from 'antd';
import { StatusTag } from './StatusTag';
import type { Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { ErrorAlert } from '../../lib/errors';
import { formatDateTime, formatNumber } from '../../lib/format';
import { usePurposes } from '../../lib/purposes';
import { currentLang } from '../../i18n';
import { AccountPicker, useAccountNames } from './AccountPicker';

type EntryQuery = NonNullable<paths['/api/audit/entries']['get']['parameters']['query']>;
type Filter = Omit<EntryQuery, 'before' | 'limit' | 'lang'>;
interface Fields {
  range?: [Dayjs | null, Dayjs | null] | null;
  accountId?: string;
  unitId?: string;
  identifier?: string;
  action?: string;
  outcome?: Filter['outcome'];
  purpose?: string;
  kind?: Filter['kind'];
}

const PAGE = 50;
const OUTCOMES = ['allow', 'deny', 'success', 'failure'] as const;
const KINDS = ['access', 'auth', 'admin', 'external'] as const;

/** The filter as a query string (for the CSV link). */
function queryString(f: Filter): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v !== undefined && v !== '') p.set(k, String(v));
  return p.toString();
}

/** The page. */
export default function AuditSearchPage(): React.JSX.Element {
  const { t } = useTranslation();
  const [form] = Form.useForm<Fields>();
  const purposes = usePurposes();
  const lang = currentLang();
  const [filter, setFilter] = useState<Filter | null>(null);
  const [cursors, setCursors] = useState<Array<number | undefined>>([undefined]);
  const [lookupError, setLookupError] = useState<unknown>(null);
  const [noPerson, setNoPerson] = useState(false);
  const before = cursors[cursors.length - 1];

  const entries = useQuery({
    queryKey: ['audit-entries', filter, before],
    enabled: filter !== null,
    queryFn: () => unwrap(api.GET('/api/audit/entries', { params: { query: { ...filter, before, limit: PAGE, lang } } })),
  });
  const accountIds = useMemo(() => [...new Set((entries.data?.items ?? []).map((e) => e.accountId).filter((x): x is string => !!x))], [entries.data]);
  const names = useAccountNames(accountIds);

  const submit = async (v: Fields): Promise<void> => {
    setLookupError(null);
    setNoPerson(false);
    let subjectId: string | undefined;
    const identifier = v.identifier?.trim();
    if (identifier) {
      try {
        const r = await unwrap(api.GET('/api/audit/persons/lookup', { params: { query: { identifier: identifier.toUpperCase() } } }));
        if (!r.personId) {
          setNoPerson(true);
          setFilter(null);
          return;
        }
        subjectId = r.personId;
      } catch (err) {
        setLookupError(err);
        return;
      }
    }
    const [from, to] = v.range ?? [null, null];
    setCursors([undefined]);
    setFilter({
      accountId: v.accountId || undefined,
      unitId: v.unitId?.trim() || undefined,
      subjectId,
      action: v.action?.trim() || undefined,
      outcome: v.outcome || undefined,
      purpose: v.purpose || undefined,
      kind: v.kind || undefined,
      from: from ? from.startOf('minute').toISOString() : undefined,
      to: to ? to.endOf('minute').toISOString() : undefined,
    });
  };

  return (
    <Card title={<h1 style={{ fontSize: 20, margin: 0 }}>{t('audit.search.title')}</h1>}>
      <Form<Fields> form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="audit-search-form">
        <Space wrap align="start" size="middle">
          <Form.Item name="range" label={t('audit.search.time')}>
            <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="DD/MM/YYYY HH:mm" allowEmpty={[true, true]} aria-label={t('audit.search.time')} />
          </Form.Item>
          <Form.Item name="accountId" label={t('audit.search.account')} extra={t('audit.search.accountPlaceholder')} style={{ minWidth: 260 }}>
            <AccountPicker />
          </Form.Item>
          <Form.Item name="unitId" label={t('audit.search.unit')} rules={[{ pattern: /^[A-Za-z0-9._:-]+$/, message: t('audit.search.unitFormat') }]}>
            <Input allowClear placeholder={t('audit.search.unitPlaceholder')} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="identifier" label={t('audit.search.person')} extra={t('audit.search.personHint')} rules={[{ pattern: /^[A-Za-z0-9]{5,32}$/, message: t('audit.search.personFormat') }]}>
            <Input allowClear style={{ width: 220 }} data-testid="audit-person" />
          </Form.Item>
          <Form.Item name="action" label={t('audit.search.action')}>
            <Input allowClear placeholder={t('audit.search.actionPlaceholder')} style={{ width: 180 }} data-testid="audit-action" />
          </Form.Item>
          <Form.Item name="outcome" label={t('audit.search.outcome')}>
            <Select allowClear style={{ width: 150 }} options={OUTCOMES.map((o) => ({ value: o, label: t(`audit.outcomes.${o}`) }))} aria-label={t('audit.search.outcome')} />
          </Form.Item>
          <Form.Item name="purpose" label={t('audit.search.purpose')}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              style={{ width: 240 }}
              loading={purposes.isLoading}
              options={(purposes.data?.purposes ?? []).map((p) => ({ value: p.code, label: p[lang] }))}
              aria-label={t('audit.search.purpose')}
            />
          </Form.Item>
          <Form.Item name="kind" label={t('audit.search.kind')}>
            <Select allowClear style={{ width: 150 }} options={KINDS.map((k) => ({ value: k, label: t(`audit.kinds.${k}`) }))} aria-label={t('audit.search.kind')} />
          </Form.Item>
        </Space>
        <Space>
          <Button type="primary" htmlType="submit" data-testid="audit-search">
            {t('audit.search.submit')}
          </Button>
          {filter && (
            <Button href={`/api/audit/entries.csv?${queryString({ ...filter })}`} download="khien-audit.csv" data-testid="audit-csv">
              {t('audit.search.csv')}
            </Button>
          )}
        </Space>
      </Form>
      <ErrorAlert error={lookupError ?? entries.error} />
      {noPerson && <Alert type="info" showIcon title={t('audit.search.noPerson')} style={{ marginTop: 16 }} />}
      {filter && (
        <>
          <Table
            style={{ marginTop: 16 }}
            rowKey="seq"
            size="small"
            loading={entries.isFetching}
            dataSource={entries.data?.items ?? []}
            pagination={false}
            scroll={{ x: true }}
            data-testid="audit-results"
            columns={[
              { title: t('audit.entry.seq'), dataIndex: 'seq', render: (seq: number) => <Link to={`/audit/entries/${seq}`}>{formatNumber(seq)}</Link> },
              { title: t('audit.entry.time'), dataIndex: 'time', render: (v: string) => formatDateTime(v) },
              { title: t('audit.entry.kind'), dataIndex: 'kind', render: (v: string) => t(`audit.kinds.${v}`, { defaultValue: v }) },
              {
                title: t('audit.entry.account'),
                dataIndex: 'accountId',
                render: (v: string | null) => {
                  if (!v) return t('audit.entry.system');
                  if (!names) return '';
                  const n = names.get(v);
                  return n ? `${n.staffNo} · ${n.fullName}` : t('audit.entry.outsideAccount');
                },
              },
              { title: t('audit.entry.unit'), dataIndex: 'unitId' },
              { title: t('audit.entry.action'), dataIndex: 'action' },
              { title: t('audit.entry.purpose'), dataIndex: 'purpose', render: (v: string | null) => (v ? (purposes.data?.purposes.find((p) => p.code === v)?.[lang] ?? v) : '') },
              {
                title: t('audit.entry.outcome'),
                dataIndex: 'outcome',
                render: (v: string | null) => (v ? <StatusTag tone={v === 'deny' || v === 'failure' ? 'bad' : 'good'}>{t(`audit.outcomes.${v}`, { defaultValue: v })}</StatusTag> : null),
              },
              { title: t('audit.entry.subjects'), dataIndex: 'subjectIds', render: (v: string[]) => formatNumber(v.length) },
            ]}
          />
          <Space style={{ marginTop: 12 }}>
            <Button disabled={cursors.length <= 1} onClick={() => setCursors((c) => c.slice(0, -1))} data-testid="audit-newer">
              {t('audit.search.newer')}
            </Button>
            <Button
              disabled={!entries.data?.nextBefore}
              onClick={() => {
                const next = entries.data?.nextBefore;
                if (next) setCursors((c) => [...c, next]);
              }}
              data-testid="audit-older"
            >
              {t('audit.search.older')}
            </Button>
            <span>{t('audit.search.pageNo', { n: cursors.length })}</span>
          </Space>
        </>
      )}
    </Card>
  );
}
