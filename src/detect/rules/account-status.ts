/**
 * Account lifecycle: a dormant account suddenly active, and any activity by an account that is revoked
 * (disabled), suspended, or whose holder was transferred, retired or resigned (DESIGN.md invariant 4: an HR
 * exit revokes all access — activity afterwards means the revocation failed or was bypassed). R021 also counts
 * refused credentials of such an account (`credential_refused`: its old session cookie still being tried).
 */
import type { KhienEvent } from '../../events/types.ts';
import { detection, num, type RuleDefinition } from '../rule.ts';

const DAY = 86_400_000;

/** Whether the event shows the account doing something (not merely being acted upon). */
function isActivity(e: KhienEvent): boolean {
  if (e.kind === 'auth') return e.outcome === 'success' && (e.action === 'signin' || e.action === 'totp' || e.action === 'vpn_connect');
  if (e.kind === 'access' || e.kind === 'admin') return e.actor.type === 'staff';
  return false;
}

/** KHIEN-R020: dormant account suddenly active. */
export const dormantAccount: RuleDefinition = {
  id: 'KHIEN-R020',
  name: { vi: 'Tài khoản lâu không dùng đột nhiên hoạt động', en: 'Dormant account suddenly active' },
  description: {
    vi: 'Tài khoản không hoạt động trong nhiều ngày bỗng đăng nhập hoặc truy cập dữ liệu.',
    en: 'An account inactive for many days suddenly signs in or reads data.',
  },
  severity: 'medium',
  attack: 'T1078',
  defaults: { dormantDays: 45 },
  kinds: ['access', 'auth', 'admin'],
  create(params, env) {
    const dormant = num(params, 'dormantDays') * DAY;
    // Forgetting an account after the dormancy period is safe: the context's lastActiveAt takes over.
    const last = env.accounts.slot(() => ({ t: NaN }), dormant);
    return {
      size: () => last.size(),
      sweep: () => {},
      evaluate(input) {
        if (!input.accountId || !isActivity(input.event)) return null;
        const s = last.get(input);
        let prev = s.t;
        if (Number.isNaN(prev)) {
          const known = env.context.account(input.accountId)?.lastActiveAt;
          prev = known ? Date.parse(known) : NaN;
        }
        s.t = Number.isNaN(s.t) ? input.t : Math.max(s.t, input.t);
        if (Number.isNaN(prev) || input.t - prev < dormant) return null;
        return [detection(dormantAccount, input, { idleDays: Math.floor((input.t - prev) / DAY) })];
      },
    };
  },
};

/** KHIEN-R021: activity by a revoked, suspended, transferred, retired or resigned account. */
export const inactiveAccountActivity: RuleDefinition = {
  id: 'KHIEN-R021',
  name: { vi: 'Tài khoản đã thu hồi hoặc cán bộ đã nghỉ việc vẫn hoạt động', en: 'Activity by a revoked or departed account' },
  description: {
    vi: 'Hoạt động của tài khoản đã bị khóa, thu hồi hoặc của cán bộ đã chuyển công tác, nghỉ hưu, thôi việc.',
    en: 'Activity by an account that is disabled or suspended, or whose holder was transferred, retired or resigned.',
  },
  severity: 'critical',
  attack: 'T1078',
  defaults: {},
  kinds: ['access', 'auth', 'admin'],
  create(_params, env) {
    return {
      size: () => 0,
      sweep: () => {},
      evaluate(input) {
        const e = input.event;
        if (!input.accountId) return null;
        // A refused credential of the account (its old session cookie) is an attempt at activity too, and carries
        // the account's status as the server saw it then, fresher than the context's periodic reload.
        const refused = e.kind === 'auth' && e.action === 'credential_refused' ? e.credential ?? null : null;
        if (!refused && !isActivity(e)) return null;
        const facts = env.context.account(input.accountId);
        const accountStatus = refused?.accountStatus ?? facts?.accountStatus;
        const hrStatus = refused?.staffStatus ?? facts?.hrStatus;
        if (!accountStatus || !hrStatus) return null;
        const bad = accountStatus !== 'active' ? `account_${accountStatus}` : hrStatus !== 'active' ? `hr_${hrStatus}` : null;
        if (!bad) return null;
        const details: Record<string, string | number> = refused ? { status: bad, refused: e.kind === 'auth' ? e.reason : '', attempts: refused.attempts } : { status: bad };
        return [detection(inactiveAccountActivity, input, details, { unitId: facts?.unitId ?? (e.kind === 'auth' ? e.unitId ?? null : null) })];
      },
    };
  },
};
