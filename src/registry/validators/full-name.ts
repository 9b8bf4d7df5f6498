/**
 * Full names (họ và tên) with Vietnamese diacritics.
 *
 * The name is normalised to NFC (decomposed diacritics typed on some keyboards become the precomposed
 * letters every Vietnamese font and search expects; NFC changes no letter into another, unlike NFKC) and
 * runs of spaces are collapsed. Then every character must be a letter of the Vietnamese alphabet (plus
 * f, j, w, z for names of ethnic minorities and foreigners), a space between words, or an apostrophe or
 * hyphen inside a word (Ê Đê names such as "H'Hen"). Look-alike letters from other scripts (Cyrillic а,
 * Greek ο…) are rejected: they make two different records look like one person.
 */
import { RegistryErrors } from '../registry.errors.ts';
import { assertOk, invalid, type Valid, type Validation } from './result.ts';

/** Longest accepted name, in characters. */
export const MAX_NAME_LENGTH = 100;

const LOWER =
  'abcdefghijklmnopqrstuvwxyz' +
  'àáảãạăằắẳẵặâầấẩẫậ' +
  'èéẻẽẹêềếểễệ' +
  'ìíỉĩị' +
  'òóỏõọôồốổỗộơờớởỡợ' +
  'ùúủũụưừứửữự' +
  'ỳýỷỹỵđ';
const LETTERS: ReadonlySet<string> = new Set([...LOWER, ...LOWER.toUpperCase()]);

function isWord(word: string): boolean {
  const parts = word.split(/['’-]/);
  return parts.every((p) => p.length > 0 && [...p].every((ch) => LETTERS.has(ch)));
}

/**
 * Validates and normalises a full name.
 *
 * @param input - the candidate
 * @returns the NFC name with single spaces, or a catalogued error
 */
export function validateFullName(input: unknown): Validation<{ words: number }> {
  const fail = (reason: string): Validation<{ words: number }> =>
    invalid(RegistryErrors.INVALID_NAME, { field: 'fullName', reason }, MAX_NAME_LENGTH);
  if (typeof input !== 'string') return fail('type');
  const value = input.normalize('NFC').trim().replace(/ {2,}/g, ' ');
  if (value.length === 0 || [...value].length > MAX_NAME_LENGTH) return fail('length');
  const words = value.split(' ');
  if (!words.every(isWord)) return fail('characters');
  return { ok: true, value, words: words.length };
}

/**
 * Throwing variant of {@link validateFullName}.
 *
 * @param input - the candidate
 * @returns the normalised name
 * @throws KhienError `KHIEN_REGISTRY_INVALID_NAME`
 */
export function assertValidFullName(input: unknown): Valid<{ words: number }> {
  return assertOk(validateFullName(input));
}
