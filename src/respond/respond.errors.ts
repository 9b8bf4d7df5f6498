/**
 * Error catalogue of the incident-response module (codes `KHIEN_RESPOND_*`).
 */
import { defineErrors } from '../platform/errors.ts';

/** Errors of cases, the breach workflow, containment and SOC export. */
export const RespondErrors = defineErrors('RESPOND', {
  FORBIDDEN_UNIT: {
    status: 403,
    vi: 'Đơn vị nằm ngoài phạm vi được giao',
    en: 'The unit is outside your scope',
  },
  CENTRAL_ONLY: {
    status: 403,
    vi: 'Chỉ đội ATTT trung tâm được thực hiện việc này',
    en: 'Only the central security team may do this',
  },
  CASE_NOT_FOUND: { status: 404, vi: 'Không tìm thấy vụ việc', en: 'Case not found' },
  TASK_NOT_FOUND: { status: 404, vi: 'Không tìm thấy nhiệm vụ', en: 'Task not found' },
  NOTICE_NOT_FOUND: { status: 404, vi: 'Không tìm thấy thông báo', en: 'Notice not found' },
  UNKNOWN_UNIT: { status: 400, vi: 'Đơn vị không tồn tại: %s', en: 'Unknown unit: %s' },
  CASE_CLOSED: { status: 409, vi: 'Vụ việc đã đóng', en: 'The case is closed' },
  BAD_TRANSITION: {
    status: 409,
    vi: 'Không thể chuyển trạng thái từ %s sang %s',
    en: 'Cannot change status from %s to %s',
  },
  NOT_A_BREACH: {
    status: 409,
    vi: 'Vụ việc chưa được xác định là vi phạm dữ liệu cá nhân',
    en: 'The case is not marked as a personal-data breach',
  },
  EXERCISE: {
    status: 409,
    vi: 'Vụ việc diễn tập không được xác định là vi phạm dữ liệu cá nhân và không gửi cơ quan chuyên trách',
    en: 'An exercise case is never a personal-data breach and is never reported to the national centre',
  },
  ALREADY_BREACH: {
    status: 409,
    vi: 'Vụ việc đã được xác định là vi phạm dữ liệu cá nhân',
    en: 'The case is already marked as a personal-data breach',
  },
  ALREADY_SUBMITTED: {
    status: 409,
    vi: 'Thông báo đã được gửi cơ quan chuyên trách',
    en: 'The notification has already been submitted',
  },
  FORM08_INCOMPLETE: {
    status: 409,
    vi: 'Thông báo Mẫu số 08 còn thiếu thông tin',
    en: 'Form 08 is missing required information',
  },
  DETECTED_IN_FUTURE: {
    status: 400,
    vi: 'Thời điểm phát hiện không được ở tương lai',
    en: 'The detection time cannot be in the future',
  },
  RETENTION: {
    status: 409,
    vi: 'Hồ sơ vi phạm phải được lưu đến %s (Nghị định 356/2025, Điều 29)',
    en: 'Breach records must be kept until %s (Decree 356/2025, Art. 29)',
  },
  CONTAINMENT_UNAVAILABLE: {
    status: 503,
    vi: 'Biện pháp ngăn chặn %s chưa được kết nối',
    en: 'Containment action %s is not connected',
  },
  CONTAINMENT_FAILED: {
    status: 502,
    vi: 'Biện pháp ngăn chặn %s không thực hiện được',
    en: 'Containment action %s failed',
  },
  NOBODY_ON_DUTY: {
    status: 404,
    vi: 'Không có cán bộ trực cho đơn vị này',
    en: 'Nobody is on duty for this unit',
  },
  BAD_ROSTER_WINDOW: {
    status: 400,
    vi: 'Ca trực phải kết thúc sau khi bắt đầu',
    en: 'A duty window must end after it starts',
  },
  SOC_TARGET_MISSING: {
    status: 409,
    vi: 'Chưa cấu hình máy thu nhật ký của SOC quốc gia (SOC_SYSLOG_TARGET)',
    en: 'No national SOC collector is configured (SOC_SYSLOG_TARGET)',
  },
  SOC_SEND_FAILED: {
    status: 502,
    vi: 'Không gửi được nhật ký tới SOC quốc gia',
    en: 'Could not send to the national SOC collector',
  },
});
