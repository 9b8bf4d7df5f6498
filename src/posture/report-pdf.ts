/**
 * Renders a monthly technical security report as an A4 PDF with correct Vietnamese text, the way respond's
 * Form 08 does: pdfkit with the embedded DejaVu Sans font (full Vietnamese coverage, ToUnicode map so the
 * text can be extracted), every string normalised to NFC before drawing. The signature block names the
 * signer's account, the time, the SHA-256 of the canonical content and whether it still verifies.
 */
import { openVietnamesePdf } from '../platform/vietnamese-pdf.ts';
import type { ActivityFigures, ReportVerification } from './monthly-reports.ts';
import type { PostureFigures, ReportRow } from './report.repo.ts';


const VN_OFFSET_MS = 7 * 3_600_000;

function vnTime(iso: string): string {
  const d = new Date(new Date(iso).getTime() + VN_OFFSET_MS);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${p(d.getUTCHours())}:${p(d.getUTCMinutes())} ngày ${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

const num = (n: number): string => String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

const KIND_VI: Readonly<Record<string, string>> = {
  server: 'Máy chủ',
  workstation: 'Máy trạm',
  network_device: 'Thiết bị mạng',
  security_device: 'Thiết bị bảo mật',
  application: 'Ứng dụng',
};

/**
 * Renders the PDF.
 *
 * @param row - the report
 * @param verification - its verification (printed in the signature block)
 * @returns the PDF bytes
 */
export async function renderReportPdf(row: ReportRow, verification: ReportVerification): Promise<Buffer> {
  const c = row.content as {
    unit: { id: string; name: string };
    month: string;
    generatedAt: string;
    assets: PostureFigures['assets'];
    findings: PostureFigures['findings'];
    warnings: PostureFigures['warnings'];
    activity: ActivityFigures | null;
    monitoring: { feeds: number; silentFeeds: number; silentAssets: number };
  };
  const [y, m] = c.month.split('-');
  const { pdf, done, t, width, centre, heading } = openVietnamesePdf({
    margins: { top: 56, bottom: 56, left: 64, right: 56 },
    info: { Title: `Báo cáo kỹ thuật tình hình an toàn thông tin tháng ${m}/${y}`, Author: c.unit.name, Subject: row.id, CreationDate: new Date(c.generatedAt) },
    compress: true,
  });
  const line = (label: string, value: string): void => {
    pdf.font('B').fontSize(10.5).text(t(`${label}: `), { continued: true, width }).font('R').text(t(value), { width });
  };

  centre('BẢO HIỂM XÃ HỘI VIỆT NAM', 'B', 11);
  centre(c.unit.name, 'R', 10.5);
  pdf.moveDown(0.6);
  centre('BÁO CÁO KỸ THUẬT TÌNH HÌNH AN TOÀN THÔNG TIN', 'B', 13);
  centre(`Tháng ${m} năm ${y}`, 'R', 11);
  pdf.moveDown(0.4);
  pdf.font('R').fontSize(9).text(t(`Lập lúc ${vnTime(c.generatedAt)} từ dữ liệu của Khiên (mã báo cáo ${row.id})`), { align: 'center', width });

  const a = c.assets;
  heading('1. Tài sản công nghệ thông tin');
  line('Tổng số tài sản', num(a.total));
  line('Theo loại', Object.entries(a.byKind).map(([k, v]) => `${KIND_VI[k] ?? k}: ${num(v)}`).join('; ') || 'không có');
  line('Thêm mới trong tháng', num(a.created));
  line('Thay đổi trong tháng', num(a.changed));
  line('Kết nối Internet', num(a.internetExposed));
  line('Đã ngừng sử dụng', num(a.decommissioned));

  const f = c.findings;
  heading('2. Lỗ hổng và mã độc');
  line('Phát hiện trong tháng', num(f.opened));
  line('Đã khắc phục trong tháng', num(f.fixed));
  line('Mã độc phát hiện trong tháng', num(f.malware));
  line('Quá hạn khắc phục cuối tháng', num(f.overdueAtEnd));
  line('Còn mở theo mức độ', `nghiêm trọng ${num(f.openAtEnd.critical)}, cao ${num(f.openAtEnd.high)}, trung bình ${num(f.openAtEnd.medium)}, thấp ${num(f.openAtEnd.low)}`);
  line('Chấp nhận rủi ro còn hiệu lực', num(f.acceptedRisks));
  line('Cảnh báo sai', num(f.falsePositives));

  const w = c.warnings;
  heading('3. Danh sách cảnh báo');
  line('Danh sách phải rà soát', num(w.lists));
  line('Đã xác nhận', `${num(w.confirmed)} (trễ hạn ${num(w.confirmedLate)}; phát hiện liên quan ${num(w.found)})`);
  line('Chưa xác nhận', num(w.pending));

  heading('4. Cảnh báo, sự cố và tạm khóa tài khoản');
  if (!c.activity) pdf.font('R').fontSize(10.5).text(t('Không có số liệu giám sát.'), { width });
  else {
    const x = c.activity;
    line('Cảnh báo', `${num(x.alerts.total)} (nghiêm trọng ${num(x.alerts.critical)}, cao ${num(x.alerts.high)}, trung bình ${num(x.alerts.medium)}, thấp ${num(x.alerts.low)})`);
    line('Vụ việc, sự cố', num(x.cases));
    line('Vi phạm dữ liệu cá nhân', num(x.breaches));
    line('Tài khoản bị tạm khóa', num(x.suspensions));
  }

  heading('5. Giám sát');
  line('Nguồn kiểm kê đang nạp', num(c.monitoring.feeds));
  line('Nguồn im lặng quá 7 ngày', num(c.monitoring.silentFeeds));
  line('Tài sản không báo về quá 7 ngày', num(c.monitoring.silentAssets));

  pdf.moveDown(1);
  pdf.font('B').fontSize(11).text(t('LÃNH ĐẠO ĐƠN VỊ'), { align: 'right', width });
  if (row.status === 'signed' && row.signedAt) {
    pdf.font('R').fontSize(9).text(t(`Đã ký số (Ed25519) lúc ${vnTime(row.signedAt.toISOString())}`), { align: 'right', width });
    pdf.font('R').fontSize(8).text(t(`Tài khoản ký: ${row.signedBy}`), { align: 'right', width });
    pdf.font('R').fontSize(8).text(t(`SHA-256 nội dung: ${row.contentHash}`), { align: 'right', width });
    pdf.font('B').fontSize(9).text(t(verification.valid ? 'Chữ ký hợp lệ, nội dung không thay đổi sau khi ký' : 'CẢNH BÁO: nội dung đã bị thay đổi sau khi ký hoặc chữ ký không hợp lệ'), { align: 'right', width });
  } else pdf.font('R').fontSize(9.5).text(t('(Bản dự thảo, chưa ký)'), { align: 'right', width });

  pdf.end();
  return done;
}
