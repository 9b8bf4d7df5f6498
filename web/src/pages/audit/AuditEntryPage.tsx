/**
 * One audit entry with its inclusion proof, checked in this browser (issue 13, item 4): the leaf hash from
 * the canonical body, the Merkle path to the latest signed checkpoint's root, and the checkpoint's Ed25519
 * signature with the published key (`verify-proof.ts`). An entry not yet covered by a checkpoint says so; the
 * central security admin may sign one at once.
 */
import { Alert, Button, Card, Descriptions, Space, Typography } from 'antd';
import { StatusTag } from './StatusTag';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ErrorAlert, errorCode } from '../../lib/errors';
import { formatDateTime, formatNumber } from '../../lib/format';
import { hasRole, useMe } from '../../lib/session';
import { checkEntryProof } from './verify-proof';
import { useAccountNames } from './AccountPicker';

function Verdict({ ok, label }: { ok: boolean; label: string }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <span>
      <StatusTag tone={ok ? 'good' : 'bad'}>{ok ? t('audit.proof.pass') : t('audit.proof.fail')}</StatusTag>
      {label}
    </span>
  );
}

/** The page. */
export default function AuditEntryPage(): React.JSX.Element {
  const { t } = useTranslation();
  const seq = Number(useParams().seq);
  const me = useMe();
  const qc = useQueryClient();
  const proof = useQuery({
    queryKey: ['audit-proof', seq],
    enabled: Number.isSafeInteger(seq) && seq > 0,
    retry: false,
    queryFn: () => unwrap(api.GET('/api/audit/entries/{seq}/proof', { params: { path: { seq } } })),
  });
  const key = useQuery({ queryKey: ['audit-public-key'], staleTime: 600_000, queryFn: () => unwrap(api.GET('/api/audit/public-key')) });
  const check = useQuery({
    queryKey: ['audit-proof-check', seq, proof.data?.checkpoint.signature, key.data?.publicKey],
    enabled: !!proof.data && !!key.data,
    queryFn: () => checkEntryProof(proof.data!, key.data!.publicKey),
  });
  const sign = useMutation({
    mutationFn: () => unwrap(api.POST('/api/audit/checkpoints')),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['audit-proof', seq] }),
  });
  const entry = proof.data?.entry;
  const names = useAccountNames(entry?.accountId ? [entry.accountId] : []);
  const account = entry?.accountId ? names?.get(entry.accountId) : undefined;
  const notYet = errorCode(proof.error) === 'KHIEN_AUDIT_NOT_YET_CHECKPOINTED';

  let body = entry?.body ?? '';
  try {
    body = JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    // shown as stored
  }

  return (
    <Card title={<h1 style={{ fontSize: 20, margin: 0 }}>{t('audit.entry.title', { seq: formatNumber(Number.isFinite(seq) ? seq : 0) })}</h1>} extra={<Link to="/audit">{t('audit.entry.back')}</Link>}>
      {notYet ? (
        <Alert
          type="info"
          showIcon
          title={t('audit.proof.notYet')}
          action={
            hasRole(me.data, ['central_security_admin']) ? (
              <Button onClick={() => sign.mutate()} loading={sign.isPending} data-testid="sign-checkpoint">
                {t('audit.integrity.signNow')}
              </Button>
            ) : undefined
          }
        />
      ) : (
        <ErrorAlert error={proof.error} />
      )}
      <ErrorAlert error={key.error ?? sign.error} />
      {entry && (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('audit.entry.time')}>{formatDateTime(entry.time)}</Descriptions.Item>
            <Descriptions.Item label={t('audit.entry.kind')}>{t(`audit.kinds.${entry.kind}`, { defaultValue: entry.kind })}</Descriptions.Item>
            <Descriptions.Item label={t('audit.entry.account')}>{account ? `${account.staffNo} · ${account.fullName}` : (entry.accountId ?? t('audit.entry.system'))}</Descriptions.Item>
            <Descriptions.Item label={t('audit.entry.unit')}>{entry.unitId}</Descriptions.Item>
            <Descriptions.Item label={t('audit.entry.action')}>{entry.action}</Descriptions.Item>
            <Descriptions.Item label={t('audit.entry.purpose')}>{entry.purpose}</Descriptions.Item>
            <Descriptions.Item label={t('audit.entry.outcome')}>{entry.outcome ? t(`audit.outcomes.${entry.outcome}`, { defaultValue: entry.outcome }) : ''}</Descriptions.Item>
            <Descriptions.Item label={t('audit.entry.subjects')}>{formatNumber(entry.subjectIds.length)}</Descriptions.Item>
            <Descriptions.Item label={t('audit.entry.leafHash')} span={2}>
              <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>{entry.leafHash}</Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          <Card type="inner" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('audit.proof.title')}</h2>} data-testid="proof-card">
            {check.data ? (
              <Space direction="vertical">
                <Alert
                  type={check.data.verified ? 'success' : 'error'}
                  showIcon
                  title={check.data.verified ? t('audit.proof.verified') : t('audit.proof.notVerified')}
                  data-testid={check.data.verified ? 'proof-verified' : 'proof-failed'}
                />
                <Verdict ok={check.data.inclusion} label={t('audit.proof.inclusion', { index: formatNumber(proof.data!.proof.leafIndex), size: formatNumber(proof.data!.proof.treeSize), steps: proof.data!.proof.path.length })} />
                <Verdict ok={check.data.matchesCheckpoint} label={t('audit.proof.matches')} />
                <Verdict ok={check.data.signature} label={t('audit.proof.signature', { keyId: key.data?.keyId ?? '' })} />
                <Typography.Text type="secondary">{t('audit.proof.how')}</Typography.Text>
              </Space>
            ) : (
              <span>{check.error ? String(check.error) : t('common.loading')}</span>
            )}
          </Card>
          <Card type="inner" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('audit.entry.body')}</h2>}>
            <pre style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', margin: 0, maxHeight: 360, overflow: 'auto' }} tabIndex={0}>
              {body}
            </pre>
          </Card>
        </Space>
      )}
    </Card>
  );
}
