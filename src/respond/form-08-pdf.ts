/**
 * Renders a Form 08 document (Decree 356/2025/NĐ-CP) as an A4 PDF with correct Vietnamese text: pdfkit with the
 * embedded DejaVu Sans font (full Vietnamese coverage; the PDF carries a ToUnicode map so the text can be
 * searched and extracted), every string normalised to NFC before drawing (stack-notes.md).
 */
import { formatVnDate, formatVnNumber, formatVnTime, openVietnamesePdf } from '../platform/vietnamese-pdf.ts';
import type { Form08Document } from './form-08.ts';

/**
 * Renders the PDF.
 *
 * @param doc - the Form 08 document
 * @returns the PDF bytes
 */
export async function renderForm08Pdf(doc: Form08Document): Promise<Buffer> {
  const { pdf, done, t, width, centre, heading } = openVietnamesePdf({
    margins: { top: 56, bottom: 56, left: 64, right: 56 },
    info: {
      Title: 'Mẫu số 08 - Thông báo vi phạm quy định về bảo vệ dữ liệu cá nhân',
      Author: doc.organisation.name,
      Subject: doc.caseReference,
      CreationDate: new Date(doc.generatedAt),
    },
    compress: true,
  });
  const line = (label: string, value: string): void => {
    pdf.font('B').fontSize(10.5).text(t(`${label}: `), { continued: true, width }).font('R').text(t(value || '—'), { width });
  };
  const para = (s: string): void => {
    pdf.font('R').fontSize(10.5).text(t(s), { width, align: 'justify' });
  };

  centre('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'B', 12);
  centre('Độc lập - Tự do - Hạnh phúc', 'B', 11.5);
  pdf.moveDown(0.4);
  pdf.font('R').fontSize(9).text(t(`${doc.form.code} — ban hành kèm theo ${doc.form.legalBasis}`), { align: 'right', width });
  pdf.moveDown(0.6);
  centre('THÔNG BÁO VI PHẠM QUY ĐỊNH VỀ BẢO VỆ DỮ LIỆU CÁ NHÂN', 'B', 13);
  pdf.moveDown(0.3);
  centre(`Số hồ sơ: ${doc.caseReference}`, 'R', 10);
  pdf.moveDown(0.6);
  line('Kính gửi', doc.recipient);

  const o = doc.organisation;
  heading('1. Thông tin tổ chức thông báo');
  line('Tên tổ chức', o.name);
  line('Địa chỉ trụ sở chính', o.headquarters);
  if (o.transactionAddress) line('Địa chỉ giao dịch', o.transactionAddress);
  if (o.registrationNo) line('Số quyết định thành lập / đăng ký', o.registrationNo);
  if (o.taxCode) line('Mã số thuế', o.taxCode);
  if (o.phone) line('Điện thoại', o.phone);
  if (o.website) line('Trang thông tin điện tử', o.website);

  const r = doc.responsiblePerson;
  heading('2. Người phụ trách bảo vệ dữ liệu cá nhân, thông tin liên hệ');
  line('Họ và tên', r.name);
  line('Chức vụ', r.title);
  line('Điện thoại', r.phone);
  line('Thư điện tử', r.email);

  const v = doc.violation;
  heading('3. Mô tả tính chất của vi phạm');
  line('a) Thời gian xảy ra', v.occurredAt ? formatVnTime(v.occurredAt) : 'Chưa xác định');
  line('b) Thời gian phát hiện', formatVnTime(v.detectedAt));
  line('   Cách thức phát hiện', v.detectionMethod);
  line('c) Địa điểm', v.place);
  line('d) Hành vi vi phạm', v.act);
  line('đ) Tổ chức, cá nhân liên quan', v.involvedParties.join('; '));
  line('e) Loại dữ liệu cá nhân liên quan', v.dataCategories.map((c) => c.vi).join('; '));
  line(
    'g) Số lượng chủ thể dữ liệu',
    `${formatVnNumber(v.dataSubjects.total)}, trong đó có dữ liệu cá nhân nhạy cảm: ${formatVnNumber(v.dataSubjects.sensitive)}`,
  );
  line(
    'h) Số lượng bản ghi dữ liệu',
    `${formatVnNumber(v.records.total)}, trong đó dữ liệu cá nhân nhạy cảm: ${formatVnNumber(v.records.sensitive)}`,
  );

  heading('4. Hậu quả, thiệt hại có thể xảy ra');
  para(doc.consequences);
  heading('5. Các biện pháp đã thực hiện để giải quyết, giảm thiểu tác hại');
  para(doc.measures);

  const n = doc.subjectNotice;
  heading('6. Thông báo cho chủ thể dữ liệu');
  if (!n.required) para('Chưa thuộc trường hợp phải thông báo cho từng chủ thể dữ liệu.');
  else {
    line('Thời gian thông báo', n.at ? formatVnTime(n.at) : 'Đang thực hiện');
    line('Hình thức', n.channel ?? '—');
    line('Số chủ thể đã được thông báo', formatVnNumber(n.count ?? 0));
  }

  heading('7. Tài liệu kèm theo');
  para(`- Biên bản xác nhận vi phạm số ${doc.attachments.minutes.number} ngày ${formatVnDate(doc.attachments.minutes.date)}.`);
  if (doc.attachments.technicalReport) para(`- Báo cáo kỹ thuật: ${doc.attachments.technicalReport}.`);

  pdf.moveDown(0.8);
  para(doc.commitment);
  pdf.moveDown(0.6);
  pdf.font('R').fontSize(9).text(t(`Thời hạn thông báo (72 giờ kể từ khi phát hiện): ${formatVnTime(doc.deadlineAt)}`), { width });
  pdf.font('R').fontSize(9).text(t(`Lập lúc: ${formatVnTime(doc.generatedAt)}`), { width });
  pdf.moveDown(1);
  pdf.font('B').fontSize(11).text(t('NGƯỜI ĐẠI DIỆN THEO PHÁP LUẬT'), { align: 'right', width });
  pdf.font('R').fontSize(9.5).text(t('(Ký, ghi rõ họ tên, đóng dấu)'), { align: 'right', width });

  pdf.end();
  return done;
}
