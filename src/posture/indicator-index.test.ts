import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseIndicator } from './indicator-index.ts';

test('indicator values are normalised or refused, kind by kind', () => {
  const cases: Array<[Parameters<typeof normaliseIndicator>[0], string, string | null]> = [
    ['ip', ' 203.0.113.66 ', '203.0.113.66'],
    ['ip', '203.0.113.300', null],
    ['ip', '2001:DB8::1', '2001:db8::1'],
    ['domain', 'Evil-Update.Example.COM.', 'evil-update.example.com'],
    ['domain', 'not a domain', null],
    ['hash', 'D41D8CD98F00B204E9800998ECF8427E', 'd41d8cd98f00b204e9800998ecf8427e'],
    ['hash', 'abc', null],
    ['account', 'CB001234', 'cb001234'],
    ['account', 'a b', null],
  ];
  for (const [kind, raw, want] of cases) assert.equal(normaliseIndicator(kind, raw), want, `${kind} ${raw}`);
});
