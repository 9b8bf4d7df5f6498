/**
 * The 72-hour personal-data breach workflow of a case (PDPL Art. 23, Decree 356/2025 Art. 28): mark the
 * breach (starts the clock at detection), the countdown with its 24/48/66-hour escalations, the Form 08
 * fields, the PDF preview and download, and the submission log (the central team records the submission to
 * A05, which stops the clock).
 */
import { useEffect, useState } from 'react';
import { App, Alert, Button, Card, Descriptions, Progress, Space, Steps, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../lib/status-tag';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { ErrorAlert } from '../../lib/errors';
import { useMe } from '../../lib/session';
import { Form08Form } from './Form08Form';
import { SubmissionForm } from './SubmissionForm';
import type { CaseDetail } from './ui';

const HOUR = 3_600_000;
const THRESHOLDS = [24, 48, 66, 72] as const;

/**
 * Milliseconds as ±hh:mm:ss.
 *
 * @param ms - duration
 * @returns the text
 */
export function formatCountdown(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const s = Math.floor(Math.abs(ms) / 1000);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${sign}${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}

/** Ticks every second. */
function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  return now;
}

/** The panel. */
export function BreachPanel({ detail }: { detail: CaseDetail }): React.JSX.Element {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const qc = useQueryClient();
  const me = useMe();
  const now = useNow();
  const central = (me.data?.roles ?? []).some((r) => r.role === 'central_security_admin');
  const mark = useMutation({
    mutationFn: () => unwrap(api.POST('/api/cases/{id}/breach', { params: { path: { id: detail.id } }, body: {} })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['case', detail.id] }),
  });
  const b = detail.breach;
  if (!detail.personalDataBreach || !b) {
    return (
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('security.breach.title')}</h2>}>
        <ErrorAlert error={mark.error} />
        <Typography.Paragraph>{t('security.breach.notMarked')}</Typography.Paragraph>
        <Button
          danger
          data-testid="breach-mark"
          disabled={detail.exercise}
          onClick={() =>
            modal.confirm({
              title: t('security.breach.markTitle'),
              content: t('security.breach.markEffect'),
              okText: t('security.breach.mark'),
              cancelText: t('common.cancel'),
              okButtonProps: { danger: true, 'data-testid': 'breach-mark-confirm' },
              onOk: () => mark.mutateAsync(),
            })
          }
        >
          {t('security.breach.mark')}
        </Button>
      </Card>
    );
  }
  const c = b.clock;
  const detected = Date.parse(c.detectedAt);
  const remaining = c.stopped ? c.remainingMs : Date.parse(c.deadlineAt) - now;
  const elapsedH = c.stopped ? 72 - c.remainingMs / HOUR : (now - detected) / HOUR;
  const passed = (h: number): boolean => c.thresholdsPassed.includes(h) || (!c.stopped && elapsedH >= h);
  const pdf = `/api/cases/${detail.id}/breach/form-08.pdf`;
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('security.breach.title')}</h2>} data-testid="breach-panel">
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Space size="large" wrap align="center">
          <div>
            <Typography.Text type="secondary">{c.stopped ? t('security.breach.stoppedAt') : t('security.breach.timeLeft')}</Typography.Text>
            <div data-testid="breach-countdown" style={{ fontSize: 32, fontVariantNumeric: 'tabular-nums', color: remaining < 6 * HOUR ? '#cf1322' : undefined }}>
              {formatCountdown(remaining)}
            </div>
          </div>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('security.case.detected')}>{formatDateTime(c.detectedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('security.breach.deadline')}>{formatDateTime(c.deadlineAt)}</Descriptions.Item>
            <Descriptions.Item label={t('security.breach.nextEscalation')}>{c.nextEscalationAt ? formatDateTime(c.nextEscalationAt) : t('security.common.none')}</Descriptions.Item>
          </Descriptions>
          {c.overdue ? <StatusTag tone="bad">{t('security.breach.overdue')}</StatusTag> : null}
          {c.stopped ? <StatusTag tone="ok">{t('security.breach.submitted')}</StatusTag> : null}
        </Space>
        <Progress percent={Math.min(100, Math.max(0, (elapsedH / 72) * 100))} showInfo={false} status={c.overdue ? 'exception' : c.stopped ? 'success' : 'active'} aria-label={t('security.breach.timeLeft')} />
        <Steps
          size="small"
          items={THRESHOLDS.map((h) => {
            const esc = b.escalations.find((e) => e.thresholdHours === h);
            return {
              title: t(`security.breach.threshold.${h}`),
              status: passed(h) ? (h === 72 ? 'error' : 'finish') : 'wait',
              description: esc ? formatDateTime(esc.at) : formatDateTime(new Date(detected + h * HOUR)),
            };
          })}
        />
        <Form08Form caseId={detail.id} locked={c.stopped} />
        <Space wrap>
          <a href={`${pdf}?inline=true`} target="_blank" rel="noreferrer" data-testid="form08-preview">
            {t('security.breach.preview')}
          </a>
          <a href={pdf} download data-testid="form08-download">
            {t('security.breach.download')}
          </a>
        </Space>
        <h3 style={{ fontSize: 15, margin: 0 }}>{t('security.breach.log')}</h3>
        {b.submission ? (
          <Alert
            type="success"
            showIcon
            data-testid="submission-record"
            message={t('security.breach.submissionLine', { at: formatDateTime(b.submission.at), channel: t(`security.channel.${b.submission.channel}`), reference: b.submission.reference })}
            description={b.submission.digest ? `SHA-256 ${b.submission.digest}` : undefined}
          />
        ) : central ? (
          <SubmissionForm caseId={detail.id} />
        ) : (
          <Typography.Paragraph type="secondary">{t('security.breach.centralSubmits')}</Typography.Paragraph>
        )}
        <Table
          rowKey={(e) => String(e.thresholdHours)}
          size="small"
          pagination={false}
          dataSource={b.escalations}
          columns={[
            { title: t('security.breach.escalation'), dataIndex: 'thresholdHours', render: (v: number) => t(`security.breach.threshold.${v}`) },
            { title: t('security.alert.eventTime'), dataIndex: 'at', render: (v: string) => formatDateTime(v) },
          ]}
        />
      </Space>
    </Card>
  );
}
