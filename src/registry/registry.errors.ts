/**
 * Error catalogue of the registry module: identifier validation failures (each identifier has its own
 * stable codes) and repository outcomes. Messages never carry the rejected value itself: an identifier is
 * personal data, so placeholders only name the field or an expected format.
 */
import { defineErrors } from '../platform/errors.ts';

/** Registry errors (`KHIEN_REGISTRY_*`). */
export const RegistryErrors = defineErrors('REGISTRY', {
  // Personal identification number (số định danh cá nhân), domain-vn.md §3.
  INVALID_PERSONAL_ID_FORMAT: {
    status: 400,
    vi: 'Số định danh cá nhân phải gồm đúng 12 chữ số (0-9)',
    en: 'The personal identification number must be exactly 12 digits (0-9)',
  },
  UNKNOWN_BIRTH_PROVINCE: {
    status: 400,
    vi: 'Mã tỉnh nơi đăng ký khai sinh trong số định danh cá nhân không có trong danh mục',
    en: 'The birth-registration province code in the personal identification number is not in the catalogue',
  },
  FUTURE_BIRTH_YEAR: {
    status: 400,
    vi: 'Năm sinh trong số định danh cá nhân nằm trong tương lai',
    en: 'The birth year encoded in the personal identification number is in the future',
  },
  BIRTH_YEAR_MISMATCH: {
    status: 400,
    vi: 'Năm sinh trong số định danh cá nhân không khớp với ngày sinh',
    en: 'The birth year encoded in the personal identification number does not match the date of birth',
  },
  SEX_MISMATCH: {
    status: 400,
    vi: 'Giới tính trong số định danh cá nhân không khớp với giới tính khai báo',
    en: 'The sex encoded in the personal identification number does not match the declared sex',
  },
  INVALID_DATE_OF_BIRTH: {
    status: 400,
    vi: 'Ngày sinh không hợp lệ (định dạng YYYY-MM-DD, không ở tương lai)',
    en: 'The date of birth is not valid (format YYYY-MM-DD, not in the future)',
  },
  // Social insurance number (mã số BHXH), domain-vn.md §1.
  INVALID_SOCIAL_INSURANCE_NO_FORMAT: {
    status: 400,
    vi: 'Mã số BHXH phải gồm đúng 10 chữ số (0-9)',
    en: 'The social insurance number must be exactly 10 digits (0-9)',
  },
  // Health-insurance card code (mã thẻ BHYT), domain-vn.md §2.
  INVALID_CARD_CODE_FORMAT: {
    status: 400,
    vi: 'Mã thẻ BHYT phải gồm 15 ký tự: 2 chữ cái in hoa, 1 chữ số mức hưởng, 2 chữ số mã tỉnh, 10 chữ số mã số BHXH',
    en: 'The health-insurance card code must be 15 characters: 2 capital letters, a benefit-level digit, a 2-digit province code and the 10-digit social insurance number',
  },
  UNKNOWN_CARD_GROUP: {
    status: 400,
    vi: 'Mã đối tượng trên thẻ BHYT không có trong danh mục',
    en: 'The beneficiary group code of the health-insurance card is not in the catalogue',
  },
  CARD_BENEFIT_LEVEL_MISMATCH: {
    status: 400,
    vi: 'Mức hưởng trên thẻ BHYT không phù hợp với mã đối tượng tại ngày %s',
    en: 'The benefit level on the health-insurance card does not fit the beneficiary group on %s',
  },
  UNKNOWN_CARD_PROVINCE: {
    status: 400,
    vi: 'Mã tỉnh cấp thẻ BHYT không có trong danh mục 63 tỉnh trước năm 2025',
    en: 'The issuing province code of the health-insurance card is not one of the 63 pre-2025 province codes',
  },
  CARD_SOCIAL_INSURANCE_NO_MISMATCH: {
    status: 400,
    vi: '10 chữ số cuối của mã thẻ BHYT không trùng với mã số BHXH của người tham gia',
    en: 'The last 10 digits of the health-insurance card code are not the person\'s social insurance number',
  },
  // Employers, domain-vn.md §8.1.
  INVALID_ENTERPRISE_CODE_FORMAT: {
    status: 400,
    vi: 'Mã số doanh nghiệp (mã số thuế) phải gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số với đơn vị phụ thuộc',
    en: 'The enterprise (tax) code must be 10 digits, or 10 digits, a hyphen and 3 digits for a dependent unit',
  },
  INVALID_BUDGET_CODE_FORMAT: {
    status: 400,
    vi: 'Mã số đơn vị có quan hệ với ngân sách phải gồm đúng 7 chữ số',
    en: 'The budget-relationship code must be exactly 7 digits',
  },
  // Administrative units, domain-vn.md §4.
  INVALID_PROVINCE_CODE_FORMAT: {
    status: 400,
    vi: 'Mã tỉnh phải gồm đúng 2 chữ số',
    en: 'The province code must be exactly 2 digits',
  },
  UNKNOWN_PROVINCE: {
    status: 400,
    vi: 'Mã tỉnh không thuộc danh mục 34 tỉnh, thành phố năm 2025',
    en: 'The province code is not one of the 34 provinces and cities of 2025',
  },
  INVALID_COMMUNE_CODE_FORMAT: {
    status: 400,
    vi: 'Mã xã, phường phải gồm đúng 5 chữ số',
    en: 'The commune code must be exactly 5 digits',
  },
  UNKNOWN_COMMUNE: {
    status: 400,
    vi: 'Mã xã, phường không có trong danh mục',
    en: 'The commune code is not in the catalogue',
  },
  COMMUNE_PROVINCE_MISMATCH: {
    status: 400,
    vi: 'Xã, phường không thuộc tỉnh đã chọn',
    en: 'The commune does not belong to the given province',
  },
  // Contact data.
  INVALID_PHONE: {
    status: 400,
    vi: 'Số điện thoại di động phải gồm 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09',
    en: 'The mobile phone number must be 10 digits starting with 03, 05, 07, 08 or 09',
  },
  INVALID_NAME: {
    status: 400,
    vi: 'Họ và tên chỉ được gồm chữ cái tiếng Việt và dấu cách (tối đa %s ký tự)',
    en: 'The full name may contain only Vietnamese letters and spaces (at most %s characters)',
  },
  // Repository outcomes.
  PERSON_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy người tham gia',
    en: 'Insured person not found',
  },
  DUPLICATE_IDENTIFIER: {
    status: 409,
    vi: 'Số định danh, mã số BHXH hoặc mã thẻ đã tồn tại',
    en: 'The personal identification number, social insurance number or card code already exists',
  },
  NOT_EMPTY: {
    status: 409,
    vi: 'Sổ đăng ký đã có %s người tham gia; dùng --reset để xóa và tạo lại',
    en: 'The registry already holds %s insured persons; use --reset to clear and reload it',
  },
});
