/**
 * Renders a programme report as an A4 PDF with correct Vietnamese text: pdfkit with the embedded DejaVu Sans
 * font (as respond/form-08-pdf.ts for Form 08), every string NFC-normalised, and the signature block (signer,
 * time, key fingerprint, Ed25519 signature over the canonical JSON whose SHA-256 is printed).
 */
import { formatVnDate, formatVnTime, openVietnamesePdf } from '../platform/vietnamese-pdf.ts';
import { REPORT_TITLES } from './report-periods.ts';
import type { ReportContent } from './reports.ts';


const STATUS_VI: Record<string, string> = { not_started: 'Chưa thực hiện', in_progress: 'Đang thực hiện', done: 'Đã hoàn thành' };

/** The signature block of a signed report. */
export interface PdfSignature {
  readonly signerName: string;
  readonly signedAt: string;
  readonly fingerprint: string;
  readonly signature: string;
}

/**
 * Renders the PDF.
 *
 * @param content - the report content
 * @param sha256 - digest of its canonical JSON
 * @param signature - the signature block, or null for a draft
 * @returns the PDF bytes
 */
export async function renderReportPdf(content: ReportContent, sha256: string, signature: PdfSignature | null): Promise<Buffer> {
  const { pdf, done, t } = openVietnamesePdf({ margins: { top: 50, bottom: 50, left: 55, right: 55 }, info: { Title: REPORT_TITLES[content.kind].vi, Producer: 'Khiên' } });
  const line = (s: string, font = 'R', size = 10): void => {
    pdf.font(font).fontSize(size).text(t(s));
  };

  line('BẢO HIỂM XÃ HỘI VIỆT NAM', 'B', 11);
  line(content.unit.name, 'B', 11);
  pdf.moveDown(0.3);
  line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc', 'R', 9);
  pdf.moveDown();
  line(REPORT_TITLES[content.kind].vi.toUpperCase(), 'B', 13);
  line(`Năm ${content.year} — kỳ báo cáo từ ${formatVnDate(content.period.from)} đến ${formatVnDate(content.period.to)}, hạn gửi ${formatVnDate(content.dueOn)}`);
  line('Kính gửi: Trung tâm Công nghệ thông tin — Bảo hiểm xã hội Việt Nam');
  pdf.moveDown();

  line('I. Thực hiện Chương trình hành động (Nghị quyết 398-NQ/BCSĐ)', 'B', 11);
  const done_ = content.tasks.filter((x) => x.status === 'done').length;
  line(`Đã hoàn thành ${done_}/${content.tasks.length} nhiệm vụ.`);
  for (const task of content.tasks) line(`${task.code}. ${task.task} — ${STATUS_VI[task.status] ?? task.status}${task.evidence ? ` (${task.evidence})` : ''}`, 'R', 9);
  pdf.moveDown();

  line('II. Hồ sơ đề xuất cấp độ hệ thống thông tin', 'B', 11);
  line(`${content.dossiers.covered}/${content.dossiers.total} hệ thống có hồ sơ được phê duyệt (${content.dossiers.percent}%, mục tiêu 100%).`);
  pdf.moveDown();

  line('III. Đội ứng cứu sự cố', 'B', 11);
  for (const p of content.team.provinces) line(`${p.name}: ${p.dedicatedOfficers} viên chức chuyên trách — ${p.status === 'green' ? 'đạt' : 'chưa đạt'}`);
  line(`Họp đội theo quý: ${content.team.quarters.map((q) => `Quý ${q.quarter}: ${q.meetings}`).join('; ')}`);
  line(`Diễn tập trong kỳ: ${content.drills.length}`);
  pdf.moveDown();

  line('IV. Đào tạo, phổ biến, quán triệt', 'B', 11);
  line(`${content.training.covered}/${content.training.total} cán bộ đã hoàn thành các khóa bắt buộc (${content.training.percent}%, mục tiêu 100%).`);
  pdf.moveDown();

  line('V. Kiểm tra và vi phạm', 'B', 11);
  line(`Kết luận kiểm tra còn mở: ${content.inspections.openFindings}, quá hạn: ${content.inspections.overdueFindings}. Vi phạm được ghi nhận trong kỳ: ${content.violations}.`);
  pdf.moveDown();

  line(`Mã băm SHA-256 của nội dung: ${sha256}`, 'R', 8);
  if (signature) {
    line('THỦ TRƯỞNG ĐƠN VỊ (đã ký số)', 'B', 11);
    line(signature.signerName);
    line(`Ký lúc ${formatVnTime(signature.signedAt)} — khóa Ed25519 ${signature.fingerprint.slice(0, 32)}`, 'R', 8);
    line(`Chữ ký: ${signature.signature}`, 'R', 7);
  } else {
    line('BẢN NHÁP — CHƯA KÝ', 'B', 11);
  }
  pdf.end();
  return done;
}
