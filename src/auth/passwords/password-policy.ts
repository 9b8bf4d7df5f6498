/**
 * Password policy (issue 3, build item 2): at least 12 characters; refused when it is in the zxcvbn-ts common
 * list, in Khiên's Vietnamese list (whole passwords, weak stems with digits or symbols, common names with a
 * year), built from the account's own name, birth date or staff number, or when zxcvbn scores it below 3.
 * Levenshtein matching stays off: it costs hundreds of milliseconds per check on a request path.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { AuthErrors } from '../auth.errors.ts';
import { foldVietnamese, VN_FAMILY_NAMES, VN_GIVEN_NAMES, VN_WEAK_PASSWORDS, VN_WEAK_STEMS } from './vn-weak-passwords.ts';

/** Why a password was refused (the `%s` of `KHIEN_AUTH_PASSWORD_WEAK`). */
export type WeakReason = 'common' | 'common_vi' | 'personal' | 'guessable' | 'leaked';

/** What the policy knows about the account. */
export interface PasswordOwner {
  readonly fullName: string;
  readonly staffNo: string;
  /** YYYY-MM-DD. */
  readonly dateOfBirth?: string | null;
}

let factory: ZxcvbnFactory | null = null;
let commonList: ReadonlySet<string> | null = null;

function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    // The English word lists make l33t matching ~10× slower (300 ms+) for little gain on Vietnamese passwords;
    // the common list (49k leaked passwords) and keyboard graphs are what matters here.
    dictionary: { ...common.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
    useLevenshteinDistance: false,
  });
  return factory;
}

function commonPasswords(): ReadonlySet<string> {
  commonList ??= new Set((common.dictionary['passwords-common'] ?? []).map((p) => p.toLowerCase()));
  return commonList;
}

const NAME_TOKENS: ReadonlySet<string> = new Set([...VN_FAMILY_NAMES, ...VN_GIVEN_NAMES]);
const STEMS: ReadonlySet<string> = new Set(VN_WEAK_STEMS);

/** True when `s` splits entirely into common Vietnamese name tokens (at least two). */
function isNameSequence(s: string): boolean {
  if (s.length < 4) return false;
  const best: number[] = new Array<number>(s.length + 1).fill(-1);
  best[0] = 0;
  for (let i = 0; i < s.length; i++) {
    if (best[i]! < 0) continue;
    for (let j = i + 1; j <= Math.min(s.length, i + 8); j++) {
      if (NAME_TOKENS.has(s.slice(i, j))) best[j] = Math.max(best[j]!, best[i]! + 1);
    }
  }
  return best[s.length]! >= 2;
}

/**
 * Classifies a folded password against the Vietnamese list.
 *
 * @param folded - the password after {@link foldVietnamese}
 * @returns true when weak
 */
export function isVietnameseWeak(folded: string): boolean {
  if (VN_WEAK_PASSWORDS.has(folded)) return true;
  if (folded.includes('matkhau') || folded.includes('123456a@') || folded.includes('mat khau')) return true;
  // Letters with only digits/symbols around them: "Matkhau@2026", "@@bhxh123456", "nguyenvananh1990".
  const m = /^[^a-z]*([a-z]+)[^a-z]*$/.exec(folded);
  if (m) {
    const stem = m[1]!;
    if (STEMS.has(stem) || isNameSequence(stem) || NAME_TOKENS.has(stem)) return true;
  }
  return false;
}

/**
 * Whether the password is built from the account's own data: name (with or without diacritics, any order of
 * its parts) together with a year or date, the full name alone, the staff number, or the birth date.
 *
 * @param folded - folded password
 * @param owner - the account's data
 * @returns true when personal
 */
export function isPersonal(folded: string, owner: PasswordOwner): boolean {
  const compact = folded.replace(/[^a-z0-9]/g, '');
  const staffNo = owner.staffNo.toLowerCase();
  if (staffNo.length >= 4 && compact.includes(staffNo)) return true;
  const parts = foldVietnamese(owner.fullName).split(/[^a-z]+/).filter((p) => p.length >= 2);
  const joined = parts.join('');
  if (joined.length >= 4 && compact.includes(joined)) return true;
  const reversed = [...parts].reverse().join('');
  if (reversed.length >= 4 && compact.includes(reversed)) return true;
  const dates: string[] = [];
  if (owner.dateOfBirth && /^\d{4}-\d{2}-\d{2}$/.test(owner.dateOfBirth)) {
    const [y, mo, d] = owner.dateOfBirth.split('-') as [string, string, string];
    dates.push(`${d}${mo}${y}`, `${y}${mo}${d}`, `${d}${mo}${y.slice(2)}`, `${d}${mo}`);
    if (dates.some((x) => compact.includes(x))) return true;
    dates.push(y, y.slice(2));
  }
  const given = parts[parts.length - 1];
  const hasName = parts.some((p) => p.length >= 3 && compact.includes(p)) || (given !== undefined && compact.includes(given));
  const hasDigits = /\d{2,}/.test(compact);
  if (hasName && (dates.some((x) => compact.includes(x)) || hasDigits)) {
    // Name + any year-like or short number is the pattern attackers try first.
    const letters = compact.replace(/[0-9]/g, '');
    if (parts.some((p) => letters.includes(p)) && letters.length <= joined.length + 4) return true;
  }
  return false;
}

/**
 * Checks a new password.
 *
 * @param password - the candidate
 * @param owner - the account's name, staff number and birth date
 * @param minLength - minimum length
 * @throws AuthErrors.PASSWORD_TOO_SHORT or AuthErrors.PASSWORD_WEAK with the reason
 */
export function assertPasswordAcceptable(password: string, owner: PasswordOwner, minLength: number): void {
  if ([...password].length < minLength) throw new AuthErrors.PASSWORD_TOO_SHORT(minLength);
  const reason = weakReason(password, owner);
  if (reason) throw new AuthErrors.PASSWORD_WEAK(reason);
}

/**
 * Why a password is weak, or null when it passes (leaks are checked separately against the imported list).
 *
 * @param password - the candidate
 * @param owner - the account's data
 * @returns the reason or null
 */
export function weakReason(password: string, owner: PasswordOwner): WeakReason | null {
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower)) return 'common';
  const folded = foldVietnamese(password);
  if (isPersonal(folded, owner)) return 'personal';
  if (isVietnameseWeak(folded)) return 'common_vi';
  const inputs: string[] = [owner.staffNo, ...foldVietnamese(owner.fullName).split(/\s+/)];
  if (owner.dateOfBirth) inputs.push(owner.dateOfBirth.slice(0, 4));
  // zxcvbn is slow on very long inputs; the first 100 characters decide its score anyway.
  const result = zxcvbn().check(password.slice(0, 100), inputs);
  if (result.score < 3) return 'guessable';
  return null;
}
