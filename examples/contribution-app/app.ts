/**
 * Example business application (issue 15, item 5): a small contribution-collection screen — search a person by
 * social insurance number, show their participation periods — connected to Khiên in one of three ways:
 *
 * - `decision`: asks the decision service before showing a person (`clients/node/decision-client.ts`); the
 *   staff session is the Khiên session token (cookie `khien_session` or `Authorization: Bearer`);
 * - `gateway`: checks nothing itself and runs unchanged behind nginx (`deploy/nginx/gateway.conf.template`);
 * - `logs`: checks nothing and sends one access-log line per person shown to Khiên's ingestion
 *   (`POST /api/ingest/events`, mapped by the declared source mapping in `source-mapping.json`);
 * - `sso`: staff sign in through Khiên's single sign-on (`sso.ts`: code + PKCE, its own session, back-channel
 *   logout), and the application asks the decision service as in `decision`, forwarding the access token it
 *   received at sign-in as the staff session.
 *
 * Its data is its own small synthetic copy (`SyntheticPerson`), never real personal data.
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { createDecisionClient, DecisionServiceError } from '../../clients/node/decision-client.ts';
import { addSsoSignIn, type SsoSettings } from './sso.ts';

/** How the application is connected to Khiên. */
export type Mode = 'decision' | 'gateway' | 'logs' | 'sso';

/** One synthetic insured person of the application's copy. */
export interface SyntheticPerson {
  readonly socialInsuranceNo: string;
  readonly name: string;
  readonly periods: ReadonlyArray<{ readonly from: string; readonly to: string | null; readonly employer: string; readonly salary: number }>;
}

