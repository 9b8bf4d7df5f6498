/**
 * The monitoring report as an A4 PDF in Vietnamese (platform/vietnamese-pdf.ts: DejaVu Sans, NFC, Vietnamese
 * date, time and number formats), for the unit head to sign and file.
 */
import { formatVnNumber as num, formatVnTime, openVietnamesePdf } from '../platform/vietnamese-pdf.ts';
import type { MonitoringReport } from './monitoring-report.ts';

const SEVERITY_VI: Readonly<Record<string, string>> = { critical: 'Nghiêm trọng', high: 'Cao', medium: 'Trung bình', low: 'Thấp' };
const STATUS_VI: Readonly<Record<string, string>> = { new: 'Mới', acknowledged: 'Đã tiếp nhận', false_positive: 'Báo động nhầm', escalated: 'Đã chuyển vụ việc' };
const CONCLUSION_VI: Readonly<Record<string, string>> = { violation_confirmed: 'Xác nhận có vi phạm', no_violation: 'Không có vi phạm', inconclusive: 'Chưa kết luận được' };
const SUSPENSION_VI: Readonly<Record<string, string>> = { done: 'Đã khóa', requested: 'Đang yêu cầu', failed: 'Thất bại', unavailable: 'Không khóa được' };

/** A calendar day in Vietnam (dd/MM/yyyy) of an instant. */
function vnDay(iso: string): string {
  const d = new Date(Date.parse(iso) + 7 * 3_600_000);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/**
 * Renders the report.
 *
 * @param r - the figures
 * @returns the PDF bytes
 */
export async function renderMonitoringReportPdf(r: MonitoringReport): Promise<Buffer> {
  const lastDay = new Date(Date.parse(r.to) - 1).toISOString();
  const { pdf, done, t, width, centre, heading } = openVietnamesePdf({
    margins: { top: 56, bottom: 56, left: 64, right: 56 },
    info: { Title: `Báo cáo giám sát an ninh ${r.unit.name}`, Author: r.unit.name, CreationDate: new Date(r.generatedAt) },
    compress: true,
  });
  const line = (label: string, value: string): void => {
    pdf.font('B').fontSize(10.5).text(t(`${label}: `), { continued: true, width }).font('R').text(t(value), { width });
  };
  const join = (o: Record<string, number>, names: Readonly<Record<string, string>>): string =>
    Object.entries(o).filter(([, v]) => v > 0).map(([k, v]) => `${names[k] ?? k}: ${num(v)}`).join('; ') || 'không có';

  centre('BẢO HIỂM XÃ HỘI VIỆT NAM', 'B', 11);
  centre(r.unit.name, 'R', 10.5);
  pdf.moveDown(0.6);
  centre('BÁO CÁO GIÁM SÁT AN NINH, AN TOÀN DỮ LIỆU', 'B', 13);
  centre(`Từ ngày ${vnDay(r.from)} đến ngày ${vnDay(lastDay)}`, 'R', 11);
  pdf.moveDown(0.4);
  pdf.font('R').fontSize(9).text(t(`Lập lúc ${formatVnTime(r.generatedAt)} từ dữ liệu của Khiên; phạm vi: ${r.unit.name} (${r.unit.id}) và các đơn vị trực thuộc`), { align: 'center', width });

  heading('1. Cảnh báo');
  line('Tổng số cảnh báo', num(r.alerts.total));
  line('Theo mức độ', join(r.alerts.bySeverity, SEVERITY_VI));
  line('Theo trạng thái xử lý', join(r.alerts.byStatus, STATUS_VI));

  heading('2. Cảnh báo đã được đơn vị xác minh');
  line('Số cảnh báo đã có báo cáo xác minh', num(r.verified.total));
  line('Theo kết luận', join(r.verified.byConclusion, CONCLUSION_VI));
  line('Chưa xác minh', num(r.verified.unverified));

  heading('3. Tài khoản có dấu hiệu bất thường');
  line('Số tài khoản', num(r.abnormalAccounts.total));
  for (const a of r.abnormalAccounts.top) {
    pdf.font('R').fontSize(10).text(t(`• ${a.username ?? a.accountId} (${a.unitId ?? '—'}): ${num(a.alerts)} cảnh báo, cao nhất mức ${SEVERITY_VI[a.highest] ?? a.highest}`), { width, indent: 12 });
  }

  heading('4. Xử lý quá hạn');
  line('Tổng số', num(r.overdueReviews.total));
  line('Còn mở quá hạn', num(r.overdueReviews.stillOpen));
  line('Xử lý sau thời hạn', num(r.overdueReviews.lateTriaged));

  heading('5. Tạm khóa tài khoản tự động');
  line('Tổng số', num(r.suspensions.total));
  line('Theo kết quả', join(r.suspensions.byStatus, SUSPENSION_VI));

  pdf.moveDown(2);
  pdf.font('B').fontSize(10.5).text(t('THỦ TRƯỞNG ĐƠN VỊ'), { align: 'right', width });
  pdf.font('R').fontSize(9).text(t('(Ký, ghi rõ họ tên)'), { align: 'right', width });
  pdf.end();
  return done;
}
