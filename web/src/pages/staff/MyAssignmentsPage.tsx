/**
 * My assignments: what each lets me read, for which purpose, where, until when.
 */
import { Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../lib/errors';
import { formatDate, formatDateTime } from '../../lib/format';
import { usePurposes } from '../../lib/purposes';
import { StatusTag } from '../../lib/status-tag';
import { currentLang } from '../../i18n';

/** The page. */
export default function MyAssignmentsPage(): React.JSX.Element {
  const { t } = useTranslation();
  const mine = useQuery({ queryKey: ['assignments-mine'], queryFn: () => unwrap(api.GET('/api/access/assignments/mine')) });
  const purposes = usePurposes();
  const purposeName = (code: string): string => purposes.data?.purposes.find((p) => p.code === code)?.[currentLang()] ?? code;
  return (
    <Card title={<h1 style={{ fontSize: 20, margin: 0 }}>{t('nav.myAssignments')}</h1>}>
      <ErrorAlert error={mine.error} />
      <Table
        rowKey="id"
        loading={mine.isLoading}
        dataSource={mine.data?.assignments ?? []}
        pagination={{ pageSize: 20 }}
        scroll={{ x: true }}
        columns={[
          { title: t('assignment.document'), key: 'doc', render: (_v, a) => `${a.documentNo} · ${formatDate(a.documentDate)}` },
          { title: t('assignment.purpose'), dataIndex: 'purpose', render: (v: string) => purposeName(v) },
          { title: t('assignment.categories'), dataIndex: 'categories', render: (v: string[]) => v.map((c) => <Tag key={c}>{t(`categories.${c}`)}</Tag>) },
          { title: t('assignment.actions'), dataIndex: 'actions', render: (v: string[]) => v.map((c) => <Tag key={c}>{t(`actions.${c}`)}</Tag>) },
          { title: t('assignment.scope'), key: 'scope', render: (_v, a) => [...a.scope.provinces, ...a.scope.communes].join(', ') || t('assignment.named', { count: a.scope.persons.length + a.scope.employers.length }) },
          { title: t('assignment.validUntil'), dataIndex: 'validUntil', render: (v: string) => formatDateTime(v) },
          { title: t('assignment.status'), dataIndex: 'status', render: (v: string) => <StatusTag tone={v === 'active' ? 'ok' : 'neutral'}>{t(`head.assignments.statuses.${v}`, { defaultValue: v })}</StatusTag> },
        ]}
      />
    </Card>
  );
}
