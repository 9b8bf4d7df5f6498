import { test } from 'node:test';
import assert from 'node:assert/strict';
import dgram from 'node:dgram';
import net from 'node:net';
import { createTestDatabase } from '../../db/test-db.ts';
import { createEventBus } from '../../events/bus.ts';
import { createMemoryRecorder } from '../../events/memory-recorder.ts';
import type { KhienEvent } from '../../events/types.ts';
import { createManualClock } from '../../platform/clock.ts';
import { createMemoryContext } from '../context.ts';
import { listRejected } from '../detect.repo.ts';
import { createIngestService } from './ingest-service.ts';
import { splitFrames, startSyslogListener } from './syslog-listener.ts';

const L5424 = '<134>1 2026-03-02T09:00:00+07:00 vpn-hn-01 vpngw - VPN [k@1 user="CB0001" action="connect" result="success" otp="yes"] ok';
const L3164 = '<86>Mar  2 09:00:05 vpn-hcm-02 openvpn[1]: user=CB0002 src=10.79.1.2 action=connect result=success';

test('splitFrames reads octet-counted and newline-framed messages and keeps partial frames', () => {
  const a = Buffer.from(`${Buffer.byteLength(L5424)} ${L5424}${L3164}\n<13>1 2026-03-02T0`);
  const { frames, rest } = splitFrames(a);
  assert.deepEqual(frames, [L5424, L3164]);
  assert.equal(rest.toString(), '<13>1 2026-03-02T0');
  const partial = splitFrames(Buffer.from('300 <13>1 short'));
  assert.equal(partial.frames.length, 0);
});

test('UDP and TCP syslog (RFC 5424 and 3164) reach the recorder; malformed lines are counted and kept', async () => {
  const database = await createTestDatabase();
  const bus = createEventBus();
  const seen: KhienEvent[] = [];
  bus.subscribe((e) => seen.push(e));
  const recorder = createMemoryRecorder(bus);
  const clock = createManualClock('2026-03-02T03:00:00.000Z');
  const ingest = createIngestService({ db: database.db, clock, recorder: () => recorder, context: createMemoryContext(), mappings: async () => new Map(), accesses: { decide: async (lines) => lines.map(() => null) } });
  const listener = await startSyslogListener({ port: 0, host: '127.0.0.1', ingest, flushMs: 10 });
  try {
    const udp = dgram.createSocket('udp4');
    for (const line of [L5424, L3164, 'not syslog at all']) {
      await new Promise<void>((resolve, reject) => udp.send(line, listener.udpPort, '127.0.0.1', (err) => (err ? reject(err) : resolve())));
    }
    udp.close();
    const sock = net.connect(listener.tcpPort, '127.0.0.1');
    await new Promise<void>((resolve) => sock.once('connect', () => resolve()));
    sock.write(`${Buffer.byteLength(L5424)} ${L5424}`);
    sock.write(`${L3164}\n<13>1 2026-13-45T99:00:00Z h a - - - bad date\n`);
    await new Promise<void>((resolve) => sock.end(() => resolve()));
    // Wait for delivery, then drain the batches.
    for (let i = 0; i < 50 && ingest.counters()['syslog_tcp.rejected'] === undefined; i++) {
      await new Promise((r) => setTimeout(r, 20));
      await listener.flush();
    }
    await listener.flush();
    const counters = ingest.counters();
    assert.equal(counters['syslog_udp.accepted'], 2);
    assert.equal(counters['syslog_udp.rejected'], 1);
    assert.equal(counters['syslog_tcp.accepted'], 2);
    assert.equal(counters['syslog_tcp.rejected'], 1);
    assert.equal(seen.length, 4);
    assert.ok(seen.every((e) => e.kind === 'auth' && e.action === 'vpn_connect'));
    assert.deepEqual(new Set(seen.map((e) => e.source.system)), new Set(['vpn-hn-01', 'vpn-hcm-02']));
    const rejected = await listRejected(database.db, { limit: 10, offset: 0 });
    assert.equal(rejected.total, 2);
    assert.deepEqual(rejected.byReason, [{ reason: 'BAD_TIMESTAMP', n: 1 }, { reason: 'NO_PRI', n: 1 }]);
    assert.ok(rejected.rows.some((r) => r.channel === 'syslog_udp' && r.line === 'not syslog at all' && r.source === '127.0.0.1'));
  } finally {
    await listener.close();
    await database.close();
  }
});
