/**
 * The caller errors every module shares (codes `KHIEN_AUTH_*`, kept from when they lived in `auth/`): sign-in
 * required, forbidden, and the two pending credential steps the staff guard enforces. One entry each, so that a
 * client handles "not signed in" and "not allowed" the same way whichever module refused it.
 */
import { defineErrors } from '../platform/errors.ts';

/** Errors about the caller, raised by any module's guards. */
export const ActorErrors = defineErrors('AUTH', {
  UNAUTHENTICATED: { status: 401, vi: 'Cần đăng nhập', en: 'Sign-in required' },
  FORBIDDEN: { status: 403, vi: 'Không có quyền thực hiện thao tác này', en: 'You are not allowed to do this' },
  MFA_ENROLMENT_REQUIRED: {
    status: 403,
    vi: 'Tài khoản phải đăng ký mã OTP trước khi tiếp tục',
    en: 'The account must enrol a one-time code (TOTP) before continuing',
  },
  PASSWORD_CHANGE_REQUIRED: { status: 403, vi: 'Phải đổi mật khẩu trước khi tiếp tục', en: 'The password must be changed before continuing' },
});
