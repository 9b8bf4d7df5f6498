/**
 * Vietnamese / English switch (remembered in localStorage): two toggle buttons (`aria-pressed`) in a labelled
 * group. Plain Ant Design Buttons rather than Segmented, which would add its own chunk to the sign-in page's
 * first JavaScript (bench/web-bundle.ts).
 */
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage } from '../i18n';

/** The switch. */
export function LanguageSwitch(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const current = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <div role="group" aria-label={t('shell.language')} data-testid="language-switch" style={{ display: 'inline-flex' }}>
      {LANGUAGES.map((lang, i) => (
        <Button
          key={lang}
          size="small"
          type={lang === current ? 'primary' : 'default'}
          aria-pressed={lang === current}
          onClick={() => setLanguage(lang)}
          style={i === 0 ? { borderStartEndRadius: 0, borderEndEndRadius: 0 } : { borderStartStartRadius: 0, borderEndStartRadius: 0, marginInlineStart: -1 }}
        >
          {lang === 'vi' ? t('shell.langVi') : t('shell.langEn')}
        </Button>
      ))}
    </div>
  );
}
