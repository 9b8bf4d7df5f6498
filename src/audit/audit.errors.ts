/**
 * Error catalogue of the audit module (codes `KHIEN_AUDIT_*`).
 */
import { defineErrors } from '../platform/errors.ts';

/** Errors of the audit module. */
export const AuditErrors = defineErrors('AUDIT', {
  UNAVAILABLE: {
    status: 503,
    vi: 'Không ghi được nhật ký kiểm toán nên yêu cầu bị từ chối để bảo vệ dữ liệu; vui lòng thử lại sau',
    en: 'The audit log could not record this, so the request is refused to protect the data; try again later',
  },
  INVALID_EVENT: {
    status: 500,
    vi: 'Sự kiện không thể ghi vào nhật ký kiểm toán (%s)',
    en: 'The event cannot be written to the audit log (%s)',
  },
  NO_CHECKPOINT: {
    status: 404,
    vi: 'Chưa có điểm kiểm tra (checkpoint) nào được ký',
    en: 'No signed checkpoint exists yet',
  },
  ENTRY_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy mục nhật ký',
    en: 'Audit entry not found',
  },
  NOT_YET_CHECKPOINTED: {
    status: 409,
    vi: 'Mục nhật ký chưa nằm trong điểm kiểm tra mới nhất; vui lòng thử lại sau',
    en: 'The entry is not covered by the latest checkpoint yet; try again later',
  },
  BAD_CHECKPOINT: {
    status: 400,
    vi: 'Tệp điểm kiểm tra không đúng định dạng: %s',
    en: 'The checkpoint file is malformed: %s',
  },
  SIGNING_KEY: {
    status: 500,
    vi: 'Khóa ký nhật ký kiểm toán không hợp lệ hoặc không đọc được',
    en: 'The audit signing key is invalid or cannot be read',
  },
  VERIFY_RUNNING: {
    status: 409,
    vi: 'Một lần kiểm tra toàn bộ nhật ký đang chạy; vui lòng đợi lần đó kết thúc',
    en: 'A full verification of the log is already running; wait for it to end',
  },
  VERIFICATION_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy lần kiểm tra nhật ký',
    en: 'Verification not found',
  },
});
