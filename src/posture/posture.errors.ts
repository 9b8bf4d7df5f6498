/**
 * Error catalogue of the security-posture module (codes `KHIEN_POSTURE_*`).
 */
import { defineErrors } from '../platform/errors.ts';

/** Errors of assets, findings, warning lists and monthly reports. */
export const PostureErrors = defineErrors('POSTURE', {
  FORBIDDEN_UNIT: { status: 403, vi: 'Đơn vị nằm ngoài phạm vi được giao', en: 'The unit is outside your scope' },
  CENTRAL_ONLY: { status: 403, vi: 'Chỉ đội ATTT trung tâm được thực hiện việc này', en: 'Only the central security team may do this' },
  HEAD_ONLY: { status: 403, vi: 'Chỉ lãnh đạo đơn vị được thực hiện việc này', en: 'Only the unit head may do this' },
  UNKNOWN_UNIT: { status: 400, vi: 'Đơn vị không tồn tại: %s', en: 'Unknown unit: %s' },
  ASSET_NOT_FOUND: { status: 404, vi: 'Không tìm thấy tài sản', en: 'Asset not found' },
  DUPLICATE_ASSET: { status: 409, vi: 'Đơn vị đã có tài sản với mã %s', en: 'The unit already has an asset with reference %s' },
  UNKNOWN_DEVICE: { status: 400, vi: 'Thiết bị chưa đăng ký trong hệ thống', en: 'The device is not registered' },
  UNKNOWN_STAFF: { status: 400, vi: 'Không tìm thấy cán bộ phụ trách', en: 'Responsible staff member not found' },
  IMPORT_INVALID: {
    status: 400,
    vi: 'Tệp có %s dòng lỗi; không dòng nào được ghi',
    en: 'The file has %s invalid rows; nothing was written',
  },
  IMPORT_UNREADABLE: { status: 400, vi: 'Không đọc được tệp: %s', en: 'The file cannot be read: %s' },
  FEED_UNAUTHENTICATED: { status: 401, vi: 'Mã nạp dữ liệu không hợp lệ', en: 'Invalid feed token' },
  FINDING_NOT_FOUND: { status: 404, vi: 'Không tìm thấy lỗ hổng/mã độc', en: 'Finding not found' },
  BAD_TRANSITION: { status: 409, vi: 'Không thể chuyển trạng thái từ %s sang %s', en: 'Cannot change state from %s to %s' },
  REASON_REQUIRED: { status: 400, vi: 'Cần nêu lý do', en: 'A reason is required' },
  EXPIRY_REQUIRED: {
    status: 400,
    vi: 'Chấp nhận rủi ro cần thời hạn trong tương lai',
    en: 'Accepting a risk needs an expiry in the future',
  },
  LIST_NOT_FOUND: { status: 404, vi: 'Không tìm thấy danh sách cảnh báo', en: 'Warning list not found' },
  BAD_INDICATOR: { status: 400, vi: 'Chỉ dấu không hợp lệ: %s', en: 'Invalid indicator: %s' },
  LIST_NOT_FOR_UNIT: { status: 409, vi: 'Danh sách cảnh báo không áp dụng cho đơn vị này', en: 'The warning list does not apply to this unit' },
  BAD_MONTH: { status: 400, vi: 'Tháng báo cáo không hợp lệ hoặc chưa kết thúc', en: 'The month is invalid or not over yet' },
  REPORT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy báo cáo', en: 'Report not found' },
  REPORT_SIGNED: { status: 409, vi: 'Báo cáo đã được ký', en: 'The report is already signed' },
  REPORT_NOT_SIGNED: { status: 409, vi: 'Báo cáo chưa được ký', en: 'The report is not signed' },
  NO_SIGNING_KEY: {
    status: 409,
    vi: 'Tài khoản chưa đăng ký khoá ký',
    en: 'The account has no registered signing key',
  },
  BAD_SIGNING_KEY: { status: 400, vi: 'Khoá công khai Ed25519 không hợp lệ', en: 'Invalid Ed25519 public key' },
  BAD_SIGNATURE: { status: 400, vi: 'Chữ ký không khớp nội dung báo cáo', en: 'The signature does not match the report content' },
});
