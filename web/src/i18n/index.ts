/**
 * Messages (i18next): Vietnamese by default, English by the switch in the header, the choice remembered in
 * localStorage. Every string the console shows is a key in both catalogues (`vi.json`, `en.json`);
 * `web/src/i18n/catalogue.test.ts` fails on a key missing in either, or a literal string in a component.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import vi from './vi.json';
import en from './en.json';

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
  resources: { vi: { translation: vi }, en: { translation: en } },
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
