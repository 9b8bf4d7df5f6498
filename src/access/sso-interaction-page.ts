/**
 * HTML of the staff sign-in page of single sign-on (`/sso/interaction/:uid`): Vietnamese first, English with
 * `?lang=en`. It names the application asking, offers to continue with the console session when the browser holds
 * one, and otherwise asks for the staff number, password and one-time code (the console's rules). No scripts;
 * inline styles only.
 */

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}
/** Language of a page. */
export type SsoLang = 'vi' | 'en';

const TEXT = {
  vi: {
    title: 'Đăng nhập một lần — Khiên',
    asks: 'Ứng dụng nghiệp vụ đề nghị đăng nhập:',
    continueAs: 'Tiếp tục với tài khoản',
    orOther: 'Hoặc đăng nhập bằng tài khoản khác:',
    username: 'Mã số cán bộ',
    password: 'Mật khẩu',
    totp: 'Mã OTP (6 chữ số)',
    signIn: 'Đăng nhập',
    expired: 'Phiên đăng nhập đã hết hạn hoặc không hợp lệ. Hãy quay lại ứng dụng và thử lại.',
    finishInConsole: 'Tài khoản cần đổi mật khẩu hoặc đăng ký OTP trước. Hãy hoàn tất trên bảng điều khiển Khiên rồi thử lại.',
    switchTo: 'English',
    rules: 'Áp dụng cùng quy tắc như bảng điều khiển: mật khẩu, OTP, thiết bị đã đăng ký và khóa tài khoản khi nhập sai nhiều lần.',
  },
  en: {
    title: 'Single sign-on — Khiên',
    asks: 'A business application asks you to sign in:',
    continueAs: 'Continue as',
    orOther: 'Or sign in with another account:',
    username: 'Staff number',
    password: 'Password',
    totp: 'One-time code (6 digits)',
    signIn: 'Sign in',
    expired: 'This sign-in has expired or is not valid. Go back to the application and try again.',
    finishInConsole: 'This account must change its password or enrol a one-time code first. Finish that in the Khiên console, then try again.',
    switchTo: 'Tiếng Việt',
    rules: 'The console\u2019s rules apply: password, one-time code, registered device and lockout after repeated failures.',
  },
} as const;

function frame(lang: SsoLang, self: string, body: string): string {
  const t = TEXT[lang];
  const other: SsoLang = lang === 'vi' ? 'en' : 'vi';
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t.title)}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:30rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
label{display:block;margin-top:1rem}input{width:100%;padding:.5rem;font-size:1rem;box-sizing:border-box}
button,.btn{display:inline-block;margin-top:1rem;padding:.5rem 1rem;font-size:1rem}.err{color:#a00}
nav{text-align:right}.app{font-weight:600}.note{color:#444;font-size:.9rem}
</style></head><body>
<nav><a href="${escapeHtml(self)}?lang=${other}">${escapeHtml(t.switchTo)}</a></nav>
<h1>${escapeHtml(t.title)}</h1>
${body}
</body></html>`;
}

/** What the sign-in page shows. */
export interface SsoPageInput {
  readonly lang: SsoLang;
  /** The interaction's path (the form posts to it). */
  readonly action: string;
  /** The application's display name. */
  readonly appName: string;
  /** The console session's staff number, when the browser holds a usable one. */
  readonly continueAs?: string | null;
  /** The refusal of the previous attempt, in the page's language. */
  readonly error?: string | null;
}

/**
 * The sign-in page.
 *
 * @param input - language, form path, application, console session, previous error
 * @returns HTML
 */
export function renderSsoSignInPage(input: SsoPageInput): string {
  const t = TEXT[input.lang];
  const q = input.lang === 'en' ? '?lang=en' : '';
  const cont = input.continueAs
    ? `<p><a class="btn" href="${escapeHtml(input.action)}/continue${q}">${escapeHtml(t.continueAs)} ${escapeHtml(input.continueAs)}</a></p><p>${escapeHtml(t.orOther)}</p>`
    : '';
  const err = input.error ? `<p class="err" role="alert">${escapeHtml(input.error)}</p>` : '';
  return frame(input.lang, input.action, `<p>${escapeHtml(t.asks)} <span class="app">${escapeHtml(input.appName)}</span></p>
${cont}${err}
<form method="post" action="${escapeHtml(input.action)}${q}">
<label>${escapeHtml(t.username)}<input name="username" autocomplete="username" required maxlength="32"></label>
<label>${escapeHtml(t.password)}<input name="password" type="password" autocomplete="current-password" required maxlength="256"></label>
<label>${escapeHtml(t.totp)}<input name="totp" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6"></label>
<button type="submit">${escapeHtml(t.signIn)}</button>
</form>
<p class="note">${escapeHtml(t.rules)}</p>`);
}

/**
 * A page with one message (expired interaction, account to finish in the console).
 *
 * @param lang - language
 * @param self - the page's path
 * @param which - which message
 * @returns HTML
 */
export function renderSsoMessagePage(lang: SsoLang, self: string, which: 'expired' | 'finishInConsole'): string {
  return frame(lang, self, `<p class="err" role="alert">${escapeHtml(TEXT[lang][which])}</p>`);
}
