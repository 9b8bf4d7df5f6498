/**
 * The home page: what this installation is, its state, and where to go next — in Vietnamese by default with
 * an English switch (`?lang=en`, remembered in the `khien_lang` cookie). Server-rendered, no script.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { Config } from '../platform/config.ts';
import { checkDatabase, type DbHandle } from '../db/client.ts';

const TEXT = {
  vi: {
    title: 'Khiên — Bảo vệ dữ liệu cá nhân người tham gia BHXH, BHYT',
    lead: 'Sổ đăng ký được bảo vệ: mọi truy cập dữ liệu cá nhân đều theo phân công bằng văn bản, được quyết định, che dữ liệu và ghi nhật ký không thể sửa.',
    demo: 'Chế độ trình diễn: toàn bộ dữ liệu là dữ liệu giả lập, không có dữ liệu thật.',
    state: 'Tình trạng',
    db: 'Cơ sở dữ liệu',
    ok: 'hoạt động',
    bad: 'có sự cố',
    migrations: 'Phiên bản lược đồ',
    links: 'Đi tiếp',
    docs: 'Tài liệu và thử API',
    openapi: 'Đặc tả OpenAPI',
    health: 'Kiểm tra tình trạng (JSON)',
    citizen: 'Người tham gia: quá trình tham gia, thẻ BHYT, ai đã truy cập dữ liệu của tôi',
    staff: 'Cán bộ: đăng nhập bảng điều khiển',
    switch: 'English',
  },
  en: {
    title: 'Khiên — protecting the personal data of insured people',
    lead: 'A protected registry: every read of personal data happens under a written assignment, is decided, masked and recorded in a log that cannot be rewritten unseen.',
    demo: 'Demo mode: all data is synthetic, none of it is real.',
    state: 'State',
    db: 'Database',
    ok: 'up',
    bad: 'degraded',
    migrations: 'Schema migrations',
    links: 'Where next',
    docs: 'API documentation and explorer',
    openapi: 'OpenAPI document',
    health: 'Health check (JSON)',
    citizen: 'Insured person: my participation, my card, who accessed my data',
    staff: 'Staff: sign in to the console',
    switch: 'Tiếng Việt',
  },
} as const;

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** Registers the page at `/about`, and at `/` too when the console is not built. */
export const homeRoutes: FastifyPluginAsync<{ database: DbHandle; config: Config; paths: readonly string[] }> = async (app, opts) => {
  for (const url of opts.paths) app.get(url, { schema: { hide: true } }, async (request, reply) => {
    const lang = request.ctx.lang;
    const t = TEXT[lang];
    const other = lang === 'vi' ? 'en' : 'vi';
    const state = await checkDatabase(opts.database.db);
    const up = state.reachable && state.applied >= state.expected;
    const html = `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(t.title)}</title>
<style>
body{font-family:system-ui,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:0;background:#f4f6f8;color:#1d2733}
header{background:#0b4a8b;color:#fff;padding:20px 32px;display:flex;justify-content:space-between;align-items:center}
header h1{font-size:1.3rem;margin:0}header a{color:#fff}
main{max-width:880px;margin:24px auto;padding:0 24px}
section{background:#fff;border-radius:8px;padding:16px 24px;margin-bottom:16px;box-shadow:0 1px 2px rgba(0,0,0,.08)}
.badge{display:inline-block;padding:2px 10px;border-radius:12px;font-weight:600}
.up{background:#e3f5e8;color:#17692f}.down{background:#fde8e8;color:#9b1c1c}
.demo{background:#fff7e0;border-left:4px solid #e0a800}
dt{font-weight:600}dd{margin:0 0 8px 0}
</style></head><body>
<header><h1>🛡️ ${escapeHtml(t.title)}</h1><a href="?lang=${other}" hreflang="${other}">${escapeHtml(t.switch)}</a></header>
<main>
<section><p>${escapeHtml(t.lead)}</p></section>
${opts.config.mode === 'demo' ? `<section class="demo"><p>${escapeHtml(t.demo)}</p></section>` : ''}
<section><h2>${escapeHtml(t.state)}</h2><dl>
<dt>${escapeHtml(t.db)}</dt><dd>${opts.database.kind === 'postgres' ? 'PostgreSQL' : 'PGlite'} <span class="badge ${up ? 'up' : 'down'}">${escapeHtml(up ? t.ok : t.bad)}</span></dd>
<dt>${escapeHtml(t.migrations)}</dt><dd>${state.applied} / ${state.expected}</dd>
</dl></section>
<section><h2>${escapeHtml(t.links)}</h2><ul>
<li><a href="/docs">${escapeHtml(t.docs)}</a></li>
<li><a href="/openapi.json">${escapeHtml(t.openapi)}</a></li>
<li><a href="/health">${escapeHtml(t.health)}</a></li>
<li><a href="/portal/">${escapeHtml(t.citizen)}</a></li>
<li><a href="/signin">${escapeHtml(t.staff)}</a></li>
</ul></section>
</main></body></html>`;
    if (typeof (request.query as Record<string, unknown>)?.lang === 'string') {
      void reply.setCookie('khien_lang', lang, { path: '/', sameSite: 'lax', httpOnly: false, maxAge: 31_536_000 });
    }
    return reply.type('text/html; charset=utf-8').send(html);
  });
};
