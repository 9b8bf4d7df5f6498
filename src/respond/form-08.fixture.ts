/**
 * A complete Form 08 content for tests (synthetic).
 */
import type { Form08Details } from './form-08.ts';

/** Complete details; the act is given decomposed (NFD) on purpose. */
export const completeDetails: Form08Details = {
  organisation: { taxCode: '0100000000', phone: '024 3936 1111' },
  responsiblePerson: { name: 'Trần Thị Hương', title: 'Giám đốc Trung tâm Công nghệ thông tin', phone: '0912345678', email: 'attt@baohiemxahoi.gov.vn' },
  occurredAt: '2026-03-01T15:40:00.000Z',
  detectionMethod: 'Hệ thống Khiên cảnh báo truy cập hàng loạt ngoài giờ làm việc',
  place: 'BHXH tỉnh Hà Nội, cơ sở dữ liệu hộ gia đình tham gia BHYT',
  act: 'Tài khoản cán bộ bị sử dụng để tra cứu và sao chép dữ liệu cá nhân trái phép'.normalize('NFD'),
  involvedParties: ['Một tài khoản cán bộ nghiệp vụ', 'Bên thứ ba chưa xác định'],
  dataCategories: ['identity', 'address', 'health_insurance', 'sensitive'],
  dataSubjects: { total: 12345, sensitive: 87 },
  records: { total: 1234567, sensitive: 910 },
  consequences: 'Nguy cơ lộ lọt thông tin định danh và thông tin sức khỏe của người tham gia.',
  measures: 'Đã tạm khoá tài khoản, thu hồi thiết bị, chặn địa chỉ IP và đổi mật khẩu.',
  subjectNotice: { required: true, at: '2026-03-03T08:00:00.000Z', channel: 'Ứng dụng VssID và tin nhắn SMS', count: 87 },
  minutes: { number: '01/BB-CNTT', date: '2026-03-03' },
  technicalReport: 'Báo cáo kỹ thuật số 05/BC-CNTT',
};
