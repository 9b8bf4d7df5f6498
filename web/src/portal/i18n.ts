/**
 * Messages of the portal: only its own namespace (`areas/portal.{vi,en}.json`, key `portal`) and the shared
 * error texts, so that the console's catalogues stay out of the portal's small bundle. Vietnamese by default;
 * the choice is remembered under the same key as the console's (`khien.lang`).
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import vi from '../i18n/areas/portal.vi.json';
import en from '../i18n/areas/portal.en.json';

/** A language of the portal. */
export type Lang = 'vi' | 'en';

const STORAGE_KEY = 'khien.lang';

function storedLanguage(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/** The i18next instance of the portal. */
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
