/**
 * Error catalogue of the identity module (codes `KHIEN_AUTH_*`). Every credential failure at sign-in uses the
 * one generic {@link AuthErrors.SIGNIN_FAILED} so that unknown accounts, wrong passwords, wrong codes and blocks
 * look the same to a client (STYLE.md rule 25).
 */
import { defineErrors } from '../platform/errors.ts';
import { ActorErrors } from '../actors/actor-errors.ts';

/** Errors of `auth/`. */
export const AuthErrors = {
  ...ActorErrors,
  ...defineErrors('AUTH', {
  SIGNIN_FAILED: {
    status: 401,
    vi: 'Đăng nhập không thành công. Kiểm tra thông tin và thử lại sau',
    en: 'Sign-in failed. Check your details and try again later',
  },
  SIGNIN_THROTTLED: {
    status: 429,
    vi: 'Quá nhiều lần đăng nhập không thành công. Vui lòng thử lại sau ít phút',
    en: 'Too many failed sign-ins. Please try again in a few minutes',
  },
  SIGNIN_SUSPENDED: {
    status: 403,
    vi: 'Tài khoản đang bị tạm khóa. Liên hệ lãnh đạo đơn vị hoặc cán bộ chuyên trách ATTT',
    en: 'The account is suspended. Contact your unit head or security officer',
  },
  SIGNIN_DISABLED: {
    status: 403,
    vi: 'Tài khoản không còn hoạt động (nghỉ việc, chuyển công tác hoặc bị vô hiệu hóa)',
    en: 'The account is no longer active (left, transferred or disabled)',
  },
  SIGNIN_NO_ROLE: { status: 403, vi: 'Tài khoản chưa được phân quyền hoặc quyền đã hết hạn', en: 'The account holds no role, or its roles have expired' },
  DEVICE_NOT_REGISTERED: {
    status: 403,
    vi: 'Máy tính này chưa được đăng ký cho tài khoản. Hãy gửi đề nghị đăng ký thiết bị để lãnh đạo đơn vị duyệt',
    en: 'This computer is not registered for the account. Ask to register it; your unit head approves it',
  },
  DEVICE_PENDING: {
    status: 403,
    vi: 'Máy tính này đang chờ lãnh đạo đơn vị hoặc cán bộ ATTT duyệt',
    en: 'This computer is waiting for approval by your unit head or security officer',
  },
  SESSION_EXPIRED: { status: 401, vi: 'Phiên đăng nhập đã hết hạn hoặc bị thu hồi', en: 'The session has expired or was revoked' },
  CSRF: { status: 403, vi: 'Thiếu hoặc sai mã chống giả mạo yêu cầu (x-csrf-token)', en: 'Missing or wrong anti-forgery token (x-csrf-token)' },
  MFA_REQUIRED: { status: 401, vi: 'Cần nhập mã OTP (hoặc mã khôi phục)', en: 'A one-time code (TOTP) or a recovery code is required' },
  PASSWORD_TOO_SHORT: { status: 400, vi: 'Mật khẩu phải có ít nhất %s ký tự', en: 'The password must have at least %s characters' },
  PASSWORD_WEAK: { status: 400, vi: 'Mật khẩu quá yếu hoặc đã bị lộ (%s)', en: 'The password is too weak or known to be leaked (%s)' },
  PASSWORD_CURRENT_WRONG: { status: 403, vi: 'Mật khẩu hiện tại không đúng', en: 'The current password is wrong' },
  PASSWORD_REUSED: { status: 400, vi: 'Mật khẩu mới phải khác mật khẩu hiện tại', en: 'The new password must differ from the current one' },
  TOTP_INVALID: { status: 400, vi: 'Mã OTP không đúng hoặc đã được dùng', en: 'The one-time code is wrong or was already used' },
  TOTP_NOT_PENDING: { status: 409, vi: 'Chưa bắt đầu đăng ký OTP', en: 'No TOTP enrolment is in progress' },
  ACCOUNT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy tài khoản', en: 'Account not found' },
  ACCOUNT_EXISTS: { status: 409, vi: 'Cán bộ này đã có tài khoản', en: 'This staff member already has an account' },
  ACCOUNT_STATE: { status: 409, vi: 'Trạng thái tài khoản không cho phép thao tác này (%s)', en: 'The account state does not allow this (%s)' },
  STAFF_NOT_FOUND: { status: 404, vi: 'Không tìm thấy hồ sơ cán bộ', en: 'Staff record not found' },
  STAFF_INACTIVE: { status: 409, vi: 'Cán bộ không còn công tác', en: 'The staff member is no longer active' },
  UNIT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy đơn vị %s', en: 'Unit %s not found' },
  NOT_IN_SCOPE: { status: 403, vi: 'Đối tượng nằm ngoài phạm vi quản lý của bạn', en: 'The target is outside your scope' },
  GRANT_INVALID: { status: 400, vi: 'Thời hạn phân quyền không hợp lệ', en: 'The role grant period is not valid' },
  GRANT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy phân quyền', en: 'Role grant not found' },
  SESSION_NOT_FOUND: { status: 404, vi: 'Không tìm thấy phiên đăng nhập', en: 'Session not found' },
  DEVICE_NOT_FOUND: { status: 404, vi: 'Không tìm thấy thiết bị', en: 'Device not found' },
  DEVICE_STATE: { status: 409, vi: 'Trạng thái thiết bị không cho phép thao tác này (%s)', en: 'The device state does not allow this (%s)' },
  DEMO_LINK_INVALID: { status: 404, vi: 'Liên kết thiết bị demo không hợp lệ hoặc đã dùng', en: 'The demo device link is invalid or already used' },
  VPN_NOT_FOUND: { status: 404, vi: 'Không tìm thấy tài khoản VPN', en: 'VPN account not found' },
  VPN_EXISTS: { status: 409, vi: 'Tên tài khoản VPN đã tồn tại', en: 'The VPN user name already exists' },
  VPN_PERIOD_INVALID: { status: 400, vi: 'Thời hạn tài khoản VPN không hợp lệ (tối đa %s ngày)', en: 'The VPN account period is not valid (at most %s days)' },
  BAD_SIGNING_KEY: { status: 400, vi: 'Khóa công khai phải là khóa Ed25519 32 byte (base64)', en: 'The public key must be a 32-byte Ed25519 key (base64)' },
  SIGNING_KEY_NOT_FOUND: { status: 404, vi: 'Không tìm thấy khóa ký số còn hiệu lực', en: 'No live signing key with this id' },
  HR_INVALID: { status: 400, vi: 'Sự kiện nhân sự không hợp lệ: %s', en: 'The HR event is not valid: %s' },
  HR_IMPORT_INVALID: {
    status: 422,
    vi: 'Tệp nhân sự có %s dòng lỗi; không dòng nào được áp dụng',
    en: 'The HR file has %s rows with errors; nothing was applied',
  },
  HR_PROGRESS_UNKNOWN: {
    status: 404,
    vi: 'Máy chủ này không theo dõi lần nhập này (đã xong quá 10 phút, do tài khoản khác thực hiện hoặc chạy trên máy chủ khác)',
    en: 'This server does not follow that import (ended over 10 minutes ago, started by another account or running on another server)',
  },
  FILE_UNREADABLE: { status: 400, vi: 'Không đọc được tệp (%s)', en: 'The file could not be read (%s)' },
  LEAK_IMPORT_RUNNING: { status: 409, vi: 'Một lần nhập danh sách mật khẩu lộ đang chạy; vui lòng đợi', en: 'A leaked-password import is already running; wait for it to end' },
  AUDIT_UNAVAILABLE: {
    status: 503,
    vi: 'Không ghi được nhật ký; thao tác đã bị hủy',
    en: 'The audit log could not record this; the operation was cancelled',
  },
}),
};