/** Options of the application. */
export interface ContributionAppOptions {
  readonly mode: Mode;
  readonly people: readonly SyntheticPerson[];
  /** Khiên's base URL (modes `decision` and `logs`). */
  readonly khienUrl?: string;
  /** The application's business-system credential (modes `decision` and `sso`). */
  readonly systemCredential?: string;
  /** The application's ingestion token (mode `logs`). */
  readonly ingestToken?: string;
  /** Mode `sso`: the client registered for this system and the application's own base URL. */
  readonly sso?: Omit<SsoSettings, 'khienUrl'>;
  /** Purpose the screen serves. */
  readonly purpose?: string;
}

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const page = (title: string, body: string): string =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><h1>${esc(title)}</h1>${body}</body></html>`;
const SEARCH_FORM = '<form action="/tim-kiem"><label>Mã số BHXH <input name="maSo" pattern="[0-9]{10}" required></label> <button>Tìm</button></form>';
const vnd = (n: number): string => `${n.toLocaleString('vi-VN')} ₫`;

/** The staff session token the request carries (decision mode). */
function staffSessionOf(request: FastifyRequest): string | null {
  const bearer = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
  if (bearer) return bearer;
  return /(?:^|;\s*)khien_session=([^;]+)/.exec(request.headers.cookie ?? '')?.[1] ?? null;
}

/** The staff number of a logs-mode user (the legacy application's own sign-in, reduced here to a cookie). */
function legacyUserOf(request: FastifyRequest): string | null {
  return /(?:^|;\s*)ca_user=([A-Za-z0-9._-]{1,64})/.exec(request.headers.cookie ?? '')?.[1] ?? null;
}

/**
 * Builds the application.
 *
 * @param opts - mode, data and Khiên settings
 * @returns the Fastify instance (not listening)
 */
export function buildContributionApp(opts: ContributionAppOptions): FastifyInstance {
  const app = Fastify({ logger: false });
  const purpose = opts.purpose ?? 'contribution_collection';
  const bySi = new Map(opts.people.map((p) => [p.socialInsuranceNo, p]));
  const khien = opts.mode === 'decision' || opts.mode === 'sso'
    ? createDecisionClient({ baseUrl: opts.khienUrl ?? '', credential: opts.systemCredential ?? '' })
    : null;
  const sso = opts.mode === 'sso'
    ? addSsoSignIn(app, { khienUrl: opts.khienUrl ?? '', ...(opts.sso ?? { clientId: '', clientSecret: '', appUrl: '' }) })
    : null;

  // Mode `decision`: whether the salary may be shown, per request (the decision's mask of the field).
  const salaryShown = new WeakMap<FastifyRequest, boolean>();
  /** Mode `decision`: may this person be shown? Null = yes; otherwise the status to answer. */
  const decide = async (request: FastifyRequest, si: string, action: 'search' | 'view'): Promise<number | null> => {
    if (!khien) return null;
    const staffSession = sso ? (sso.staffOf(request)?.accessToken ?? null) : staffSessionOf(request);
    if (!staffSession) return 401;
    try {
      const d = await khien.decide({ staffSession, action, record: action === 'view' ? 'participation' : 'person', purpose, subject: si, clientIp: request.ip });
      salaryShown.set(request, d.fields.salary === 'clear');
      return d.outcome === 'allow' ? null : 404; // a refused person is answered as one that does not exist
    } catch (err) {
      // An ended staff session asks for sign-in; anything else (bad credential, no answer) refuses the page.
      return err instanceof DecisionServiceError && err.code === 'KHIEN_ACCESS_STAFF_SESSION_INVALID' ? 401 : 503;
    }
  };

  /** Mode `logs`: one line per person shown, sent before the page (a lost line would be a silent read). */
  const logRead = async (request: FastifyRequest, si: string, act: string): Promise<void> => {
    if (opts.mode !== 'logs') return;
    const res = await fetch(`${opts.khienUrl}/api/ingest/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${opts.ingestToken}` },
      body: JSON.stringify({ events: [{ time: new Date().toISOString(), user: legacyUserOf(request), maSo: si, act, purpose, result: 'success', ip: request.ip }] }),
    });
    if (!res.ok) throw new Error(`ingest refused: ${res.status}`);
  };

  /** Mode `sso`: a refused or missing staff session sends the browser to sign in through Khiên. */
  const signIn = (request: FastifyRequest, reply: FastifyReply): FastifyReply | null => (sso ? sso.signInAgain(request, reply) : null);

  app.get('/', async (request, reply) => {
    const who = sso?.staffOf(request);
    const banner = who ? `<p>Cán bộ ${esc(who.staffNumber)} — <form method="post" action="/dang-xuat"><button>Đăng xuất</button></form></p>` : sso ? '<p><a href="/dang-nhap">Đăng nhập qua Khiên</a></p>' : '';
    return reply.type('text/html; charset=utf-8').send(page('Thu BHXH — tra cứu người tham gia', banner + SEARCH_FORM));
  });

  app.get<{ Querystring: { maSo?: string } }>('/tim-kiem', async (request, reply) => {
    const si = (request.query.maSo ?? '').trim();
    reply.type('text/html; charset=utf-8');
    if (!si) return page('Tra cứu người tham gia', SEARCH_FORM);
    const refused = await decide(request, si, 'search');
    const person = refused === null ? bySi.get(si) : undefined;
    if (refused === 401) return signIn(request, reply) ?? reply.status(401).send(page('Cần đăng nhập', '<p>Phiên đăng nhập Khiên không hợp lệ.</p>'));
    if (refused === 503) return reply.status(503).send(page('Tạm thời không tra cứu được', '<p>Không kiểm tra được quyền truy cập.</p>'));
    if (!person) return page('Kết quả tra cứu', `<p>Không tìm thấy người tham gia.</p>${SEARCH_FORM}`);
    await logRead(request, si, 'tim_kiem');
    return page('Kết quả tra cứu', `<ul><li><a href="/nguoi-tham-gia/${esc(si)}">${esc(person.name)}</a></li></ul>`);
  });

  app.get<{ Params: { maSo: string } }>('/nguoi-tham-gia/:maSo', async (request, reply) => {
    const si = request.params.maSo;
    reply.type('text/html; charset=utf-8');
    const refused = await decide(request, si, 'view');
    if (refused === 401) return signIn(request, reply) ?? reply.status(401).send(page('Cần đăng nhập', '<p>Phiên đăng nhập Khiên không hợp lệ.</p>'));
    if (refused === 503) return reply.status(503).send(page('Tạm thời không tra cứu được', '<p>Không kiểm tra được quyền truy cập.</p>'));
    const person = refused === null ? bySi.get(si) : undefined;
    if (!person) return reply.status(404).send(page('Không tìm thấy', '<p>Không tìm thấy người tham gia.</p>'));
    await logRead(request, si, 'xem_qua_trinh');
    // Each field at the level Khiên decided (decision mode); the other modes cannot mask.
    const salary = (n: number): string => (salaryShown.get(request) === false ? '(ẩn)' : vnd(n));
    const rows = person.periods.map((p) => `<tr><td>${esc(p.from)}</td><td>${esc(p.to ?? 'nay')}</td><td>${esc(p.employer)}</td><td>${salary(p.salary)}</td></tr>`).join('');
    return page(`Quá trình tham gia — ${person.name}`, `<table><thead><tr><th>Từ</th><th>Đến</th><th>Đơn vị</th><th>Mức lương đóng</th></tr></thead><tbody>${rows}</tbody></table>`);
  });

  return app;
}
