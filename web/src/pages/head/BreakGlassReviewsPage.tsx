/**
 * Break-glass uses awaiting the head's review (within 24 hours of the opening): who, why, when, the deadline;
 * justified or unjustified with a note (recorded; the grant's remaining time ends with the review).
 */
import { useState } from 'react';
import { App, Button, Card, Form, Radio, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { ErrorAlert } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { usePurposes } from '../../lib/purposes';
import { ReasonModal } from '../../lib/reason-modal';
import { StatusTag } from '../../lib/status-tag';
import { currentLang } from '../../i18n';

type Item = paths['/api/access/break-glass/pending']['get']['responses']['200']['content']['application/json']['grants'][number];
type Outcome = 'justified' | 'unjustified';

/** The page. */
export default function BreakGlassReviewsPage(): React.JSX.Element {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const lang = currentLang();
  const purposes = usePurposes();
  const purposeName = (code: string): string => purposes.data?.purposes.find((p) => p.code === code)?.[lang] ?? code;
  const reasons = useQuery({ queryKey: ['break-glass-reasons'], queryFn: () => unwrap(api.GET('/api/access/break-glass/reasons')), staleTime: 600_000 });
  const reasonName = (code: string): string => reasons.data?.reasons.find((r) => r.code === code)?.[lang] ?? code;
  const pending = useQuery({ queryKey: ['break-glass-pending'], queryFn: () => unwrap(api.GET('/api/access/break-glass/pending')) });
  const [reviewing, setReviewing] = useState<Item | null>(null);
  const review = useMutation({
    mutationFn: (v: { id: string; outcome: Outcome; note: string }) => unwrap(api.POST('/api/access/break-glass/{id}/review', { params: { path: { id: v.id } }, body: { outcome: v.outcome, note: v.note } })),
    onSuccess: () => {
      setReviewing(null);
      void queryClient.invalidateQueries({ queryKey: ['break-glass-pending'] });
      void message.success(t('common.saved'));
    },
  });
  const now = Date.now();
  return (
    <Card title={<h1 style={{ fontSize: 20, margin: 0 }}>{t('head.nav.breakGlass')}</h1>}>
      <Typography.Paragraph>{t('head.breakGlass.explain')}</Typography.Paragraph>
      <ErrorAlert error={pending.error} />
      <Table<Item>
        rowKey="id"
        loading={pending.isLoading}
        dataSource={pending.data?.grants ?? []}
        pagination={{ pageSize: 20 }}
        scroll={{ x: true }}
        expandable={{ expandedRowRender: (g) => <Typography.Paragraph style={{ margin: 0 }}>{t('head.breakGlass.justificationLine', { text: g.justification })}</Typography.Paragraph>, defaultExpandAllRows: true }}
        columns={[
          { title: t('head.breakGlass.grantee'), key: 'grantee', render: (_v, g) => `${g.grantee.username} · ${g.grantee.fullName}` },
          { title: t('head.breakGlass.reason'), dataIndex: 'reason', render: (v: string) => reasonName(v) },
          { title: t('assignment.purpose'), dataIndex: 'purpose', render: (v: string) => purposeName(v) },
          { title: t('head.breakGlass.openedAt'), dataIndex: 'grantedAt', render: (v: string) => formatDateTime(v) },
          {
            title: t('head.breakGlass.dueAt'),
            dataIndex: 'reviewDueAt',
            render: (v: string) => (
              <Space size={4}>
                <span>{formatDateTime(v)}</span>
                {new Date(v).getTime() < now && <StatusTag tone="bad">{t('head.breakGlass.overdue')}</StatusTag>}
              </Space>
            ),
          },
          {
            title: t('head.actionsColumn'),
            key: 'act',
            render: (_v, g) => (
              <Button type="primary" size="small" onClick={() => setReviewing(g)} data-testid={`review-${g.grantee.username}`}>
                {t('head.breakGlass.review')}
              </Button>
            ),
          },
        ]}
      />
      <ReasonModal
        open={reviewing !== null}
        title={reviewing ? t('head.breakGlass.reviewTitle', { name: reviewing.grantee.username }) : ''}
        consequence={t('head.breakGlass.reviewConsequence')}
        submitLabel={t('head.breakGlass.submit')}
        pending={review.isPending}
        error={review.error}
        onCancel={() => setReviewing(null)}
        onSubmit={(v) => reviewing && review.mutate({ id: reviewing.id, outcome: v.outcome as Outcome, note: v.reason })}
        testId="review"
      >
        <Form.Item name="outcome" label={t('head.breakGlass.outcome')} initialValue="justified">
          <Radio.Group
            data-testid="review-outcome"
            options={[
              { value: 'justified', label: t('head.breakGlass.justified') },
              { value: 'unjustified', label: t('head.breakGlass.unjustified') },
            ]}
          />
        </Form.Item>
      </ReasonModal>
    </Card>
  );
}
