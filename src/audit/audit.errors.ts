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
  PARTITION_NOT_FOUND: {
    status: 404,
    vi: 'Không có phân vùng nhật ký %s',
    en: 'No audit log partition named %s',
  },
  ARCHIVE_DEFAULT_PARTITION: {
    status: 409,
    vi: 'Không lưu trữ phân vùng DEFAULT: chuyển các mục của nó sang một phân vùng theo khoảng trước (docs/OPERATIONS.md)',
    en: 'The DEFAULT partition is never archived: move its entries into a range partition first (docs/OPERATIONS.md)',
  },
  ARCHIVE_HEAD_PARTITION: {
    status: 409,
    vi: 'Phân vùng %s chưa đầy: nó chứa hoặc sẽ chứa các mục mới nhất (đầu nhật ký %s); chỉ lưu trữ phân vùng đã ghi xong',
    en: 'Partition %s is not complete: it holds or will hold the newest entries (head %s); only a completed partition is archived',
  },
  ARCHIVE_NOT_OLDEST: {
    status: 409,
    vi: 'Chỉ lưu trữ được phân vùng cũ nhất còn trong cơ sở dữ liệu (%s), để phần còn lại của nhật ký vẫn liền mạch',
    en: 'Only the oldest partition still in the database (%s) may be archived, so that the rest of the log stays contiguous',
  },
  ARCHIVE_NEEDS_POSTGRES: {
    status: 400,
    vi: 'Lưu trữ phân vùng cần PostgreSQL (COPY); PGlite nhúng không hỗ trợ',
    en: 'Archiving a partition needs PostgreSQL (COPY); the embedded PGlite cannot do it',
  },
  ARCHIVE_FILE_EXISTS: {
    status: 409,
    vi: 'Tệp lưu trữ %s đã tồn tại và không khớp với bản ghi lưu trữ của phân vùng; không ghi đè',
    en: 'The archive file %s already exists and does not match the partition\'s archive record; it is not overwritten',
  },
  ARCHIVE_INVALID: {
    status: 422,
    vi: 'Tệp lưu trữ không khớp với bản kê khai: %s; không có gì bị xóa',
    en: 'The archive file does not match its manifest: %s; nothing was dropped',
  },
  ARCHIVE_NO_CHECKPOINT: {
    status: 409,
    vi: 'Chưa có điểm kiểm tra đã ký nào bao phủ mục %s; ký một điểm kiểm tra (khien audit checkpoint) rồi thử lại',
    en: 'No signed checkpoint covers entry %s yet; sign one (khien audit checkpoint) and try again',
  },
  BAD_MANIFEST: {
    status: 400,
    vi: 'Bản kê khai lưu trữ không đúng định dạng: %s',
    en: 'The archive manifest is malformed: %s',
  },
});
