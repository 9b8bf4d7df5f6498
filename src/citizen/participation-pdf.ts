/**
 * The printable participation history (quá trình tham gia): periods by employer with months, salary basis and
 * insurance types, gaps as rows of their own, totals per type, and the verification code with its QR code
 * pointing at the portal's public check page. Vietnamese or English; A4 through the shared Vietnamese PDF
 * helper (DejaVu fonts, NFC).
 */
import QRCode from 'qrcode';
import { formatVnDate, formatVnNumber, formatVnTime, openVietnamesePdf } from '../platform/vietnamese-pdf.ts';
import { INSURANCE_TYPE_LABELS } from './labels.ts';
import type { OwnParticipation, OwnSummary } from './own-records.ts';
import type { ParticipationSummary } from './participation-summary.ts';
import { periodMonths } from './participation-summary.ts';

/** What the document shows. */
export interface ParticipationDocument {
  readonly lang: 'vi' | 'en';
  readonly number: string;
  readonly issuedAt: string;
  readonly person: OwnSummary;
  readonly periods: readonly OwnParticipation[];
  readonly summary: ParticipationSummary;
  readonly digest: string;
  readonly code: string;
  /** Address of the check page with the code. */
  readonly checkUrl: string;
}

const TEXT = {
  vi: {
    agency: 'BẢO HIỂM XÃ HỘI VIỆT NAM',
    title: 'QUÁ TRÌNH THAM GIA BẢO HIỂM XÃ HỘI, BẢO HIỂM Y TẾ, BẢO HIỂM THẤT NGHIỆP',
    number: 'Số văn bản',
    name: 'Họ và tên',
    born: 'Ngày sinh',
    pid: 'Số định danh cá nhân',
    sino: 'Mã số BHXH',
    periods: 'Các giai đoạn tham gia (mới nhất trước)',
    from: 'Từ', to: 'Đến', now: 'nay', employer: 'Đơn vị', job: 'Chức danh', salary: 'Mức lương đóng', types: 'Loại bảo hiểm', months: 'Số tháng',
    gap: 'Không tham gia (khoảng trống)',
    none: 'Chưa có giai đoạn tham gia nào.',
    totals: 'Tổng số tháng đóng theo loại bảo hiểm',
    asOf: 'Tính đến tháng',
    issued: 'Cấp lúc',
    verify: 'Kiểm tra văn bản',
    verifyHow: 'Quét mã QR hoặc mở trang kiểm tra và nhập mã dưới đây. Trang kiểm tra cho biết Khiên có cấp văn bản này không, cho ai, lúc nào, tổng số tháng và mã nội dung; nếu các thông tin đó khớp với bản này thì văn bản không bị sửa sau khi cấp.',
    digest: 'Mã nội dung (SHA-256)',
    code: 'Mã kiểm tra',
    page: 'Trang kiểm tra',
  },
  en: {
    agency: 'VIETNAM SOCIAL SECURITY',
    title: 'SOCIAL, HEALTH AND UNEMPLOYMENT INSURANCE PARTICIPATION HISTORY',
    number: 'Document number',
    name: 'Full name',
    born: 'Date of birth',
    pid: 'Personal identification number',
    sino: 'Social insurance number',
    periods: 'Participation periods (newest first)',
    from: 'From', to: 'To', now: 'now', employer: 'Employer', job: 'Job title', salary: 'Salary basis', types: 'Insurance types', months: 'Months',
    gap: 'Not participating (gap)',
    none: 'No participation period yet.',
    totals: 'Months contributed per insurance type',
    asOf: 'As of month',
    issued: 'Issued at',
    verify: 'Checking this document',
    verifyHow: 'Scan the QR code or open the check page and enter the code below. The check page says whether Khiên issued this document, to whom, when, the month totals and the content digest; if those match this copy, it was not altered after issue.',
    digest: 'Content digest (SHA-256)',
    code: 'Verification code',
    page: 'Check page',
  },
} as const;

const month = (m: string): string => `${m.slice(5, 7)}/${m.slice(0, 4)}`;

/**
 * Renders the document.
 *
 * @param doc - its content
 * @returns the PDF bytes
 */
