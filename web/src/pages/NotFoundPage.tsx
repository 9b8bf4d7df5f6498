/**
 * An address the console does not know.
 */
import { Result } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** The page. */
export default function NotFoundPage(): React.JSX.Element {
  const { t } = useTranslation();
  return <Result status="404" title={t('notFound.title')} extra={<Link to="/">{t('common.home')}</Link>} />;
}
