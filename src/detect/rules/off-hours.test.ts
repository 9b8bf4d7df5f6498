import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessEvent, createHarness } from '../test-events.ts';
import { offHours } from './off-hours.ts';

const vn = (local: string): string => new Date(Date.parse(`${local}+07:00`)).toISOString();

test('R010 fires for several reads at 22:00, on a Sunday and on Tết', async () => {
  for (const day of ['2026-03-02T22:00', '2026-03-08T10:00', '2026-02-18T10:00']) {
    const h = createHarness([offHours]);
    const hits = await h.feed(accessEvent('a1', vn(`${day}:00`)), accessEvent('a1', vn(`${day}:30`)), accessEvent('a1', vn(`${day}:50`)));
    assert.equal(hits.length, 1, day);
  }
  const h = createHarness([offHours]);
  const hits = await h.feed(accessEvent('a1', vn('2026-02-17T10:00:00')), accessEvent('a1', vn('2026-02-17T10:01:00')), accessEvent('a1', vn('2026-02-17T10:02:00')));
  assert.equal(hits[0]!.details.kind, 'holiday');
  assert.match(String(hits[0]!.details.holiday), /Tết/);
});

test('R010 ignores working-hour reads, a single evening read and denied requests', async () => {
  const h = createHarness([offHours]);
  await h.feed(
    accessEvent('a1', vn('2026-03-02T10:00:00')), accessEvent('a1', vn('2026-03-02T10:01:00')), accessEvent('a1', vn('2026-03-02T10:02:00')),
    accessEvent('a2', vn('2026-03-02T21:00:00')),
    accessEvent('a3', vn('2026-03-02T23:00:00'), { outcome: 'deny' }), accessEvent('a3', vn('2026-03-02T23:01:00'), { outcome: 'deny' }), accessEvent('a3', vn('2026-03-02T23:02:00'), { outcome: 'deny' }),
  );
  assert.equal(h.hits.length, 0);
});
