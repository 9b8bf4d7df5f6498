/**
 * The tasks of the action programme implementing Resolution 398-NQ/BCSĐ (directive 000, annex "Phân công
 * triển khai"): task, lead unit, co-operating units, deadline, expected result — as written in the annex.
 * Loaded as demo data (and by tests) through `ensurePlanTasks`.
 */
import type { Database } from '../db/client.ts';
import { planTasks } from './govern.schema.ts';

/** A task of the annex. */
export interface AnnexTask {
  readonly code: string;
  readonly groupTitle: string;
  readonly task: string;
  readonly leadUnit: string;
  readonly cooperatingUnits: string;
  readonly deadline: string;
  readonly dueOn: string | null;
  readonly expectedResult: string;
}

const G1 = 'Đào tạo, tập huấn';
const G2 = 'Tăng cường kỷ luật, kỷ cương, thực hiện công tác thi đua khen thưởng';
const G3 = 'Quy hoạch, xây dựng các “hàng rào kỹ thuật”';
const G4 = 'Xây dựng nguồn nhân lực';
const G5 = 'Trang bị hạ tầng kỹ thuật';
const G6 = 'Phối hợp với các cơ quan liên quan';

/** The eighteen tasks of the annex. */
export const ANNEX_TASKS: readonly AnnexTask[] = [
  { code: '1.1', groupTitle: G1, task: 'Bồi dưỡng nâng cao kiến thức chuyên sâu về ATTT cho CCVC quản lý, kỹ thuật.', leadUnit: 'Trung tâm CNTT', cooperatingUnits: 'Vụ Tổ chức cán bộ, Trường Đào tạo nghiệp vụ và các đơn vị liên quan', deadline: 'Hàng năm', dueOn: null, expectedResult: 'Tối thiểu 01 lớp bồi dưỡng/năm nâng cao kiến thức chuyên sâu về ATTT được tổ chức.' },
  { code: '1.2', groupTitle: G1, task: 'Tập huấn, bồi dưỡng nâng cao nhận thức và kỹ năng số, kỹ năng ATTT cho CCVC trong toàn Ngành.', leadUnit: 'Trung tâm CNTT', cooperatingUnits: 'Các đơn vị liên quan', deadline: 'Hàng năm', dueOn: null, expectedResult: 'Các khóa tập huấn, bồi dưỡng được tổ chức (02 khóa/năm).' },
  { code: '1.3', groupTitle: G1, task: 'Triển khai các hình thức tuyên truyền, phổ biến chuyên đề về ATTT.', leadUnit: 'Trung tâm Truyền thông', cooperatingUnits: 'Tạp chí BHXH, Trung tâm CNTT và các đơn vị liên quan', deadline: 'Thường xuyên', dueOn: null, expectedResult: 'Nhiều hình thức tuyên truyền, phổ biến về công tác ATTT mạng được thực hiện.' },
  { code: '1.4', groupTitle: G1, task: 'Triển khai công tác bảo đảm ATTT đa dạng dưới nhiều hình thức như hội nghị giao ban, hội nghị chuyên đề, hội nghị diễn tập.', leadUnit: 'Trung tâm CNTT', cooperatingUnits: 'Các đơn vị liên quan', deadline: 'Hàng năm', dueOn: null, expectedResult: 'Tối thiểu 01 hội nghị/năm; ít nhất 03 bài viết/tháng trên chuyên mục ATTT Cổng thông tin điện tử BHXH Việt Nam.' },
  { code: '2.1', groupTitle: G2, task: 'Xây dựng, bổ sung công tác bảo đảm ATTT mạng vào kế hoạch công tác trọng tâm của đơn vị.', leadUnit: 'Các đơn vị', cooperatingUnits: 'Trung tâm CNTT', deadline: 'Thường xuyên', dueOn: null, expectedResult: 'Các kế hoạch, chương trình công tác trọng tâm được ban hành.' },
  { code: '2.2', groupTitle: G2, task: 'Tăng cường kỷ luật, kỷ cương hành chính; kiên quyết xử lý những CCVC vi phạm quy chế, quy định của Ngành về ATTT, làm lộ lọt, mất tài khoản, dữ liệu.', leadUnit: 'Vụ Tổ chức cán bộ', cooperatingUnits: 'Thanh tra BHXH, Vụ Thi đua - Khen thưởng, Trung tâm CNTT và các đơn vị liên quan', deadline: 'Thường xuyên', dueOn: null, expectedResult: 'Các vi phạm quy chế, quy định về bảo đảm ATTT tại các đơn vị được xử lý nghiêm khắc, kịp thời.' },
  { code: '2.3', groupTitle: G2, task: 'Quán triệt, nâng cao nhận thức, ý thức trách nhiệm của mỗi CCVC về công tác bảo đảm ATTT, đặc biệt là bảo vệ tài khoản nghiệp vụ.', leadUnit: 'Trung tâm CNTT', cooperatingUnits: 'Các đơn vị liên quan', deadline: 'Thường xuyên', dueOn: null, expectedResult: '100% CCVC được phổ biến, quán triệt đối với công tác bảo đảm ATTT, ý thức bảo vệ tài khoản nghiệp vụ.' },
  { code: '2.4', groupTitle: G2, task: 'Biểu dương, khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong công tác bảo đảm ATTT.', leadUnit: 'Vụ Thi đua – Khen thưởng', cooperatingUnits: 'Trung tâm CNTT và các đơn vị liên quan', deadline: 'Thường xuyên', dueOn: null, expectedResult: 'Các phong trào thi đua bảo đảm ATTT mạng được phát động và thực hiện.' },
  { code: '3.1', groupTitle: G3, task: 'Rà soát, hoàn thiện các quy định, quy chế về ATTT; các quy trình nghiệp vụ gắn với phân cấp, phân quyền trên phần mềm nghiệp vụ bảo đảm rõ người, rõ việc, rõ trách nhiệm.', leadUnit: 'Trung tâm CNTT', cooperatingUnits: 'Vụ Pháp chế và các đơn vị liên quan', deadline: 'Thường xuyên', dueOn: null, expectedResult: 'Rà soát sửa đổi các quy định về thiết kế hạ tầng, mạng nội bộ, mạng diện rộng, quy trình ứng cứu sự cố.' },
  { code: '3.2', groupTitle: G3, task: 'Xây dựng các tiêu chuẩn, quy chuẩn kỹ thuật, quy hoạch chính sách ATTT trong hoạt động ứng dụng CNTT.', leadUnit: 'Trung tâm CNTT', cooperatingUnits: 'Các đơn vị liên quan', deadline: 'Thường xuyên', dueOn: null, expectedResult: 'Các quy định về tiêu chuẩn, quy chuẩn kỹ thuật, chính sách ATTT được ban hành.' },
  { code: '3.3', groupTitle: G3, task: 'Đôn đốc, kiểm tra, hướng dẫn các đơn vị triển khai giải pháp kỹ thuật ATTT; giám sát, ngăn chặn, khoanh vùng vi phạm.', leadUnit: 'Trung tâm CNTT', cooperatingUnits: 'Các đơn vị liên quan', deadline: 'Thường xuyên', dueOn: null, expectedResult: 'Các cuộc kiểm tra trực tiếp, gián tiếp tại các đơn vị; vi phạm được phát hiện và ngăn chặn kịp thời.' },
  { code: '3.4', groupTitle: G3, task: 'Rà soát, đánh giá và phê duyệt hồ sơ đề xuất cấp độ và phương án bảo đảm ATTT cho các hệ thống thông tin của BHXH Việt Nam.', leadUnit: 'Trung tâm CNTT', cooperatingUnits: 'Các đơn vị liên quan', deadline: 'Trước 30/9/2024', dueOn: '2024-09-30', expectedResult: 'Đề xuất phê duyệt hồ sơ đề xuất cấp độ đối với hệ thống thông tin đang vận hành xong trước 30/9/2024.' },
  { code: '4.1', groupTitle: G4, task: 'Đánh giá, kiện toàn mô hình, bộ máy, nhân sự làm CNTT, ATTT của BHXH cấp tỉnh.', leadUnit: 'Vụ Tổ chức cán bộ; BHXH các tỉnh, thành phố', cooperatingUnits: 'Trung tâm CNTT', deadline: 'Năm 2024', dueOn: '2024-12-31', expectedResult: 'Các đơn vị BHXH cấp tỉnh bảo đảm nguồn nhân lực làm CNTT, ATTT theo hướng dẫn của BHXH Việt Nam.' },
  { code: '4.2', groupTitle: G4, task: 'Kiện toàn và đẩy mạnh hoạt động của Đội ứng cứu sự cố, CCVC chuyên trách ATTT của BHXH các tỉnh.', leadUnit: 'Trung tâm CNTT', cooperatingUnits: 'Vụ Tổ chức cán bộ và BHXH các tỉnh, thành phố', deadline: 'Năm 2024', dueOn: '2024-12-31', expectedResult: 'Quyết định kiện toàn Đội ứng cứu sự cố; 100% BHXH các tỉnh có tối thiểu 01 viên chức chuyên trách ATTT.' },
  { code: '5.1', groupTitle: G5, task: 'Trang bị hạ tầng kỹ thuật hiện đại, có khả năng ngăn chặn tấn công, bảo đảm an toàn dữ liệu nghiệp vụ, dữ liệu cá nhân.', leadUnit: 'Trung tâm CNTT', cooperatingUnits: 'Các đơn vị liên quan', deadline: 'Thường xuyên', dueOn: null, expectedResult: 'Các máy móc, thiết bị hiện đại được trang bị.' },
  { code: '5.2', groupTitle: G5, task: 'Duy trì chế độ bảo hành, hỗ trợ kỹ thuật cho các hệ thống hạ tầng kỹ thuật ATTT; đẩy nhanh các nhiệm vụ/dự án.', leadUnit: 'Trung tâm CNTT', cooperatingUnits: 'Ban QLDA và các đơn vị liên quan', deadline: 'Thường xuyên', dueOn: null, expectedResult: 'Chế độ bảo hành, hỗ trợ kỹ thuật được thực hiện thường xuyên, liên tục.' },
  { code: '6.1', groupTitle: G6, task: 'Phối hợp với Bộ Công an, Bộ TT&TT giám sát các hệ thống thông tin của Ngành; phát hiện, xử lý sự cố, lỗ hổng, mã độc.', leadUnit: 'Trung tâm CNTT', cooperatingUnits: 'Các đơn vị liên quan', deadline: 'Trước 30/6/2024', dueOn: '2024-06-30', expectedResult: 'Chia sẻ dữ liệu giám sát ATTT với Trung tâm An ninh mạng quốc gia (Bộ Công an) xong trước 30/6/2024.' },
  { code: '6.2', groupTitle: G6, task: 'Tăng cường hợp tác quốc tế trong đào tạo, nghiên cứu và ứng dụng khoa học, kỹ thuật, công nghệ về ATTT.', leadUnit: 'Vụ Hợp tác quốc tế', cooperatingUnits: 'Trung tâm CNTT và các đơn vị liên quan', deadline: 'Thường xuyên', dueOn: null, expectedResult: 'Các hội thảo, khóa đào tạo quốc tế được tổ chức.' },
];

/**
 * Loads the annex's tasks (idempotent: existing codes are kept).
 *
 * @param db - database
 * @returns how many were added
 */
export async function ensurePlanTasks(db: Database): Promise<number> {
  const out = await db
    .insert(planTasks)
    .values(ANNEX_TASKS.map((t) => ({ id: crypto.randomUUID(), ...t })))
    .onConflictDoNothing()
    .returning({ id: planTasks.id });
  return out.length;
}
