/**
 * Messages (i18next): Vietnamese by default, English by the switch in the header, the choice remembered in
 * localStorage. Every string the console shows is a key in both languages: the shared catalogues (`vi.json`,
 * `en.json`) and one pair per console area (`areas/<area>.vi.json`, `areas/<area>.en.json`, whose single
 * top-level key is the area's namespace, e.g. `security`). `web/test/catalogue.test.ts` fails on a key
 * missing in either language, a namespace defined twice, or a literal string in a component.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import vi from './vi.json';
import en from './en.json';

type Catalogue = Record<string, unknown>;
const areaFiles = import.meta.glob<Catalogue>('./areas/*.json', { eager: true, import: 'default' });

/**
 * A language's messages: the shared catalogue plus every area's namespace.
 *
 * @param lang - the language
 * @param shared - its shared catalogue
 * @returns the merged catalogue
 */
function catalogue(lang: string, shared: Catalogue): Catalogue {
  const merged: Catalogue = { ...shared };
  for (const [file, messages] of Object.entries(areaFiles)) if (file.endsWith(`.${lang}.json`)) Object.assign(merged, messages);
  return merged;
}

/** The languages of the console. */
export const LANGUAGES = ['vi', 'en'] as const;
/** A language of the console. */
export type Lang = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'khien.lang';

function storedLanguage(): Lang {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/** The i18next instance. */
export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: { vi: { translation: catalogue('vi', vi) }, en: { translation: catalogue('en', en) } },
  lng: storedLanguage(),
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18n.language;

/**
 * Switches the language and remembers it.
 *
 * @param lang - the new language
 */
export function setLanguage(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
  document.documentElement.lang = lang;
  void i18n.changeLanguage(lang);
}

/**
 * The current language.
 *
 * @returns `vi` or `en`
 */
export function currentLang(): Lang {
  return i18n.language === 'en' ? 'en' : 'vi';
}
