/**
 * Errors of the detection rule settings and ingestion-token administration (codes `KHIEN_DETECTRULES_*`).
 */
import { defineErrors } from '../platform/errors.ts';

/** Errors of rule settings. */
export const RuleSettingsErrors = defineErrors('DETECTRULES', {
  TOKEN_NOT_FOUND: { status: 404, vi: 'Không có mã nạp nhật ký đang hiệu lực này', en: 'No such active ingestion token' },
  RULE_NOT_FOUND: { status: 404, vi: 'Không có quy tắc phát hiện này', en: 'No such detection rule' },
  BAD_PARAM: {
    status: 400,
    vi: 'Tham số %s không hợp lệ cho quy tắc này (phải cùng kiểu với giá trị mặc định; số phải lớn hơn 0)',
    en: 'Parameter %s is not valid for this rule (same type as its default; numbers above 0)',
  },
});
