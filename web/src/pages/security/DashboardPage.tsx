/**
 * The security dashboard (officer: own unit subtree; central team: national), refreshing itself every 10
 * seconds: alerts by severity and by unit over the chosen period (the last 24 hours by hour, the last 7 or
 * 30 days by day, or chosen days: by hour up to two days, by day up to 366), open alerts past their target time, the
 * riskiest accounts, reads per hour against the usual curve, auto-suspensions, ingestion sources and their
 * last event (a silent source is a warning), cases by state, breaches with their time left. Each chart has a
 * table of the same numbers. Accounts are named by staff number and name, units by code and name.
 */
import { useState } from 'react';
import { Alert, Card, Col, DatePicker, Radio, Row, Space, Statistic, Table, Tabs } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../lib/status-tag';
import { Link } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { Chart } from '../../components/charts/Chart';
import { ErrorAlert } from '../../lib/errors';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format';
import { formatCountdown } from './BreachPanel';
import { CASE_STATES, Heading, SEVERITIES, SeverityTag } from './ui';
import { useUnits } from '../../components/UnitPicker';
import { useAccountNames } from '../audit/AccountPicker';
import { vnDayStart, vnToday } from '../../lib/vn-date';

const REFRESH = 10_000;
const PALETTE: Readonly<Record<string, string>> = { critical: '#a8071a', high: '#ad2102', medium: '#874d00', low: '#003a8c' };
/** HH:mm of a moment in Vietnam. */
const hourOf = (iso: string): string => formatDateTime(iso).slice(11);

/** A card holding a chart and the same numbers as a table. */
function ChartCard({ title, chart, table, testId }: { title: string; chart: React.ReactNode; table: React.ReactNode; testId?: string }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <Card size="small" title={<h2 style={{ fontSize: 15, margin: 0 }}>{title}</h2>} data-testid={testId}>
      <Tabs size="small" items={[{ key: 'chart', label: t('security.dashboard.chart'), children: chart }, { key: 'table', label: t('security.dashboard.table'), children: table }]} />
    </Card>
  );
}

/** Periods the dashboard shows: the last 24 hours by hour (the default), the last 7 or 30 days by day, or chosen days. */
const PERIODS = ['24h', '7d', '30d', 'custom'] as const;
type Period = (typeof PERIODS)[number];
const DAYS: Readonly<Record<Exclude<Period, 'custom'>, number>> = { '24h': 1, '7d': 7, '30d': 30 };
/** Chosen days: by hour up to two days, by day up to 366 (the server refuses longer with KHIEN_DETECT_BAD_RANGE). */
const HOURLY_DAYS = 2;
const MAX_DAYS = 366;
type Range = readonly [Dayjs, Dayjs];

/** The query of both figure routes for a period, ending now (asked afresh at each refresh); chosen days run from the first's start to the last's end (or now). */
function periodQuery(period: Period, range: Range | null): { from?: string; to?: string; bucket: 'hour' | 'day' } {
  if (period === '24h') return { bucket: 'hour' };
  const now = new Date();
  if (period === 'custom') {
    if (!range) return { bucket: 'hour' };
    const from = vnDayStart(range[0]);
    const end = vnDayStart(range[1].add(1, 'day'));
    const to = end > now ? now : end;
    return { from: from.toISOString(), to: to.toISOString(), bucket: range[1].diff(range[0], 'day') + 1 <= HOURLY_DAYS ? 'hour' : 'day' };
  }
  return { from: new Date(now.getTime() - DAYS[period] * 86_400_000).toISOString(), to: now.toISOString(), bucket: 'day' };
}

