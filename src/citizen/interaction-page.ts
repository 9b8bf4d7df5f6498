/**
 * HTML of the demo identity provider's sign-in and consent pages, in Vietnamese with an English switch. The
 * demo password is shown on the page and labelled demo-only: this provider stands in for VNeID in demo mode.
 * No scripts (the app's CSP allows none inline); inline styles only.
 */

/** Language of a page. */
export type Lang = 'vi' | 'en';

const TEXT = {
  vi: {
    title: 'Đăng nhập định danh điện tử (mô phỏng VNeID)',
    demo: 'CHỈ DÙNG CHO DEMO — đây không phải VNeID thật. Dữ liệu là dữ liệu tổng hợp.',
    password: 'Mật khẩu demo',
    pid: 'Số định danh cá nhân (12 chữ số)',
    pw: 'Mật khẩu',
    signIn: 'Đăng nhập',
    consentTitle: 'Cho phép Khiên nhận thông tin',
    consentText: 'Cổng thông tin người tham gia BHXH (Khiên) đề nghị nhận các thông tin sau từ tài khoản định danh của bạn:',
    claims: { name: 'Họ và tên', personal_id: 'Số định danh cá nhân', sub: 'Mã tài khoản' } as Record<string, string>,
    allow: 'Đồng ý',
    deny: 'Từ chối',
    switchTo: 'English',
    error: 'Số định danh cá nhân hoặc mật khẩu không đúng.',
  },
  en: {
    title: 'Electronic identity sign-in (VNeID simulation)',
    demo: 'DEMO ONLY — this is not the real VNeID. All data is synthetic.',
    password: 'Demo password',
    pid: 'Personal identification number (12 digits)',
    pw: 'Password',
    signIn: 'Sign in',
    consentTitle: 'Allow Khiên to receive your information',
    consentText: 'The insured persons\u2019 portal (Khiên) asks to receive the following from your identity account:',
    claims: { name: 'Full name', personal_id: 'Personal identification number', sub: 'Account identifier' } as Record<string, string>,
    allow: 'Allow',
    deny: 'Deny',
    switchTo: 'Tiếng Việt',
    error: 'The personal identification number or password is incorrect.',
  },
} as const;

/**
 * Escapes text for HTML.
 *
 * @param s - any text
 * @returns the escaped text
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

function frame(lang: Lang, action: string, body: string): string {
  const t = TEXT[lang];
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t.title)}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:30rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
.demo{background:#fff3cd;border:1px solid #e0b400;padding:.75rem;border-radius:.25rem}
label{display:block;margin-top:1rem}input{width:100%;padding:.5rem;font-size:1rem;box-sizing:border-box}
button{margin-top:1rem;padding:.5rem 1rem;font-size:1rem}.err{color:#a00}
nav{text-align:right}
</style></head><body>
<nav><a href="${escapeHtml(action)}?lang=${other}">${escapeHtml(t.switchTo)}</a></nav>
<h1>${escapeHtml(t.title)}</h1>
<p class="demo" role="note">${escapeHtml(t.demo)}</p>
${body}
</body></html>`;
}

/**
 * The sign-in page.
 *
 * @param lang - page language
 * @param action - the form's own path (the interaction cookie is scoped to it)
 * @param demoPassword - the demo password, shown on the page
 * @param failed - whether the previous attempt failed
 */
export function renderLoginPage(lang: Lang, action: string, demoPassword: string, failed: boolean): string {
  const t = TEXT[lang];
  return frame(
    lang,
    action,
    `<p class="demo"><strong>${escapeHtml(t.password)}:</strong> <code>${escapeHtml(demoPassword)}</code></p>
${failed ? `<p class="err" role="alert">${escapeHtml(t.error)}</p>` : ''}
<form method="post" action="${escapeHtml(action)}?lang=${lang}">
<input type="hidden" name="step" value="login">
<label>${escapeHtml(t.pid)}<input name="personalId" inputmode="numeric" pattern="[0-9]{12}" maxlength="12" autocomplete="username" required></label>
<label>${escapeHtml(t.pw)}<input name="password" type="password" autocomplete="current-password" required></label>
<button type="submit">${escapeHtml(t.signIn)}</button>
</form>`,
  );
}

/**
 * The consent page.
 *
 * @param lang - page language
 * @param action - the form's own path
 * @param claims - claims the client asks for
 */
export function renderConsentPage(lang: Lang, action: string, claims: readonly string[]): string {
  const t = TEXT[lang];
  const items = claims.map((c) => `<li>${escapeHtml(t.claims[c] ?? c)}</li>`).join('');
  return frame(
    lang,
    action,
    `<h2>${escapeHtml(t.consentTitle)}</h2><p>${escapeHtml(t.consentText)}</p><ul>${items}</ul>
<form method="post" action="${escapeHtml(action)}?lang=${lang}">
<input type="hidden" name="step" value="consent">
<button type="submit" name="decision" value="allow">${escapeHtml(t.allow)}</button>
<button type="submit" name="decision" value="deny">${escapeHtml(t.deny)}</button>
</form>`,
  );
}
