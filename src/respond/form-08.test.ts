import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildForm08, Form08Schema, mergeForm08Details } from './form-08.ts';
import { completeDetails } from './form-08.fixture.ts';
import { renderForm08Pdf } from './form-08-pdf.ts';
import { formatVnNumber, formatVnTime } from '../platform/vietnamese-pdf.ts';
import { createAjv } from './ajv-test-helper.ts';
import { isKhienError } from '../platform/errors.ts';

const ctx = {
  caseReference: 'VV-2026-000042',
  detectedAt: new Date('2026-03-02T02:00:00.000Z'),
  deadlineAt: new Date('2026-03-05T02:00:00.000Z'),
  generatedAt: new Date('2026-03-03T09:15:00.000Z'),
  personObservables: 3,
};


test('a complete Form 08 validates against its JSON Schema (ajv) and keeps the figures', () => {
  const doc = buildForm08(completeDetails, ctx);
  const validate = createAjv().compile(Form08Schema);
  assert.ok(validate(doc), JSON.stringify(validate.errors));
  assert.equal(doc.violation.dataSubjects.total, 12345);
  assert.equal(doc.violation.records.sensitive, 910);
  assert.equal(doc.organisation.name, 'Bảo hiểm xã hội Việt Nam');
  assert.equal(doc.violation.act, completeDetails.act!.normalize('NFC'), 'text normalised to NFC');
  assert.deepEqual(doc.violation.dataCategories.map((c) => c.code), ['identity', 'address', 'health_insurance', 'sensitive']);
  // The schema is strict: an extra property is refused.
  assert.equal(validate({ ...doc, extra: 1 }), false);
});

test('an incomplete Form 08 lists exactly what is missing', () => {
  try {
    buildForm08({ responsiblePerson: { name: 'A' }, dataSubjects: { total: 1, sensitive: 5 } }, { ...ctx, personObservables: 0 });
    assert.fail('expected FORM08_INCOMPLETE');
  } catch (err) {
    assert.ok(isKhienError(err));
    assert.equal(err.code, 'KHIEN_RESPOND_FORM08_INCOMPLETE');
    const missing = (err.details as { missing: string[] }).missing;
    for (const f of ['responsiblePerson.title', 'responsiblePerson.email', 'violation.place', 'violation.act', 'violation.records.total', 'consequences', 'measures', 'attachments.minutes.number', 'violation.dataSubjects.sensitive']) {
      assert.ok(missing.includes(f), `${f} in ${missing.join(',')}`);
    }
  }
});

test('details merge field by field', () => {
  const merged = mergeForm08Details({ responsiblePerson: { name: 'A', title: 'B' }, place: 'x' }, { responsiblePerson: { title: 'C' }, act: 'y' });
  assert.deepEqual(merged, { responsiblePerson: { name: 'A', title: 'C' }, place: 'x', act: 'y' });
});

test('Vietnamese formatting of times and numbers', () => {
  assert.equal(formatVnTime('2026-03-02T02:00:00.000Z'), '09:00 ngày 02/03/2026');
  assert.equal(formatVnTime('2026-03-01T20:30:00.000Z'), '03:30 ngày 02/03/2026');
  assert.equal(formatVnNumber(1234567), '1.234.567');
  assert.equal(formatVnNumber(87), '87');
});

test('the PDF carries correct Vietnamese text and the figures (read back with pdftotext)', async (t) => {
  const pdf = await renderForm08Pdf(buildForm08(completeDetails, ctx));
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
  if (spawnSync('pdftotext', ['-v']).error) {
    t.skip('pdftotext not installed (apt-get install -y poppler-utils)');
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khien-form08-'));
  try {
    const file = path.join(dir, 'mau-08.pdf');
    fs.writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/g, ' ');
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'THÔNG BÁO VI PHẠM QUY ĐỊNH VỀ BẢO VỆ DỮ LIỆU CÁ NHÂN',
      'Mẫu số 08',
      'Nghị định 356/2025/NĐ-CP',
      'Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05), Bộ Công an',
      'Bảo hiểm xã hội Việt Nam',
      'Trần Thị Hương',
      'attt@baohiemxahoi.gov.vn',
      'Tài khoản cán bộ bị sử dụng để tra cứu và sao chép dữ liệu cá nhân trái phép',
      'Thông tin thẻ bảo hiểm y tế',
      'Số lượng chủ thể dữ liệu: 12.345, trong đó có dữ liệu cá nhân nhạy cảm: 87',
      'Số lượng bản ghi dữ liệu: 1.234.567, trong đó dữ liệu cá nhân nhạy cảm: 910',
      'Thời gian phát hiện: 09:00 ngày 02/03/2026',
      'Biên bản xác nhận vi phạm số 01/BB-CNTT ngày 03/03/2026',
      'VV-2026-000042',
    ]) {
      assert.ok(text.includes(s), `PDF text contains «${s}»`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
