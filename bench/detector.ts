/**
 * Quick detector benchmark: replays synthetic events (20,000 accounts reading in working hours, sign-ins,
 * denials, a few misuse bursts) through the full rule set and prints events per second (per CPU-second, the
 * detector being single-threaded) and the event → alert latency p50/p99 measured from the moment each
 * triggering event's batch arrives to the `onAlert` callback. The fuller benchmark is bench/detection.ts.
 *
 * Run: `npx tsx bench/detector.ts [--events N]`
 */
import crypto from 'node:crypto';
import { createManualClock } from '../src/platform/clock.ts';
import { createMemoryContext } from '../src/detect/context.ts';
import { createDetector } from '../src/detect/detector.ts';
import { defaultIpPrefixes } from '../src/detect/province-geo.ts';
import { accessEvent, accountFacts, authEvent, WORKDAY_10AM } from '../src/detect/test-events.ts';
import type { KhienEvent } from '../src/events/types.ts';

const arg = process.argv.indexOf('--events');
const TOTAL = arg > 0 ? Number(process.argv[arg + 1]) : 500_000;
const ACCOUNTS = 20_000;
const BATCH = 1_000;

const ids = Array.from({ length: ACCOUNTS }, () => crypto.randomUUID());
const persons = Array.from({ length: 200_000 }, () => crypto.randomUUID());
const context = createMemoryContext({ ipPrefixes: defaultIpPrefixes(), accounts: ids.map((id, i) => accountFacts(id, { unitId: `P01-L${(i % 4) + 1}` })), decoys: persons.slice(0, 10) });

let seed = 42;
const rnd = (): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const events: KhienEvent[] = [];
// Ten hours of a working day compressed so that the stream keeps a realistic per-account rate.
const span = 9 * 3_600_000;
for (let i = 0; i < TOTAL; i++) {
  const t = new Date(WORKDAY_10AM - 2 * 3_600_000 + Math.floor((i / TOTAL) * span)).toISOString();
  const acc = ids[Math.floor(rnd() * ACCOUNTS)]!;
  const r = rnd();
  if (r < 0.03) events.push(authEvent(acc, t, { source: { ip: `10.1.${acc.charCodeAt(0)}.${acc.charCodeAt(1)}`, deviceId: `dev-${acc}`, deviceRegistered: true } }));
  else if (r < 0.04) events.push(accessEvent(acc, t, { outcome: 'deny', subjects: [] }));
  else if (i % 100_000 === 500) for (let k = 0; k < 450 && events.length < TOTAL; k++) events.push(accessEvent(acc, t, { subjects: [crypto.randomUUID()] }));
  else events.push(accessEvent(acc, t, { subjects: [persons[Math.floor(rnd() * persons.length)]!], source: { ip: `10.1.${acc.charCodeAt(0)}.${acc.charCodeAt(1)}`, deviceId: `dev-${acc}`, deviceRegistered: true, userAgent: 'Mozilla/5.0 Chrome/130' } }));
}
events.length = Math.min(events.length, TOTAL);

let arrival = 0;
const latencies: number[] = [];
const detector = createDetector({ context, clock: createManualClock(), onAlert: () => latencies.push(performance.now() - arrival) });
const cpu0 = process.cpuUsage();
const wall0 = performance.now();
for (let i = 0; i < events.length; i += BATCH) {
  arrival = performance.now();
  const end = Math.min(events.length, i + BATCH);
  for (let j = i; j < end; j++) detector.process(events[j]!);
}
const wall = (performance.now() - wall0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuS = (cpu.user + cpu.system) / 1e6;
await new Promise((r) => setTimeout(r, 50));
latencies.sort((a, b) => a - b);
const pct = (p: number): string => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(3) : '-');
const s = detector.stats();
process.stdout.write(
  `events ${events.length.toLocaleString('en')} · rules ${detector.rules.length}\n` +
    `throughput ${Math.round(events.length / cpuS).toLocaleString('en')} events/CPU-s · ${Math.round(events.length / wall).toLocaleString('en')} events/wall-s\n` +
    `detections ${s.detections} · latency p50 ${pct(50)} ms · p99 ${pct(99)} ms (from batch arrival to onAlert)\n` +
    `by rule ${JSON.stringify(s.byRule)}\n`,
);
