/**
 * Error catalogue of the security-programme module (codes `KHIEN_GOVERN_*`).
 */
import { defineErrors } from '../platform/errors.ts';

/** Errors of dossiers, the team, inspections, training, the register, reports, recertifications, violations. */
export const GovernErrors = defineErrors('GOVERN', {
  FORBIDDEN_UNIT: { status: 403, vi: 'Đơn vị nằm ngoài phạm vi được giao', en: 'The unit is outside your scope' },
  CENTRAL_ONLY: { status: 403, vi: 'Chỉ đội ATTT trung tâm được thực hiện việc này', en: 'Only the central security team may do this' },
  OUTSIDE_AUTHORITY: {
    status: 403,
    vi: 'Hồ sơ cấp độ %s không thuộc thẩm quyền %s của bạn (Nghị định 331/2026/NĐ-CP, Điều 18)',
    en: 'A level %s dossier is outside your authority to %s (Decree 331/2026, Art. 18)',
  },
  NOT_UNIT_HEAD: {
    status: 403,
    vi: 'Báo cáo phải do lãnh đạo đơn vị báo cáo ký',
    en: 'The report must be signed by the head of the reporting unit',
  },
  UNKNOWN_UNIT: { status: 400, vi: 'Đơn vị không tồn tại: %s', en: 'Unknown unit: %s' },
  SYSTEM_NOT_FOUND: { status: 404, vi: 'Không tìm thấy hệ thống thông tin', en: 'Information system not found' },
  UNKNOWN_ASSET: { status: 400, vi: 'Tài sản không có trong danh mục của đơn vị: %s', en: 'Asset not in the unit’s register: %s' },
  SYSTEM_EXISTS: { status: 409, vi: 'Mã hệ thống đã tồn tại', en: 'The system code is already used' },
  DOSSIER_NOT_FOUND: { status: 404, vi: 'Không tìm thấy hồ sơ cấp độ', en: 'Dossier not found' },
  BAD_TRANSITION: { status: 409, vi: 'Không thể chuyển hồ sơ từ %s sang %s', en: 'Cannot move the dossier from %s to %s' },
  LEVEL_MISMATCH: {
    status: 400,
    vi: 'Cấp độ đề xuất %s không khớp tiêu chí (tiêu chí cao nhất: cấp độ %s)',
    en: 'Proposed level %s does not match the criteria (highest criterion: level %s)',
  },
  UNKNOWN_CRITERION: { status: 400, vi: 'Tiêu chí không hợp lệ: %s', en: 'Unknown criterion: %s' },
  DOCUMENTS_MISSING: {
    status: 409,
    vi: 'Hồ sơ còn thiếu tài liệu: %s',
    en: 'The dossier is missing documents: %s',
  },
  EXTERNAL_REF_REQUIRED: {
    status: 400,
    vi: 'Cấp độ 4–5 cần số văn bản thẩm định/phê duyệt của cơ quan có thẩm quyền',
    en: 'Levels 4–5 need the reference of the competent body’s appraisal or approval',
  },
  NOT_APPROVED: { status: 409, vi: 'Hồ sơ chưa được phê duyệt', en: 'The dossier is not approved' },
  MEMBER_NOT_FOUND: { status: 404, vi: 'Không tìm thấy thành viên đội ứng cứu', en: 'Team member not found' },
  STAFF_NOT_FOUND: { status: 404, vi: 'Không tìm thấy cán bộ', en: 'Staff member not found' },
  DRILL_NOT_FOUND: { status: 404, vi: 'Không tìm thấy cuộc diễn tập', en: 'Drill not found' },
  DRILL_CASE_EXISTS: { status: 409, vi: 'Cuộc diễn tập đã có vụ việc diễn tập', en: 'The drill already has an exercise case' },
  RESPOND_UNAVAILABLE: { status: 503, vi: 'Mô-đun ứng cứu sự cố chưa được kết nối', en: 'The incident-response module is not connected' },
  INSPECTION_NOT_FOUND: { status: 404, vi: 'Không tìm thấy cuộc kiểm tra', en: 'Inspection not found' },
  FINDING_NOT_FOUND: { status: 404, vi: 'Không tìm thấy kết luận kiểm tra', en: 'Finding not found' },
  FINDING_CLOSED: { status: 409, vi: 'Kết luận đã đóng', en: 'The finding is closed' },
  COURSE_NOT_FOUND: { status: 404, vi: 'Không tìm thấy khóa học', en: 'Course not found' },
  COURSE_EXISTS: { status: 409, vi: 'Mã khóa học đã tồn tại', en: 'The course code is already used' },
  IMPORT_BAD_ROWS: {
    status: 400,
    vi: 'Tệp điểm danh có %s dòng lỗi; không dòng nào được ghi',
    en: 'The attendance file has %s bad rows; nothing was written',
  },
  IMPORT_BAD_FILE: { status: 400, vi: 'Không đọc được tệp điểm danh (%s)', en: 'Cannot read the attendance file (%s)' },
  TASK_NOT_FOUND: { status: 404, vi: 'Không tìm thấy nhiệm vụ', en: 'Task not found' },
  REPORT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy báo cáo', en: 'Report not found' },
  REPORT_SIGNED: { status: 409, vi: 'Báo cáo đã được ký', en: 'The report is already signed' },
  BAD_SIGNATURE: { status: 400, vi: 'Chữ ký số không hợp lệ', en: 'The signature does not verify' },
  KEY_NOT_FOUND: {
    status: 400,
    vi: 'Khóa ký không thuộc tài khoản của bạn hoặc đã bị thu hồi',
    en: 'The signing key is not yours or has been revoked',
  },
  CAMPAIGN_NOT_FOUND: { status: 404, vi: 'Không tìm thấy đợt rà soát', en: 'Campaign not found' },
  CAMPAIGN_CLOSED: { status: 409, vi: 'Đợt rà soát đã kết thúc', en: 'The campaign is closed' },
  ITEM_NOT_FOUND: { status: 404, vi: 'Không tìm thấy mục rà soát', en: 'Review item not found' },
  ITEM_DECIDED: { status: 409, vi: 'Mục rà soát đã được quyết định', en: 'The item has already been decided' },
  REVOKE_FAILED: { status: 502, vi: 'Không thu hồi được %s', en: 'Could not revoke %s' },
  BAD_DATE: { status: 400, vi: 'Ngày không hợp lệ: %s', en: 'Invalid date: %s' },
  COURSE_NOT_CURRENT: {
    status: 409,
    vi: 'Chưa cấp được quyền: cán bộ chưa hoàn thành hoặc đã hết hiệu lực khóa bắt buộc cho vai trò này (%s)',
    en: 'The role cannot be granted: the staff member’s mandatory course for it is not current (%s)',
  },
});
