/**
 * A page the member's roles do not open.
 */
import { Result } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** The page. */
export default function ForbiddenPage(): React.JSX.Element {
  const { t } = useTranslation();
  return <Result status="403" title={t('forbidden.title')} subTitle={t('forbidden.body')} extra={<Link to="/">{t('common.home')}</Link>} />;
}
