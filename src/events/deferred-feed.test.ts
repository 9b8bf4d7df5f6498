import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDeferredFeed } from './deferred-feed.ts';
import type { KhienEvent } from './types.ts';

const ev = (i: number): KhienEvent => ({ id: String(i) }) as unknown as KhienEvent;
const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

test('the subscriber runs after the publisher returns, every event in order', async () => {
  const seen: string[] = [];
  const feed = createDeferredFeed((e) => seen.push((e as unknown as { id: string }).id), { batch: 2 });
  for (let i = 0; i < 5; i++) feed.push(ev(i));
  assert.deepEqual(seen, [], 'nothing on the publishing path');
  for (let i = 0; i < 4; i++) await tick();
  assert.deepEqual(seen, ['0', '1', '2', '3', '4']);
  assert.deepEqual(feed.stats(), { handled: 5, queued: 0, maxQueued: 5, overflows: 0 });
});

test('a full queue is drained by the publisher: nothing dropped, the overflow counted and reported', () => {
  const seen: string[] = [];
  const reported: number[] = [];
  const feed = createDeferredFeed((e) => seen.push((e as unknown as { id: string }).id), { capacity: 3, onOverflow: (n) => reported.push(n) });
  for (let i = 0; i < 4; i++) feed.push(ev(i));
  assert.deepEqual(seen, ['0', '1', '2', '3'], 'drained oldest first, then the new event');
  assert.deepEqual(reported, [1]);
  assert.equal(feed.stats().overflows, 1);
  assert.equal(feed.stats().queued, 0);
  feed.push(ev(4));
  feed.drain();
  assert.deepEqual(seen, ['0', '1', '2', '3', '4']);
});

test('a throwing subscriber is reported and the feed goes on', async () => {
  const errors: unknown[] = [];
  const seen: string[] = [];
  const feed = createDeferredFeed((e) => {
    const id = (e as unknown as { id: string }).id;
    if (id === '1') throw new Error('rule failed');
    seen.push(id);
  }, { onError: (err) => errors.push(err) });
  for (let i = 0; i < 3; i++) feed.push(ev(i));
  await tick();
  assert.deepEqual(seen, ['0', '2']);
  assert.equal(errors.length, 1);
});