export async function renderParticipationPdf(doc: ParticipationDocument): Promise<Buffer> {
  const L = TEXT[doc.lang];
  const type = (code: string): string => INSURANCE_TYPE_LABELS[code]?.[doc.lang] ?? code;
  const { pdf, done, t, width, centre, heading } = openVietnamesePdf({
    margins: { top: 48, bottom: 48, left: 48, right: 48 },
    info: { Title: L.title, Author: 'Khiên', Subject: doc.number },
  });
  const left = pdf.page.margins.left;
  const field = (label: string, value: string): void => {
    pdf.font('B').fontSize(10).text(t(`${label}: `), { continued: true, width }).font('R').text(t(value), { width });
  };

  centre(L.agency, 'B', 11);
  pdf.moveDown(0.4);
  centre(L.title, 'B', 13);
  pdf.moveDown(0.6);
  field(L.number, doc.number);
  field(L.name, doc.person.fullName);
  field(L.born, formatVnDate(doc.person.dateOfBirth));
  field(L.pid, doc.person.personalIdMasked);
  if (doc.person.socialInsuranceNoMasked) field(L.sino, doc.person.socialInsuranceNoMasked);

  heading(L.periods);
  const cols = [
    { w: 0.17, h: `${L.from} – ${L.to}` },
    { w: 0.3, h: L.employer },
    { w: 0.15, h: L.salary },
    { w: 0.3, h: L.types },
    { w: 0.08, h: L.months },
  ];
  const row = (cells: readonly string[], font: 'R' | 'B'): void => {
    pdf.font(font).fontSize(8.5);
    const heights = cells.map((c, i) => pdf.heightOfString(t(c), { width: cols[i]!.w * width - 4 }));
    const h = Math.max(...heights) + 4;
    if (pdf.y + h > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
    const y = pdf.y;
    let x = left;
    cells.forEach((c, i) => {
      pdf.text(t(c), x + 2, y + 2, { width: cols[i]!.w * width - 4 });
      x += cols[i]!.w * width;
    });
    pdf.moveTo(left, y + h).lineTo(left + width, y + h).lineWidth(0.3).strokeColor('#999999').stroke();
    pdf.x = left;
    pdf.y = y + h;
  };
  if (doc.periods.length === 0) pdf.font('R').fontSize(10).text(t(L.none), { width });
  else {
    row(cols.map((c) => c.h), 'B');
    // Newest first, each gap in its place between the periods around it.
    const lines = [
      ...doc.periods.map((p) => ({ from: p.fromMonth, p, g: null })),
      ...doc.summary.gaps.map((g) => ({ from: g.fromMonth, p: null, g })),
    ].sort((a, b) => b.from.localeCompare(a.from));
    for (const { p, g } of lines) {
      if (p) {
        row([
          `${month(p.fromMonth)} – ${p.toMonth ? month(p.toMonth) : L.now}`,
          `${p.employerName ?? '—'}${p.employerCode ? ` (${p.employerCode})` : ''}\n${p.jobTitle}`,
          `${formatVnNumber(p.salaryBasis)} đ`,
          p.insuranceTypes.map(type).join('; '),
          String(periodMonths(p, doc.summary.asOfMonth)),
        ], 'R');
      } else if (g) row([`${month(g.fromMonth)} – ${month(g.toMonth)}`, L.gap, '', '', String(g.months)], 'B');
    }
  }

  heading(`${L.totals} (${L.asOf} ${month(doc.summary.asOfMonth)})`);
  for (const tt of doc.summary.totals) field(type(tt.type), String(tt.months));

  pdf.moveDown(0.8);
  field(L.issued, formatVnTime(doc.issuedAt));
  field(L.digest, doc.digest);
  heading(L.verify);
  pdf.font('R').fontSize(9).text(t(L.verifyHow), { width });
  pdf.moveDown(0.4);
  const qr = await QRCode.toBuffer(doc.checkUrl, { errorCorrectionLevel: 'M', margin: 1, width: 300 });
  if (pdf.y + 130 > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
  const qrY = pdf.y;
  pdf.image(qr, left, qrY, { width: 120 });
  pdf.font('B').fontSize(9).text(t(`${L.page}:`), left + 132, qrY, { width: width - 132 });
  pdf.font('R').fontSize(8).text(doc.checkUrl.split('?')[0]!, { width: width - 132 });
  pdf.font('B').fontSize(9).text(t(`${L.code}:`), { width: width - 132 });
  // Fixed lines of 56 characters (never broken at a '-', which text extractors would take for hyphenation).
  pdf.font('R').fontSize(7.5);
  for (let i = 0; i < doc.code.length; i += 56) pdf.text(doc.code.slice(i, i + 56), { width: width - 132, lineBreak: false });
  pdf.x = left;
  pdf.y = Math.max(pdf.y, qrY + 126);
  pdf.end();
  return done;
}
