/**
 * Error catalogue of the citizen module (codes `KHIEN_CITIZEN_*`).
 */
import { defineErrors } from '../platform/errors.ts';

/** Errors of the insured person's view and citizen sign-in. */
export const CitizenErrors = defineErrors('CITIZEN', {
  SIGNIN_UNAVAILABLE: {
    status: 503,
    vi: 'Đăng nhập bằng định danh điện tử tạm thời không khả dụng',
    en: 'Sign-in with the electronic identity is temporarily unavailable',
  },
  SIGNIN_FAILED: {
    status: 400,
    vi: 'Đăng nhập không thành công, vui lòng thử lại',
    en: 'Sign-in did not complete, please try again',
  },
  NOT_INSURED: {
    status: 403,
    vi: 'Không tìm thấy người tham gia bảo hiểm ứng với tài khoản định danh này',
    en: 'No insured person matches this identity account',
  },
  INTERACTION_EXPIRED: {
    status: 400,
    vi: 'Phiên đăng nhập đã hết hạn, vui lòng bắt đầu lại',
    en: 'The sign-in step has expired, please start again',
  },
  STAFF_ONLY: {
    status: 403,
    vi: 'Chỉ quản trị ATTT trung tâm hoặc thanh tra được thực hiện thao tác này',
    en: 'Only the central security admin or an auditor may do this',
  },
  ACCESS_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy lượt truy cập này',
    en: 'No such access',
  },
  WITHHOLDING_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy quyết định tạm hoãn hiển thị',
    en: 'No such withholding decision',
  },
  WITHHOLDING_SCOPE: {
    status: 400,
    vi: 'Cần chỉ định người tham gia hoặc mục đích xử lý',
    en: 'A subject person or a purpose is required',
  },
  WITHHOLDING_DATE: {
    status: 400,
    vi: 'Ngày kết thúc tạm hoãn phải ở tương lai và khoảng thời gian phải hợp lệ',
    en: 'The withheld-until date must be in the future and the time window must be valid',
  },
  AUDIT_UNAVAILABLE: {
    status: 503,
    vi: 'Không ghi được nhật ký truy cập nên không thể trả dữ liệu',
    en: 'The access could not be recorded, so no data is returned',
  },
  HISTORY_UNAVAILABLE: {
    status: 503,
    vi: 'Lịch sử truy cập tạm thời không khả dụng',
    en: 'The access history is temporarily unavailable',
  },
  DOCUMENT_CODE_MALFORMED: {
    status: 400,
    vi: 'Mã kiểm tra không đúng định dạng (hãy kiểm tra lại từng ký tự hoặc quét lại mã QR)',
    en: 'This is not a verification code (check each character or scan the QR code again)',
  },
  DOCUMENT_NOT_ISSUED: {
    status: 404,
    vi: 'Khiên không cấp văn bản nào có mã kiểm tra này: văn bản có thể đã bị sửa hoặc không do Khiên cấp',
    en: 'Khiên issued no document with this verification code: it may have been altered or made elsewhere',
  },
});