/** The page. */
export default function DashboardPage(): React.JSX.Element {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<Period>('24h');
  const [range, setRange] = useState<Range | null>(null);
  // Chosen days wait for their range; until then the last 24 hours stay shown.
  const effective: Period = period === 'custom' && !range ? '24h' : period;
  const rangeKey = effective === 'custom' && range ? `${range[0].format('YYYY-MM-DD')}/${range[1].format('YYYY-MM-DD')}` : '';
  const byDay = periodQuery(effective, range).bucket === 'day';
  const summary = useQuery({
    queryKey: ['monitoring-summary', effective, rangeKey],
    queryFn: () => unwrap(api.GET('/api/monitoring/summary', { params: { query: periodQuery(effective, range) } })),
    refetchInterval: REFRESH,
    placeholderData: keepPreviousData,
  });
  const dash = useQuery({
    queryKey: ['security-dashboard', effective, rangeKey],
    queryFn: () => unwrap(api.GET('/api/security/dashboard', { params: { query: effective === '24h' ? {} : periodQuery(effective, range) } })),
    refetchInterval: REFRESH,
    placeholderData: keepPreviousData,
  });
  const unitList = useUnits();
  const unitNames = new Map((unitList.data ?? []).map((u) => [u.id, u.name]));
  /** A unit as code · name (the code alone when the unit is outside the list; none for an alert without a unit). */
  const unitLabel = (id: string | null): string => {
    if (id === null || id === '(none)') return t('security.dashboard.noUnit');
    const name = unitNames.get(id);
    return name ? `${id} · ${name}` : id;
  };
  const accountIds = [...new Set([...(summary.data?.riskiestAccounts ?? []).map((a) => a.accountId), ...(dash.data?.suspensions.recent ?? []).flatMap((r) => (r.accountId ? [r.accountId] : []))])];
  const accountNames = useAccountNames(accountIds);
  /** An account as staff number · name (its id's start until the names arrive or when it is outside the caller's scope). */
  const accountLabel = (id: string | null): string => {
    if (id === null) return t('security.common.none');
    const a = accountNames?.get(id);
    return a ? `${a.staffNo} · ${a.fullName}` : id.slice(0, 8);
  };
  /** The label of a bucket on a chart's axis: HH:mm by hour, dd/mm by day. */
  const tick = (iso: string): string => (byDay ? formatDate(iso).slice(0, 5) : hourOf(iso));
  const bucketTitle = byDay ? t('security.dashboard.day') : t('security.dashboard.hour');
  const s = summary.data;
  const d = dash.data;
  const buckets = s?.buckets ?? [];
  const units = [...new Set(buckets.flatMap((b) => Object.keys(b.byUnit)))].sort();
  const silent = (d?.sources ?? []).filter((x) => x.silent);
  const caseRows = CASE_STATES.map((st) => ({ state: st, n: d?.cases[st] ?? 0 }));
  return (
    <div>
      <Card
        style={{ marginBottom: 16 }}
        title={<Heading text={t('security.dashboard.title')} />}
        extra={
          <Space wrap>
            <Radio.Group
              optionType="button"
              size="small"
              value={period}
              onChange={(e) => setPeriod(e.target.value as Period)}
              aria-label={t('security.dashboard.period')}
              data-testid="dashboard-period"
              options={PERIODS.map((p) => ({ value: p, label: t(`security.dashboard.periods.${p}`) }))}
            />
            {period === 'custom' ? (
              <DatePicker.RangePicker
                size="small"
                format="DD/MM/YYYY"
                value={range ? [range[0], range[1]] : null}
                onChange={(v) => setRange(v?.[0] && v[1] ? [v[0], v[1]] : null)}
                disabledDate={(day, info) => day.isAfter(vnToday(), 'day') || (info.from !== undefined && Math.abs(day.diff(info.from, 'day')) >= MAX_DAYS)}
                aria-label={t('security.dashboard.range')}
                data-testid="dashboard-range"
              />
            ) : null}
            {d ? <span>{t('security.dashboard.updated', { at: formatDateTime(d.generatedAt) })}</span> : null}
          </Space>
        }
      >
        <ErrorAlert error={summary.error ?? dash.error} />
        {silent.length > 0 ? (
          <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('security.dashboard.silentSources', { systems: silent.map((x) => x.system).join(', ') })} data-testid="silent-sources" />
        ) : null}
        <Row gutter={16}>
          <Col xs={12} md={4}>
            <div data-testid="stat-alerts">
              <Statistic title={t('security.dashboard.alerts24h')} value={s?.totals.alerts ?? 0} formatter={(v) => formatNumber(Number(v))} />
            </div>
          </Col>
          {SEVERITIES.map((sev) => (
            <Col xs={12} md={4} key={sev}>
              <Statistic title={t(`security.severity.${sev}`)} value={s?.totals.bySeverity[sev] ?? 0} valueStyle={{ color: PALETTE[sev] }} formatter={(v) => formatNumber(Number(v))} />
            </Col>
          ))}
          <Col xs={12} md={4}>
            <Statistic title={t('security.dashboard.overdue')} value={s?.overdue.length ?? 0} valueStyle={{ color: (s?.overdue.length ?? 0) > 0 ? '#cf1322' : undefined }} formatter={(v) => formatNumber(Number(v))} />
          </Col>
        </Row>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <ChartCard
            title={byDay ? t('security.dashboard.bySeverityDaily') : t('security.dashboard.bySeverity')}
            testId="chart-severity"
            chart={
              <Chart
                label={byDay ? t('security.dashboard.bySeverityDaily') : t('security.dashboard.bySeverity')}
                option={{
                  tooltip: { trigger: 'axis' },
                  legend: {},
                  xAxis: { type: 'category', data: buckets.map((b) => tick(b.start)) },
                  yAxis: { type: 'value', minInterval: 1 },
                  series: SEVERITIES.map((sev) => ({ name: t(`security.severity.${sev}`), type: 'bar', stack: 'sev', color: PALETTE[sev], data: buckets.map((b) => b.bySeverity[sev]) })),
                }}
              />
            }
            table={
              <Table
                rowKey="start"
                size="small"
                pagination={false}
                dataSource={buckets}
                columns={[
                  { title: bucketTitle, dataIndex: 'start', render: (v: string) => (byDay ? formatDate(v) : formatDateTime(v)) },
                  ...SEVERITIES.map((sev) => ({ title: t(`security.severity.${sev}`), key: sev, render: (_v: unknown, b: (typeof buckets)[number]) => formatNumber(b.bySeverity[sev]) })),
                ]}
              />
            }
          />
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard
            title={byDay ? t('security.dashboard.byUnitDaily') : t('security.dashboard.byUnit')}
            chart={
              <Chart
                label={byDay ? t('security.dashboard.byUnitDaily') : t('security.dashboard.byUnit')}
                option={{
                  tooltip: { trigger: 'axis' },
                  legend: { type: 'scroll' },
                  xAxis: { type: 'category', data: buckets.map((b) => tick(b.start)) },
                  yAxis: { type: 'value', minInterval: 1 },
                  series: units.map((u) => ({ name: unitLabel(u), type: 'bar', stack: 'unit', data: buckets.map((b) => b.byUnit[u] ?? 0) })),
                }}
              />
            }
            table={
              <Table
                rowKey="unit"
                size="small"
                pagination={false}
                dataSource={units.map((u) => ({ unit: u, n: buckets.reduce((acc, b) => acc + (b.byUnit[u] ?? 0), 0) }))}
                columns={[
                  { title: t('security.alerts.unit'), dataIndex: 'unit', render: (v: string) => unitLabel(v) },
                  { title: t('security.dashboard.alerts24h'), dataIndex: 'n', render: (v: number) => formatNumber(v) },
                ]}
              />
            }
          />
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard
            title={byDay ? t('security.dashboard.readsDaily') : t('security.dashboard.reads')}
            chart={
              <Chart
                label={byDay ? t('security.dashboard.readsDaily') : t('security.dashboard.reads')}
                option={{
                  tooltip: { trigger: 'axis' },
                  legend: {},
                  xAxis: { type: 'category', data: (d?.reads.hours ?? []).map((h) => tick(h.start)) },
                  yAxis: { type: 'value' },
                  series: [
                    { name: t('security.dashboard.readsActual'), type: 'bar', color: '#1677ff', data: (d?.reads.hours ?? []).map((h) => h.reads) },
                    { name: t('security.dashboard.readsUsual'), type: 'line', smooth: true, color: '#8c8c8c', data: (d?.reads.hours ?? []).map((h) => h.usual) },
                  ],
                }}
              />
            }
            table={
              <Table
                rowKey="start"
                size="small"
                pagination={false}
                dataSource={d?.reads.hours ?? []}
                columns={[
                  { title: bucketTitle, dataIndex: 'start', render: (v: string) => (byDay ? formatDate(v) : formatDateTime(v)) },
                  { title: t('security.dashboard.readsActual'), dataIndex: 'reads', render: (v: number) => formatNumber(v) },
                  { title: t('security.dashboard.readsUsual'), dataIndex: 'usual', render: (v: number) => formatNumber(v) },
                ]}
              />
            }
          />
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard
            title={t('security.dashboard.cases')}
            chart={
              <Chart
                label={t('security.dashboard.cases')}
                option={{
                  tooltip: { trigger: 'item' },
                  legend: {},
                  series: [{ type: 'pie', radius: ['40%', '70%'], data: caseRows.filter((r) => r.n > 0).map((r) => ({ name: t(`security.caseState.${r.state}`), value: r.n })) }],
                }}
              />
            }
            table={
              <Table
                rowKey="state"
                size="small"
                pagination={false}
                dataSource={caseRows}
                columns={[
                  { title: t('security.alerts.state'), dataIndex: 'state', render: (v: string) => t(`security.caseState.${v}`) },
                  { title: t('security.dashboard.count'), dataIndex: 'n', render: (v: number) => formatNumber(v) },
                ]}
              />
            }
          />
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={<h2 style={{ fontSize: 15, margin: 0 }}>{t('security.dashboard.overdueList')}</h2>}>
            <Table
              rowKey="id"
              size="small"
              pagination={{ pageSize: 5 }}
              dataSource={s?.overdue ?? []}
              data-testid="overdue-table"
              columns={[
                { title: t('security.alerts.rule'), dataIndex: 'ruleId', render: (v: string, a) => <Link to={`/security/alerts/${a.id}`}>{v}</Link> },
                { title: t('security.alerts.severity'), dataIndex: 'severity', render: (v: string) => <SeverityTag value={v} /> },
                { title: t('security.alerts.unit'), dataIndex: 'unitId', render: (v: string | null) => unitLabel(v) },
                { title: t('security.dashboard.minutesOverdue'), dataIndex: 'minutesOverdue', render: (v: number) => formatNumber(v) },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={<h2 style={{ fontSize: 15, margin: 0 }}>{t('security.dashboard.riskiest')}</h2>}>
            <Table
              rowKey="accountId"
              size="small"
              pagination={false}
              dataSource={s?.riskiestAccounts ?? []}
              data-testid="riskiest-table"
              columns={[
                { title: t('security.alerts.account'), dataIndex: 'accountId', render: (v: string) => accountLabel(v) },
                { title: t('security.alerts.unit'), dataIndex: 'unitId', render: (v: string | null) => unitLabel(v) },
                { title: t('security.dashboard.score'), dataIndex: 'score', render: (v: number) => formatNumber(v) },
                { title: t('security.dashboard.count'), dataIndex: 'alerts', render: (v: number) => formatNumber(v) },
                { title: t('security.dashboard.topRule'), dataIndex: 'topRule' },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={<h2 style={{ fontSize: 15, margin: 0 }}>{byDay ? t('security.dashboard.suspensionsPeriod', { n: formatNumber(d?.suspensions.total ?? 0) }) : t('security.dashboard.suspensions', { n: formatNumber(d?.suspensions.total ?? 0) })}</h2>}>
            <Table
              rowKey="alertId"
              size="small"
              pagination={{ pageSize: 5 }}
              dataSource={d?.suspensions.recent ?? []}
              data-testid="suspensions-table"
              columns={[
                { title: t('security.alert.eventTime'), dataIndex: 'at', render: (v: string, r) => <Link to={`/security/alerts/${r.alertId}`}>{formatDateTime(v)}</Link> },
                { title: t('security.alerts.rule'), dataIndex: 'ruleId' },
                { title: t('security.alerts.account'), dataIndex: 'accountId', render: (v: string | null) => accountLabel(v) },
                { title: t('security.alerts.unit'), dataIndex: 'unitId', render: (v: string | null) => unitLabel(v) },
                { title: t('security.alerts.state'), dataIndex: 'status', render: (v: string) => <StatusTag tone="warn">{t(`security.suspension.${v}`)}</StatusTag> },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={<h2 style={{ fontSize: 15, margin: 0 }}>{t('security.dashboard.breaches')}</h2>}>
            <Table
              rowKey="caseId"
              size="small"
              pagination={false}
              dataSource={d?.breaches ?? []}
              data-testid="breaches-table"
              columns={[
                { title: t('security.cases.reference'), dataIndex: 'reference', render: (v: string, b) => <Link to={`/security/cases/${b.caseId}`}>{v}</Link> },
                { title: t('security.alerts.unit'), dataIndex: 'unitId', render: (v: string | null) => unitLabel(v) },
                { title: t('security.breach.deadline'), dataIndex: 'deadlineAt', render: (v: string) => formatDateTime(v) },
                { title: t('security.breach.timeLeft'), dataIndex: 'remainingMs', render: (v: number, b) => <StatusTag tone={b.overdue ? 'bad' : v < 6 * 3_600_000 ? 'warn' : 'info'}>{formatCountdown(v)}</StatusTag> },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24}>
          <Card size="small" title={<h2 style={{ fontSize: 15, margin: 0 }}>{t('security.dashboard.sources')}</h2>}>
            <Table
              rowKey="system"
              size="small"
              pagination={false}
              dataSource={d?.sources ?? []}
              columns={[
                { title: t('security.dashboard.system'), dataIndex: 'system' },
                { title: t('security.dashboard.lastEvent'), dataIndex: 'lastEventAt', render: (v: string | null) => (v ? formatDateTime(v) : t('security.dashboard.never')) },
                {
                  title: t('security.alerts.state'),
                  key: 'st',
                  render: (_v, x) => (x.revoked ? <StatusTag tone="neutral">{t('security.dashboard.revoked')}</StatusTag> : x.silent ? <StatusTag tone="warn">{t('security.dashboard.silent')}</StatusTag> : <StatusTag tone="ok">{t('security.dashboard.live')}</StatusTag>),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
