/**
 * Security-level criteria and the authority to appraise and approve a dossier.
 *
 * Fields follow Law 116/2025/QH15 on Cybersecurity (in force 1/7/2026) and Decree 331/2026/NĐ-CP (in force
 * 19/8/2026; criteria Art. 11–15, authority Art. 18, dossier Art. 21–22). Systems classified under Decree
 * 85/2016/NĐ-CP (criteria Art. 7–11, authority Art. 12, dossier Art. 15) keep that basis during the
 * transition (../shared/docs/domain-vn.md §6); their criteria map to the same codes.
 */
import type { LEGAL_BASES } from './govern.schema.ts';

/** A legal basis. */
export type LegalBasis = (typeof LEGAL_BASES)[number];

/** One criterion: the level it puts a system at, its article under each basis, its wording. */
export interface Criterion {
  readonly code: string;
  readonly level: 1 | 2 | 3 | 4 | 5;
  readonly article: Readonly<Record<LegalBasis, string>>;
  readonly vi: string;
  readonly en: string;
}

const art = (n331: number, n85: number): Readonly<Record<LegalBasis, string>> => ({
  'decree-331-2026': `Nghị định 331/2026/NĐ-CP, Điều ${n331}`,
  'decree-85-2016': `Nghị định 85/2016/NĐ-CP, Điều ${n85}`,
});

/** The criteria (highest matching level wins: Decree 331/2026 Art. 8.2). */
export const CRITERIA: readonly Criterion[] = [
  { code: 'L1_INTERNAL', level: 1, article: art(11, 7), vi: 'Chỉ phục vụ hoạt động nội bộ, không xử lý dữ liệu cá nhân của người dân', en: 'Internal operations only, no citizens’ personal data' },
  { code: 'L2_ONLINE_SERVICE', level: 2, article: art(12, 8), vi: 'Cung cấp dịch vụ trực tuyến không thuộc danh mục kinh doanh có điều kiện', en: 'Online service outside the conditional-business list' },
  { code: 'L2_PD_SMALL', level: 2, article: art(12, 8), vi: 'Xử lý dữ liệu cá nhân cơ bản của dưới 100.000 chủ thể hoặc nhạy cảm của dưới 10.000 chủ thể', en: 'Basic personal data of < 100,000 or sensitive data of < 10,000 subjects' },
  { code: 'L3_ADMIN_PROCEDURES', level: 3, article: art(13, 9), vi: 'Phục vụ giải quyết thủ tục hành chính', en: 'Handles administrative procedures' },
  { code: 'L3_PD_LARGE', level: 3, article: art(13, 9), vi: 'Xử lý dữ liệu cá nhân cơ bản của từ 100.000 chủ thể hoặc nhạy cảm của từ 10.000 chủ thể', en: 'Basic personal data of ≥ 100,000 or sensitive data of ≥ 10,000 subjects' },
  { code: 'L4_NATIONAL_EGOV', level: 4, article: art(14, 10), vi: 'Hệ thống Chính phủ điện tử quốc gia hoặc hạ tầng vận hành 24/7 toàn quốc', en: 'National e-Government system or nationwide 24/7 infrastructure' },
  { code: 'L5_NATIONAL_DATA', level: 5, article: art(15, 11), vi: 'Lưu trữ tập trung dữ liệu đặc biệt quan trọng của quốc gia', en: 'Central storage of especially important national data' },
];

const BY_CODE = new Map(CRITERIA.map((c) => [c.code, c]));

/**
 * The level the criteria put a system at (the highest one met).
 *
 * @param codes - criterion codes
 * @returns the level, or an unknown code
 */
export function levelOfCriteria(codes: readonly string[]): { level: number } | { unknown: string } {
  let level = 0;
  for (const code of codes) {
    const c = BY_CODE.get(code);
    if (!c) return { unknown: code };
    level = Math.max(level, c.level);
  }
  return { level };
}

/** Who may take a step of the workflow. */
export type Authority = 'central_security' | 'agency_head';

/**
 * Who appraises and who approves a level (Decree 331/2026 Art. 18): levels 1–2 are appraised and approved
 * by the owner's designated cybersecurity unit (the IT Centre); level 3 is appraised by that unit and
 * approved by the owner (the head of the agency); levels 4–5 are appraised by the Ministry of Public Security
 * (recorded by the IT Centre with the ministry's reference) and approved by the owner (level 5 after the
 * Prime Minister's list).
 *
 * @param level - 1–5
 * @returns the authority of each step and whether an outside body's reference is required
 */
export function authorityOf(level: number): { appraise: Authority; approve: Authority; externalAppraisal: boolean } {
  if (level <= 2) return { appraise: 'central_security', approve: 'central_security', externalAppraisal: false };
  if (level === 3) return { appraise: 'central_security', approve: 'agency_head', externalAppraisal: false };
  return { appraise: 'central_security', approve: 'agency_head', externalAppraisal: true };
}

/**
 * Documents a dossier needs before appraisal and before approval (Decree 331/2026 Art. 21–22, Art. 30.7).
 *
 * @param level - 1–5
 * @returns document kinds per step
 */
export function requiredDocuments(level: number): { appraise: string[]; approve: string[] } {
  const appraise = ['general_description', 'design', 'level_proposal', 'assurance_plan'];
  if (level >= 4) appraise.push('professional_opinion');
  return { appraise, approve: [...appraise, 'risk_assessment', 'security_regulation'] };
}
