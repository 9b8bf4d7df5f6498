/**
 * The unit's staff: account status, staff status, TOTP, last sign-in, and (expanded) the role grants with
 * their units and validity. Searched and paged on the server.
 */
import { useState } from 'react';
import { Button, Card, Input, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { ErrorAlert } from '../../lib/errors';
import { formatDate, formatDateTime } from '../../lib/format';
import { StatusTag } from '../../lib/status-tag';

type Account = paths['/api/admin/accounts']['get']['responses']['200']['content']['application/json'][number];
const PAGE = 20;

/** The grants of one account (loaded when its row is opened). */
function Grants({ accountId }: { accountId: string }): React.JSX.Element {
  const { t } = useTranslation();
  const one = useQuery({ queryKey: ['account', accountId], queryFn: () => unwrap(api.GET('/api/admin/accounts/{id}', { params: { path: { id: accountId } } })) });
  if (one.error) return <ErrorAlert error={one.error} />;
  const now = Date.now();
  const grants = (one.data?.grants ?? []).filter((g) => !g.revokedAt && new Date(g.validUntil).getTime() > now);
  if (one.isLoading) return <span>{t('common.loading')}</span>;
  if (grants.length === 0) return <span>{t('head.staff.noGrants')}</span>;
  return (
    <Space wrap>
      {grants.map((g) => (
        <Tag key={g.id}>{t('head.staff.grant', { role: t(`roles.${g.role}`), unit: g.unitId, until: formatDate(g.validUntil) })}</Tag>
      ))}
    </Space>
  );
}

/** The page. */
export default function UnitStaffPage(): React.JSX.Element {
  const { t } = useTranslation();
  const [q, setQ] = useState<string | undefined>();
  const [offset, setOffset] = useState(0);
  const list = useQuery({ queryKey: ['unit-staff', q, offset], queryFn: () => unwrap(api.GET('/api/admin/accounts', { params: { query: { q, limit: PAGE, offset } } })) });
  const rows = list.data ?? [];
  return (
    <Card title={<h1 style={{ fontSize: 20, margin: 0 }}>{t('head.nav.staff')}</h1>}>
      <Input.Search
        allowClear
        aria-label={t('head.staff.search')}
        placeholder={t('assignment.staffPlaceholder')}
        style={{ maxWidth: 360, marginBottom: 12 }}
        onSearch={(v) => {
          setQ(v.trim() || undefined);
          setOffset(0);
        }}
      />
      <ErrorAlert error={list.error} />
      <Table<Account>
        rowKey="id"
        loading={list.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: true }}
        expandable={{ expandedRowRender: (a) => <Grants accountId={a.id} /> }}
        columns={[
          { title: t('home.staffNo'), dataIndex: 'username' },
          { title: t('person.fullName'), dataIndex: 'fullName' },
          { title: t('home.unit'), dataIndex: 'unitId' },
          { title: t('head.staff.account'), dataIndex: 'status', render: (v: string) => <StatusTag tone={v === 'active' ? 'ok' : 'bad'}>{t(`head.staff.statuses.${v}`, { defaultValue: v })}</StatusTag> },
          { title: t('head.staff.staffStatus'), dataIndex: 'staffStatus', render: (v: string) => t(`head.staff.staffStatuses.${v}`, { defaultValue: v }) },
          { title: t('head.staff.totp'), dataIndex: 'totpEnrolled', render: (v: boolean) => (v ? t('head.staff.yes') : t('head.staff.no')) },
          { title: t('head.staff.lastSignIn'), dataIndex: 'lastSignInAt', render: (v: string | null) => (v ? formatDateTime(v) : t('head.staff.never')) },
        ]}
      />
      <Space style={{ marginTop: 12 }}>
        <Button disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
          {t('head.staff.previous')}
        </Button>
        <Button disabled={rows.length < PAGE} onClick={() => setOffset(offset + PAGE)}>
          {t('head.staff.next')}
        </Button>
      </Space>
    </Card>
  );
}
