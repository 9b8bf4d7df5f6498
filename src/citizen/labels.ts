/**
 * Vietnamese and English names shown to the insured person for data categories and actions.
 */
import type { AccessAction, DataCategory } from '../events/types.ts';

/** A label in both languages. */
export interface Label {
  readonly vi: string;
  readonly en: string;
}

/** Data categories (Decree 356/2025 vocabulary used by assignments). */
export const CATEGORY_LABELS: Readonly<Record<DataCategory, Label>> = {
  identity: { vi: 'Thông tin định danh', en: 'Identity' },
  contact: { vi: 'Thông tin liên hệ', en: 'Contact details' },
  address: { vi: 'Địa chỉ', en: 'Address' },
  employment: { vi: 'Quá trình làm việc, tiền lương', en: 'Employment and salary' },
  health_insurance: { vi: 'Thẻ bảo hiểm y tế', en: 'Health-insurance card' },
  benefits: { vi: 'Chế độ, trợ cấp', en: 'Benefits' },
  sensitive: { vi: 'Dữ liệu cá nhân nhạy cảm', en: 'Sensitive personal data' },
};

/** Actions on personal data. */
export const ACTION_LABELS: Readonly<Record<AccessAction, Label>> = {
  search: { vi: 'Tra cứu', en: 'Search' },
  view: { vi: 'Xem', en: 'View' },
  update: { vi: 'Cập nhật', en: 'Update' },
  export: { vi: 'Trích xuất', en: 'Export' },
  unmask: { vi: 'Xem đầy đủ (bỏ che)', en: 'Unmasked view' },
};

/** Purpose recorded for the citizen's own reads. */
export const SELF_SERVICE_PURPOSE = 'citizen_self_service';

/** Insurance types of a participation period (registry INSURANCE_TYPES). */
export const INSURANCE_TYPE_LABELS: Readonly<Record<string, Label>> = {
  retirement_survivorship: { vi: 'Hưu trí, tử tuất', en: 'Retirement and survivors' },
  sickness_maternity: { vi: 'Ốm đau, thai sản', en: 'Sickness and maternity' },
  occupational_accident: { vi: 'Tai nạn lao động, bệnh nghề nghiệp', en: 'Occupational accident and disease' },
  unemployment: { vi: 'Bảo hiểm thất nghiệp', en: 'Unemployment insurance' },
  health: { vi: 'Bảo hiểm y tế', en: 'Health insurance' },
};
