/**
 * The per-account risk score (KHIEN-R025): weak signals of other rules — an odd hour the calendar, the
 * account's entitlements and its own history do not explain, an unregistered device on the office network
 * before the help desk registers it, a volume a little above the account's usual, a leaked password before
 * it is used — each add points to the account's score instead of raising an alert of their own. The score
 * halves every `halfLifeHours`; when it reaches `threshold` one alert is raised with every signal that made it
 * up as evidence, and again only after `repeatHours`. Strong signals (decoy read, revoked account, impossible
 * travel, spraying, a leaked credential used) never pass through here: their rules alert at once.
 */
import { detection, num, type Detection, type DetectInput, type RuleDefinition } from '../rule.ts';

const HOUR = 3_600_000;

/** One signal kept as evidence. */
interface Signal {
  readonly rule: string;
  readonly kind: string;
  readonly points: number;
  readonly t: number;
}

/** The score of one account. */
interface Score {
  score: number;
  t: number;
  fired: number;
  signals: Signal[];
}

/** KHIEN-R025: weak signals adding up on one account. */
export const riskScore: RuleDefinition = {
  id: 'KHIEN-R025',
  name: { vi: 'Nhiều dấu hiệu yếu cộng dồn trên một tài khoản', en: 'Weak signals adding up on one account' },
  description: {
    vi: 'Điểm rủi ro của tài khoản (giờ bất thường, thiết bị chưa đăng ký trong mạng cơ quan, khối lượng cao hơn thường lệ, mật khẩu bị lộ…) vượt ngưỡng: mỗi dấu hiệu riêng lẻ không đủ để cảnh báo.',
    en: "The account's risk score (odd hours, an unregistered device on the office network, volume above usual, a leaked password…) crossed the threshold: no single signal was enough to alert.",
  },
  severity: 'medium',
  attack: 'T1078',
  defaults: { threshold: 10, halfLifeHours: 12, repeatHours: 24 },
  kinds: [],
  create(params, env) {
    const threshold = num(params, 'threshold');
    const halfLife = num(params, 'halfLifeHours') * HOUR;
    const repeat = num(params, 'repeatHours') * HOUR;
    const state = env.accounts.slot<Score>(() => ({ score: 0, t: 0, fired: -Infinity, signals: [] }), Math.max(halfLife * 6, repeat));
    return {
      size: () => state.size(),
      sweep: () => {},
      evaluate: () => null,
      absorb(signal: Detection, input: DetectInput): Detection | null {
        if (!input.account || signal.points === undefined || signal.points <= 0) return null;
        const s = state.get(input);
        const t = Math.max(input.t, s.t);
        s.score = s.score * 0.5 ** ((t - s.t) / halfLife) + signal.points;
        s.t = t;
        s.signals = s.signals.filter((x) => t - x.t <= halfLife * 4);
        if (s.signals.length >= 12) s.signals.shift();
        s.signals.push({ rule: signal.ruleId, kind: String(signal.details.kind ?? ''), points: signal.points, t: input.t });
        if (s.score < threshold || t - s.fired < repeat) return null;
        s.fired = t;
        const evidence = s.signals.map((x) => `${x.rule}${x.kind ? `:${x.kind}` : ''}+${Math.round(x.points * 10) / 10}`).join(', ');
        return detection(riskScore, input, { score: Math.round(s.score * 10) / 10, threshold, signals: evidence, signalCount: s.signals.length, lastRule: signal.ruleId }, { accountId: signal.accountId, unitId: signal.unitId });
      },
    };
  },
};
