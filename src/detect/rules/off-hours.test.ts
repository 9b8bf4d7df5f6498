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

test('R010 keeps its cost per read flat when an account reads thousands of records out of hours', async () => {
  // 40,000 reads in one evening hour: the window of reads is a queue, so the later reads cost what the first
  // did (filtering a copy of the window on every read made the last ones over a hundred times dearer).
  const h = createHarness([offHours]);
  const start = Date.parse(vn('2026-03-02T22:00:00'));
  const events = Array.from({ length: 40_000 }, (_, i) => accessEvent('a1', new Date(start + Math.floor(i * 0.08)).toISOString()));
  const timeOf = async (from: number, to: number): Promise<number> => {
    const t0 = performance.now();
    await h.feed(...events.slice(from, to));
    return performance.now() - t0;
  };
  await timeOf(0, 2_000);
  const early = await timeOf(2_000, 4_000);
  await timeOf(4_000, 38_000);
  const late = await timeOf(38_000, 40_000);
  assert.equal(h.hits.length, 1, 'one alert per window');
  assert.equal(h.hits[0]!.details.reads, 3);
  assert.ok(late < early * 3 + 20, `late reads ${late.toFixed(1)} ms vs early ${early.toFixed(1)} ms`);
});
