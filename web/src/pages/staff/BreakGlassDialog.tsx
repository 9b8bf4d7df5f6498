/**
 * Break-glass (truy cập khẩn cấp): a reason from the catalogue and a written justification open ONE record for
 * a short time; then the time left and that the unit head will review the use within 24 hours.
 */
import { Alert, Button, Form, Input, Modal, Result, Select, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { ErrorAlert } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { useTimeLeft } from '../../lib/time-left';
import { currentLang } from '../../i18n';

type Body = paths['/api/access/break-glass']['post']['requestBody']['content']['application/json'];
/** The record asked for: its id (from a page) or the identifier the clerk searched with. */
export type BreakGlassTarget = Pick<Body, 'personId' | 'personalId' | 'socialInsuranceNo' | 'cardCode'>;

interface Fields {
  reason: Body['reason'];
  justification: string;
}

/** The break-glass reasons, named in the chosen language. */
function useReasons() {
  return useQuery({ queryKey: ['break-glass-reasons'], queryFn: () => unwrap(api.GET('/api/access/break-glass/reasons')), staleTime: 600_000 });
}

/** What follows an opened grant: the time left and the review to come. */
function Opened({ expiresAt, reviewDueAt, onOpen }: { expiresAt: string; reviewDueAt: string; onOpen: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const left = useTimeLeft(expiresAt);
  return (
    <Result
      status="warning"
      title={t('work.breakGlass.openedTitle')}
      subTitle={
        <>
          <Typography.Paragraph data-testid="break-glass-left">{t('work.breakGlass.timeLeft', { left, until: formatDateTime(expiresAt) })}</Typography.Paragraph>
          <Typography.Paragraph>{t('work.breakGlass.review', { due: formatDateTime(reviewDueAt) })}</Typography.Paragraph>
        </>
      }
      extra={
        <Button type="primary" onClick={onOpen} data-testid="break-glass-open-record">
          {t('work.breakGlass.openRecord')}
        </Button>
      }
    />
  );
}

/** The dialog. */
export function BreakGlassDialog({ open, target, purpose, onClose }: { open: boolean; target: BreakGlassTarget; purpose: string; onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const reasons = useReasons();
  const lang = currentLang();
  const openGrant = useMutation({ mutationFn: (body: Body) => unwrap(api.POST('/api/access/break-glass', { body })) });
  const grant = openGrant.data;
  const goToRecord = (): void => {
    if (!grant) return;
    void queryClient.invalidateQueries({ queryKey: ['person', grant.personId] });
    onClose();
    void navigate(`/persons/${grant.personId}?purpose=${encodeURIComponent(grant.purpose)}`);
  };
  return (
    <Modal open={open} title={t('work.breakGlass.title')} footer={null} onCancel={onClose} destroyOnHidden width={600}>
      {grant ? (
        <Opened expiresAt={grant.expiresAt} reviewDueAt={grant.reviewDueAt} onOpen={goToRecord} />
      ) : (
        <>
          <Alert type="warning" showIcon title={t('work.breakGlass.explain')} style={{ marginBottom: 12 }} />
          <Form<Fields> layout="vertical" requiredMark={false} onFinish={(v) => openGrant.mutate({ ...target, purpose, reason: v.reason, justification: v.justification })}>
            <Form.Item name="reason" label={t('work.breakGlass.reason')} rules={[{ required: true, message: t('form.required') }]}>
              <Select
                data-testid="break-glass-reason"
                placeholder={t('work.breakGlass.reasonPlaceholder')}
                loading={reasons.isLoading}
                options={(reasons.data?.reasons ?? []).map((r) => ({ value: r.code, label: r[lang] }))}
              />
            </Form.Item>
            <Form.Item name="justification" label={t('work.breakGlass.justification')} extra={t('work.breakGlass.justificationHint')} rules={[{ required: true, min: 20, message: t('work.breakGlass.justificationMin') }]}>
              <Input.TextArea rows={3} maxLength={1000} data-testid="break-glass-justification" />
            </Form.Item>
            <ErrorAlert error={openGrant.error} />
            <Button type="primary" danger htmlType="submit" loading={openGrant.isPending} style={{ marginTop: 8 }} data-testid="break-glass-submit">
              {t('work.breakGlass.submit')}
            </Button>
          </Form>
        </>
      )}
    </Modal>
  );
}
