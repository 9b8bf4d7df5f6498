import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, formatDateTime, formatNumber, formatVnd } from '../src/lib/format.ts';

test('dates are dd/MM/yyyy and times are in Asia/Ho_Chi_Minh (UTC+7), whatever the machine\'s zone', () => {
  assert.equal(formatDate('1990-03-07'), '07/03/1990', 'a plain date is not shifted');
  assert.equal(formatDate('2026-12-31T18:30:00Z'), '01/01/2027', 'after 17:00 UTC it is the next day in Hà Nội');
  assert.equal(formatDateTime('2026-12-31T18:30:00Z'), '01/01/2027 01:30');
  assert.equal(formatDate(null), '');
  assert.equal(formatDate('not a date'), '');
});

test('numbers and money use Vietnamese grouping', () => {
  assert.equal(formatNumber(1234567), '1.234.567');
  assert.match(formatVnd(1234567), /^1\.234\.567\s?₫$/);
});
