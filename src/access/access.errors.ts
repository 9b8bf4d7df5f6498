/**
 * Errors of the access module (codes `KHIEN_ACCESS_*`).
 *
 * A denied read answers `NOT_FOUND`, the same as a record that does not exist, so that guessing ids across
 * provinces learns nothing (IDOR; STYLE.md rule 24). The decision's own reason code goes to the access event only.
 */
import { defineErrors } from '../platform/errors.ts';

/** The access module's catalogue. */
export const AccessErrors = defineErrors('ACCESS', {
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy hồ sơ', en: 'Record not found' },
  SEARCH_DENIED: { status: 403, vi: 'Không có phân công cho phép tìm kiếm với mục đích này', en: 'No assignment allows searching for this purpose' },
  AUDIT_UNAVAILABLE: { status: 503, vi: 'Không ghi được nhật ký truy cập, yêu cầu bị từ chối', en: 'The access log is unavailable; the request was refused' },
  UNKNOWN_PURPOSE: { status: 400, vi: 'Mục đích xử lý không có trong danh mục', en: 'The purpose is not in the code list' },
  PURPOSE_EXISTS: { status: 409, vi: 'Mã mục đích đã tồn tại', en: 'The purpose code already exists' },
  SEARCH_CRITERIA: { status: 400, vi: 'Cần đúng một tiêu chí tìm kiếm: số định danh, mã số BHXH, mã thẻ BHYT, hoặc họ tên và ngày sinh', en: 'Give exactly one search key: personal id, social insurance number, card code, or name and date of birth' },
  NO_CHANGE: { status: 400, vi: 'Không có thay đổi nào', en: 'Nothing to change' },
  INVALID_IDENTIFIER: { status: 400, vi: 'Mã định danh không đúng định dạng', en: 'The identifier is not well formed' },
  SIGNER_NOT_AUTHORISED: { status: 403, vi: 'Người ký không phải lãnh đạo đơn vị của người được phân công hoặc cấp trên', en: 'The signer is not a unit head of the assignee\'s unit or above' },
  SELF_SIGNED: { status: 403, vi: 'Không được tự ký phân công cho chính mình', en: 'An assignment cannot be signed by its assignee' },
  ASSIGNEE_NOT_FOUND: { status: 404, vi: 'Không tìm thấy tài khoản được phân công', en: 'Assignee account not found' },
  SCOPE_OUTSIDE_AUTHORITY: { status: 403, vi: 'Phạm vi vượt quá thẩm quyền của người ký', en: 'The scope lies outside the signer\'s authority' },
  SCOPE_EMPTY: { status: 400, vi: 'Phạm vi phân công không được để trống', en: 'The assignment scope must not be empty' },
  VALIDITY_INVALID: { status: 400, vi: 'Thời hạn phân công không hợp lệ (tối đa %s ngày)', en: 'The assignment validity is not valid (at most %s days)' },
  ASSIGNMENT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy phân công', en: 'Assignment not found' },
  ASSIGNMENT_NOT_ACTIVE: { status: 409, vi: 'Phân công không còn hiệu lực', en: 'The assignment is no longer active' },
  BREAK_GLASS_NOT_NEEDED: { status: 409, vi: 'Đã có phân công bao phủ hồ sơ này, không cần truy cập khẩn cấp', en: 'An assignment already covers this record; break-glass is not needed' },
  BREAK_GLASS_NOT_FOUND: { status: 404, vi: 'Không tìm thấy lượt truy cập khẩn cấp', en: 'Break-glass grant not found' },
  BREAK_GLASS_REVIEWED: { status: 409, vi: 'Lượt truy cập khẩn cấp đã được xem xét', en: 'The break-glass grant has already been reviewed' },
  EXPORT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy yêu cầu xuất dữ liệu', en: 'Export request not found' },
  EXPORT_SELF_APPROVAL: { status: 403, vi: 'Người yêu cầu không được tự phê duyệt', en: 'The requester cannot approve their own export' },
  EXPORT_NOT_PENDING: { status: 409, vi: 'Yêu cầu xuất dữ liệu không ở trạng thái chờ duyệt', en: 'The export request is not pending' },
  EXPORT_TOO_LARGE: { status: 400, vi: 'Số bản ghi vượt giới hạn %s', en: 'The number of records exceeds the limit of %s' },
  EXPORT_NEEDS_APPROVAL: { status: 409, vi: 'Xuất trên %s bản ghi cần yêu cầu được phê duyệt', en: 'Exporting more than %s records needs an approved request' },
  EXPORT_UNAVAILABLE: { status: 410, vi: 'Tệp xuất không còn tải được', en: 'The export can no longer be downloaded' },
  AGREEMENT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy thỏa thuận chia sẻ dữ liệu', en: 'Data-sharing agreement not found' },
  API_KEY_INVALID: { status: 401, vi: 'Khóa truy cập API không hợp lệ', en: 'The API key is not valid' },
  API_KEY_NOT_FOUND: { status: 404, vi: 'Không tìm thấy khóa truy cập API', en: 'API key not found' },
  API_RATE_LIMITED: { status: 429, vi: 'Vượt giới hạn số yêu cầu mỗi phút của khóa API', en: 'The API key\'s per-minute request limit was exceeded' },
  API_VOLUME_EXCEEDED: { status: 429, vi: 'Vượt hạn mức số bản ghi trong ngày của thỏa thuận', en: 'The agreement\'s daily record volume was exceeded' },
  SYSTEM_CREDENTIAL_INVALID: { status: 401, vi: 'Thông tin xác thực của hệ thống nghiệp vụ không hợp lệ', en: 'The business system credential is not valid' },
  SYSTEM_NOT_FOUND: { status: 404, vi: 'Không tìm thấy hệ thống nghiệp vụ', en: 'Business system not found' },
  SYSTEM_EXISTS: { status: 409, vi: 'Tên hệ thống nghiệp vụ đã được đăng ký', en: 'A business system with this name is already registered' },
  STAFF_SESSION_INVALID: { status: 401, vi: 'Phiên đăng nhập của cán bộ không tồn tại hoặc đã hết hạn', en: 'The staff session is unknown or has ended' },
  GATEWAY_ROUTE_MAP_INVALID: { status: 400, vi: 'Bản đồ tuyến của cổng kiểm soát không hợp lệ (%s lỗi); bản đồ đang dùng được giữ nguyên', en: 'The gateway route map is not valid (%s problems); the map in force is kept' },
  GATEWAY_NO_ROUTE_MAP: { status: 403, vi: 'Ứng dụng chưa khai báo bản đồ tuyến cho cổng kiểm soát', en: 'The application has declared no gateway route map' },
  GATEWAY_ROUTE_UNMAPPED: { status: 403, vi: 'Đường dẫn này không có trong bản đồ tuyến của ứng dụng', en: 'This path is not in the application\'s route map' },
  GATEWAY_REQUEST_INVALID: { status: 403, vi: 'Yêu cầu không hợp lệ: thiếu hoặc sai đường dẫn gốc hay mã định danh người được xem', en: 'The request is not valid: the original URI or the person identifier is missing or malformed' },
  GATEWAY_PURPOSE_NEEDED: { status: 403, vi: 'Cần chọn mục đích xử lý: cán bộ có nhiều phân công với mục đích khác nhau', en: 'A purpose is needed: the staff member holds assignments for several purposes' },
  GATEWAY_DENIED: { status: 403, vi: 'Truy cập bị từ chối: không có phân công cho phép xem hồ sơ này', en: 'Access refused: no assignment allows this record to be shown' },
  DECISION_BATCH_TOO_LARGE: { status: 400, vi: 'Mỗi yêu cầu quyết định theo lô tối đa %s đối tượng', en: 'A decision batch holds at most %s subjects' },
  SSO_CLIENT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy ứng dụng đăng nhập một lần', en: 'Single sign-on application not found' },
  SSO_CLIENT_INVALID: { status: 400, vi: 'Thông tin đăng ký ứng dụng không hợp lệ: %s', en: 'The application registration is not valid: %s' },
  SSO_CLIENT_NO_SECRET: { status: 409, vi: 'Ứng dụng xác thực bằng khóa riêng (private_key_jwt), không có khóa bí mật để đổi', en: 'The application authenticates with a private key (private_key_jwt); it has no secret to rotate' },
});
