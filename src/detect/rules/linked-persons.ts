/**
 * Reads of persons close to the staff member (self, household, same address) and of decoy persons
 * (honeytokens seeded into the registry that no legitimate task touches).
 */
import { detection, num, type RuleDefinition } from '../rule.ts';

/** KHIEN-R018: reads of persons linked to the staff member. */
export const linkedPersonRead: RuleDefinition = {
  id: 'KHIEN-R018',
  name: { vi: 'Truy cập hồ sơ người thân, cùng hộ, cùng địa chỉ', en: 'Read of a person linked to the staff member' },
  description: {
    vi: 'Cán bộ truy cập hồ sơ của chính mình, người cùng hộ gia đình hoặc cùng địa chỉ.',
    en: 'A staff member reading their own record, a household member or a person at the same address.',
  },
  severity: 'medium',
  attack: 'T1213',
  defaults: { repeatMinutes: 240 },
  kinds: ['access'],
  create(params, env) {
    const repeat = num(params, 'repeatMinutes') * 60_000;
    const state = env.accounts.slot(() => ({ t: -Infinity }), repeat);
    return {
      size: () => state.size(),
      sweep: () => {},
      evaluate(input) {
        const e = input.event;
        if (e.kind !== 'access' || e.actor.type !== 'staff' || e.outcome !== 'allow' || !input.accountId) return null;
        let linked = 0;
        for (const s of e.subjects) if (env.context.isLinkedPerson(input.accountId, s)) linked++;
        if (linked === 0) return null;
        const s = state.get(input);
        if (input.t - s.t < repeat) return null;
        s.t = input.t;
        return [detection(linkedPersonRead, input, { linkedPersons: linked, action: e.action })];
      },
    };
  },
};

/** KHIEN-R019: any touch of a decoy person. */
export const decoyRead: RuleDefinition = {
  id: 'KHIEN-R019',
  name: { vi: 'Truy cập hồ sơ mồi (honeytoken)', en: 'Decoy record accessed (honeytoken)' },
  description: {
    vi: 'Hồ sơ mồi không thuộc nhiệm vụ hợp lệ nào bị tìm kiếm, xem hoặc xuất: dấu hiệu dò quét hoặc lạm dụng.',
    en: 'A decoy record that no legitimate task touches was searched, viewed or exported: scraping or misuse.',
  },
  severity: 'critical',
  attack: 'T1213',
  defaults: {},
  kinds: ['access'],
  create(_params, env) {
    return {
      size: () => 0,
      sweep: () => {},
      evaluate(input) {
        const e = input.event;
        if (e.kind !== 'access' || e.subjects.length === 0) return null;
        let decoys = 0;
        let first = '';
        for (const s of e.subjects) {
          if (env.context.isDecoy(s)) {
            decoys++;
            if (!first) first = s;
          }
        }
        if (decoys === 0) return null;
        // Decoy ids are not personal data: they are the honeytoken's own id, useful to the investigator.
        return [detection(decoyRead, input, { decoys, decoyId: first, action: e.action, outcome: e.outcome, actorType: e.actor.type }, { accountId: input.accountId ?? e.actor.accountId })];
      },
    };
  },
};
