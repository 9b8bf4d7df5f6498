/**
 * The start page: who is signed in, with which roles, and the pages open to them.
 */
import { Card, Descriptions, List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PAGES } from './registry';
import { hasRole, useMe } from '../lib/session';
import { formatDate } from '../lib/format';

/** The page. */
export default function HomePage(): React.JSX.Element {
  const { t } = useTranslation();
  const me = useMe().data!;
  const pages = PAGES.filter((p) => p.nav && p.path !== '' && hasRole(me, p.roles));
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('home.title', { name: me.fullName })}
      </Typography.Title>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('home.staffNo')}>{me.username}</Descriptions.Item>
          <Descriptions.Item label={t('home.unit')}>{me.unitId}</Descriptions.Item>
          <Descriptions.Item label={t('home.roles')}>
            {me.roles.map((r) => (
              <Tag key={`${r.role}-${r.unitId}`} color="blue">
                {t(`roles.${r.role}`)} · {r.unitId} · {t('home.until', { date: formatDate(r.validUntil) })}
              </Tag>
            ))}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('home.pages')}</h2>}>
        <List dataSource={pages} renderItem={(p) => <List.Item><Link to={`/${p.path}`}>{t(p.nav!.label)}</Link></List.Item>} />
      </Card>
    </>
  );
}
