import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CommonErrors, formatMessage, isKhienError, listErrors } from './errors.ts';

test('every catalogued error has a code, a status and both languages', async () => {
  // Importing every module's catalogue makes this test cover all of them.
  await import('../app/all-errors.ts');
  const all = listErrors();
  assert.ok(all.length >= 10);
  for (const [code, spec] of all) {
    assert.match(code, /^KHIEN_[A-Z0-9]+_[A-Z0-9_]+$/, code);
    assert.ok(spec.status >= 400 && spec.status < 600, code);
    assert.ok(spec.vi.trim().length > 0, `${code} vi`);
    assert.ok(spec.en.trim().length > 0, `${code} en`);
    assert.equal(spec.vi.split('%s').length, spec.en.split('%s').length, `${code} placeholders`);
  }
});

test('constructed errors carry code, status and params', () => {
  const err = new CommonErrors.NOT_FOUND();
  assert.equal(err.code, 'KHIEN_COMMON_NOT_FOUND');
  assert.equal(err.statusCode, 404);
  assert.ok(isKhienError(err));
  assert.ok(!isKhienError(new Error('x')));
  assert.equal(formatMessage('a %s b %s', ['1', '2']), 'a 1 b 2');
});
