/**
 * Error catalogue of the detection module (codes `KHIEN_DETECT_*`).
 */
import { defineErrors } from '../platform/errors.ts';

/** Errors of alerts, monitoring and log ingestion. */
export const DetectErrors = defineErrors('DETECT', {
  ALERT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy cảnh báo', en: 'Alert not found' },
  BAD_TRANSITION: {
    status: 409,
    vi: 'Không thể chuyển cảnh báo từ trạng thái %s sang %s',
    en: 'An alert cannot move from %s to %s',
  },
  REASON_REQUIRED: {
    status: 400,
    vi: 'Cần nêu lý do khi đánh dấu cảnh báo là báo động nhầm',
    en: 'A reason is required to mark an alert as a false positive',
  },
  INGEST_UNAUTHENTICATED: {
    status: 401,
    vi: 'Mã nạp nhật ký không hợp lệ hoặc đã thu hồi',
    en: 'The ingestion token is missing, invalid or revoked',
  },
  BAD_RANGE: { status: 400, vi: 'Khoảng thời gian không hợp lệ', en: 'The time range is not valid' },
  UNIT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy đơn vị trong phạm vi của bạn', en: 'Unit not found in your scope' },
});
