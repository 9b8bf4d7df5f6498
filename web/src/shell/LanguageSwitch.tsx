/**
 * Vietnamese / English switch (remembered in localStorage).
 */
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { setLanguage, type Lang } from '../i18n';

/** The switch. */
export function LanguageSwitch(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Lang>
      aria-label={t('shell.language')}
      data-testid="language-switch"
      value={i18n.language === 'en' ? 'en' : 'vi'}
      onChange={(v) => setLanguage(v)}
      options={[
        { value: 'vi', label: t('shell.langVi') },
        { value: 'en', label: t('shell.langEn') },
      ]}
    />
  );
}
