/**
 * The language machinery the console and the portal share: Vietnamese by default, English by a switch, the
 * choice remembered in localStorage under one key (`khien.lang`) so that both remember the same choice. Each
 * bundle passes only its own catalogues (the portal stays small).
 */
import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

/** The languages of the console and the portal. */
export const LANGUAGES = ['vi', 'en'] as const;
/** A language of the console and the portal. */
export type Lang = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'khien.lang';

function storedLanguage(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/** An initialised i18next instance with its language switch. */
export interface Languages {
  readonly i18n: I18n;
  /** Switches the language and remembers it. */
  setLanguage(lang: Lang): void;
  /** The current language. */
  currentLang(): Lang;
}

/**
 * Creates the i18next instance of a bundle, in the remembered language, and sets the page's `lang`.
 *
 * @param resources - the bundle's catalogues per language
 * @returns the instance and its switch
 */
export function createLanguages(resources: Resource): Languages {
  const i18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({
    resources,
    lng: storedLanguage(),
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18n.language;
  return {
    i18n,
    setLanguage(lang) {
      try {
        localStorage.setItem(STORAGE_KEY, lang);
      } catch {
        /* private mode: the choice lasts for this page only */
      }
      document.documentElement.lang = lang;
      void i18n.changeLanguage(lang);
    },
    currentLang: () => (i18n.language === 'en' ? 'en' : 'vi'),
  };
}
