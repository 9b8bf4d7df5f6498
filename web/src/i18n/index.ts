/**
 * Messages (i18next): Vietnamese by default, English by the switch in the header, the choice remembered in
 * localStorage. Every string the console shows is a key in both languages: the shared catalogues (`vi.json`,
 * `en.json`) and one pair per console area (`areas/<area>.vi.json`, `areas/<area>.en.json`, whose single
 * top-level key is the area's namespace, e.g. `security`). `web/test/catalogue.test.ts` fails on a key
 * missing in either language, a namespace defined twice, or a literal string in a component.
 */
import { createLanguages } from './language.ts';
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

export { LANGUAGES, type Lang } from './language.ts';

const languages = createLanguages({ vi: { translation: catalogue('vi', vi) }, en: { translation: catalogue('en', en) } });

/** The console's i18next instance. */
export const i18n = languages.i18n;
/** Switches the console's language and remembers it (shared with the portal). */
export const setLanguage = languages.setLanguage;
/** The console's current language. */
export const currentLang = languages.currentLang;
