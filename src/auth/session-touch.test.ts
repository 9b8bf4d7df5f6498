import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSessionTouchGate, TOUCH_EVERY_MS } from './session-touch.ts';

const T0 = Date.parse('2026-03-02T02:00:00.000Z');
const at = (ms: number): Date => new Date(T0 + ms);

/** A write that records its calls and completes when told. */
function pendingWrites(): { calls: Array<{ id: string; at: number }>; finish(err?: Error): void; write(id: string, at: Date): Promise<void> } {
  const calls: Array<{ id: string; at: number }> = [];
  const waiting: Array<{ resolve: () => void; reject: (e: Error) => void }> = [];
  return {
    calls,
    finish(err) {
      for (const w of waiting.splice(0)) {
        if (err) w.reject(err);
        else w.resolve();
      }
    },
    write(id, when) {
      calls.push({ id, at: when.getTime() - T0 });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
  };
}

test('a session seen less than the interval ago is not touched', async () => {
  const w = pendingWrites();
  const gate = createSessionTouchGate(w.write);
  await gate.touchIfDue('s1', at(0), at(TOUCH_EVERY_MS - 1));
  assert.equal(w.calls.length, 0);
});

test('concurrent requests of one due session write once; the others do not wait for it', async () => {
  const w = pendingWrites();
  const gate = createSessionTouchGate(w.write);
  const first = gate.touchIfDue('s1', at(0), at(TOUCH_EVERY_MS));
  // 63 more requests read the same stale last_seen_at while the first write is in flight.
  const others = Array.from({ length: 63 }, (_, i) => gate.touchIfDue('s1', at(0), at(TOUCH_EVERY_MS + 1 + i)));
  await Promise.all(others); // resolved without the write having finished
  assert.deepEqual(w.calls, [{ id: 's1', at: TOUCH_EVERY_MS }]);
  w.finish();
  await first;
  // Another session is gated on its own.
  const s2 = gate.touchIfDue('s2', at(0), at(TOUCH_EVERY_MS + 5));
  w.finish();
  await s2;
  assert.deepEqual(w.calls.map((c) => c.id), ['s1', 's2']);
});

test('a session is touched again once the interval has passed since the last touch', async () => {
  const w = pendingWrites();
  const gate = createSessionTouchGate(w.write);
  const a = gate.touchIfDue('s1', at(0), at(TOUCH_EVERY_MS));
  w.finish();
  await a;
  // Another node's stale read (or this one's before the write landed) inside the interval: no write.
  await gate.touchIfDue('s1', at(0), at(2 * TOUCH_EVERY_MS - 1));
  const b = gate.touchIfDue('s1', at(TOUCH_EVERY_MS), at(2 * TOUCH_EVERY_MS));
  w.finish();
  await b;
  assert.deepEqual(w.calls.map((c) => c.at), [TOUCH_EVERY_MS, 2 * TOUCH_EVERY_MS]);
});

test('a failed touch is reported to its request and the next request tries again', async () => {
  const w = pendingWrites();
  const gate = createSessionTouchGate(w.write);
  const a = gate.touchIfDue('s1', at(0), at(TOUCH_EVERY_MS));
  w.finish(new Error('connection lost'));
  await assert.rejects(a, /connection lost/);
  const b = gate.touchIfDue('s1', at(0), at(TOUCH_EVERY_MS + 10));
  w.finish();
  await b;
  assert.equal(w.calls.length, 2);
});

test('a clock moved back does not block touches, and old sessions are forgotten', async () => {
  const w = pendingWrites();
  const gate = createSessionTouchGate(w.write);
  const a = gate.touchIfDue('s1', at(0), at(10 * TOUCH_EVERY_MS));
  w.finish();
  await a;
  const b = gate.touchIfDue('s1', at(0), at(5 * TOUCH_EVERY_MS));
  w.finish();
  await b;
  assert.equal(w.calls.length, 2);
  for (let i = 0; i < 1000; i++) {
    const p = gate.touchIfDue(`x${i}`, at(0), at(20 * TOUCH_EVERY_MS));
    w.finish();
    await p;
  }
  assert.equal(gate.remembered(), 1000); // s1 (touched at 5 intervals) swept at 20
  // One interval later the sweep drops every session not touched since.
  const c = gate.touchIfDue('late', at(0), at(22 * TOUCH_EVERY_MS));
  w.finish();
  await c;
  assert.equal(gate.remembered(), 1);
});
