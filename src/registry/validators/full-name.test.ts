import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertValidFullName, MAX_NAME_LENGTH, validateFullName } from './full-name.ts';

test('full name: Vietnamese letters, NFC, single spaces', () => {
  const good: Array<[string, string, number]> = [
    ['Nguyễn Văn An', 'Nguyễn Văn An', 3],
    ['Trần Thị Ngọc Ánh', 'Trần Thị Ngọc Ánh', 4],
    ['Đặng Quốc Bảo', 'Đặng Quốc Bảo', 3],
    ['Huỳnh Thị Hương Giang', 'Huỳnh Thị Hương Giang', 4],
    ['Ưng Hoàng Phúc', 'Ưng Hoàng Phúc', 3],
    ['H\'Hen Niê', 'H\'Hen Niê', 2],
    ['  Lê   Văn  Tám ', 'Lê Văn Tám', 3],
    ['Nguye\u0302\u0303n Va\u0306n An', 'Nguyễn Văn An', 3], // decomposed → NFC
    ['Y Wang', 'Y Wang', 2],
  ];
  for (const [input, value, words] of good) {
    const r = validateFullName(input);
    assert.ok(r.ok, input);
    assert.equal(r.value, value);
    assert.equal(r.value, r.value.normalize('NFC'));
    assert.equal(r.words, words);
  }
  const bad: unknown[] = [
    '',
    '   ',
    'Nguyễn Văn 2',
    'Nguyễn_Văn',
    'Nguyễn\tVăn',
    'Nguyễn\u00a0Văn', // no-break space
    'Nguyễn Vаn', // Cyrillic а
    'Νguyễn Văn', // Greek Ν
    'Ｎｇｕｙｅｎ Văn', // full-width
    'Nguyễn Văn ß',
    'Nguyễn Văn Ñ',
    "O'",
    '-An',
    'A'.repeat(MAX_NAME_LENGTH + 1),
    'Nguyễn <script>',
    42,
  ];
  for (const input of bad) {
    const r = validateFullName(input);
    assert.equal(r.ok, false, String(input));
    if (!r.ok) assert.equal(r.error.code, 'KHIEN_REGISTRY_INVALID_NAME');
  }
  assert.throws(() => assertValidFullName('1'), { code: 'KHIEN_REGISTRY_INVALID_NAME' });
});
