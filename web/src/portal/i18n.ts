/**
 * Messages of the portal: only its own namespace (`areas/portal.{vi,en}.json`, key `portal`) and the shared
 * error texts, so that the console's catalogues stay out of the portal's small bundle. Vietnamese by default;
 * the choice is remembered under the same key as the console's (`khien.lang`).
 */
import vi from '../i18n/areas/portal.vi.json';
import en from '../i18n/areas/portal.en.json';
import { createLanguages, type Lang } from '../i18n/language.ts';

export type { Lang };

const languages = createLanguages({ vi: { translation: vi }, en: { translation: en } });

/** The i18next instance of the portal. */
export const i18n = languages.i18n;
/** Switches the portal's language and remembers it (shared with the console). */
export const setLanguage = languages.setLanguage;
/** The portal's current language. */
export const currentLang = languages.currentLang;
