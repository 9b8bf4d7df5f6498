/**
 * Why a read was refused, in words a clerk understands, without saying whether the person exists: the server
 * answers a refused read exactly like a missing record, so this explains from the clerk's own assignments
 * (which the clerk may see anyway) what they allow for the chosen purpose — none for it, or only some
 * provinces/communes/named persons, until when — and what to do next (ask the head, break-glass).
 */
import { Alert, Button, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { errorCode } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { usePurposes } from '../../lib/purposes';
import { currentLang } from '../../i18n';

/** The codes this explains; anything else is shown as the server's error. */
export const REFUSAL_CODES: readonly string[] = ['KHIEN_ACCESS_NOT_FOUND', 'KHIEN_ACCESS_SEARCH_DENIED'];

/**
 * Whether an error is a refused read this component explains.
 *
 * @param err - anything thrown
 * @returns true for not-found / search denied
 */
export function isRefusedRead(err: unknown): boolean {
  const code = errorCode(err);
  return code !== null && REFUSAL_CODES.includes(code);
}

/** The explanation. `onBreakGlass` shows the break-glass action. */
export function RefusalHelp({ purpose, onBreakGlass, kind }: { purpose: string; kind: 'person' | 'search' | 'empty'; onBreakGlass?: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const mine = useQuery({ queryKey: ['assignments-mine'], queryFn: () => unwrap(api.GET('/api/access/assignments/mine')) });
  const purposes = usePurposes();
  const purposeName = purposes.data?.purposes.find((p) => p.code === purpose)?.[currentLang()] ?? purpose;
  const now = Date.now();
  const forPurpose = (mine.data?.assignments ?? []).filter((a) => a.purpose === purpose && a.status === 'active' && new Date(a.validUntil).getTime() > now);
  const reasons: string[] = [];
  if (mine.data && forPurpose.length === 0) {
    reasons.push(t('work.refusal.noAssignment', { purpose: purposeName }));
    reasons.push(t('work.refusal.maybeExpired'));
  }
  for (const a of forPurpose) {
    const places = [...a.scope.provinces, ...a.scope.communes].join(', ');
    const named = a.scope.persons.length + a.scope.employers.length;
    reasons.push(
      places
        ? t('work.refusal.scopePlaces', { places, until: formatDate(a.validUntil), doc: a.documentNo })
        : t('work.refusal.scopeNamed', { count: named, until: formatDate(a.validUntil), doc: a.documentNo }),
    );
  }
  if (forPurpose.length > 0) reasons.push(t('work.refusal.categories'));
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      data-testid="refusal-help"
      title={t(`work.refusal.title.${kind}`)}
      description={
        <Space direction="vertical" size={4}>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          <Typography.Text type="secondary">{t('work.refusal.noExistence')}</Typography.Text>
          <Space wrap>
            <Link to="/assignments/mine">{t('work.refusal.seeAssignments')}</Link>
            {onBreakGlass && (
              <Button danger size="small" onClick={onBreakGlass} data-testid="break-glass-start">
                {t('work.breakGlass.start')}
              </Button>
            )}
          </Space>
        </Space>
      }
    />
  );
}
