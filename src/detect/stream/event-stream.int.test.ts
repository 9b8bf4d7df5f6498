/**
 * The event stream against a real `nats-server` (started here on free ports): partition workers over the
 * stream, snapshots and replay after a crash, detections de-duplicated, and the whole path through an app
 * (audit append → stream → worker → detections → alert writer → alert, suspension). Skipped when Debian's
 * nats-server is not installed.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import type { KhienEvent } from '../../events/types.ts';
import { createManualClock } from '../../platform/clock.ts';
import { createMemoryContext } from '../context.ts';
import { createDetector } from '../detector.ts';
import { defaultIpPrefixes } from '../province-geo.ts';
import { ALL_RULES } from '../rules/index.ts';
import { accessEvent, at, authEvent } from '../test-events.ts';
import { createTestApp } from '../../app/test-app.ts';
import { queryRows } from '../../db/client.ts';
import { createStaffWithSession } from '../../auth/test-support.ts';
import { accounts } from '../../auth/auth.schema.ts';
import { alerts as alertsTable } from '../detect.schema.ts';
import { acquireLease } from './lease.ts';
import { DETECTION_STREAM, EVENT_STREAM, openNatsLink, serversOf, type NatsLink } from './nats-link.ts';
import { natsServerAvailable, startNatsCluster, type NatsClusterHandle } from './nats-servers.ts';
import { startPartitionWorker } from './partition-worker.ts';
import { publishDetection } from './alert-relay.ts';
import { partitionOf, rulesOf, subjectOf, type PartitionId } from './partitions.ts';

const skip = natsServerAvailable() ? false : 'nats-server is not installed (apt-get install nats-server)';
let cluster: NatsClusterHandle | null = null;
let dir = '';

before(async () => {
  if (skip) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khien-nats-'));
  cluster = await startNatsCluster({ size: 1, dir });
});
after(async () => {
  await cluster?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const until = async (check: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

/** Deletes the streams and buckets so that each test starts clean on the server the file shares. */
async function freshLink(partitions: number): Promise<NatsLink> {
  const nc = await connect({ servers: serversOf(cluster!.url) });
  const jsm = await jetstreamManager(nc);
  for (const s of [EVENT_STREAM, DETECTION_STREAM, 'KV_khien_leases', 'KV_khien_cursors', 'KV_khien_members', 'OBJ_khien_snapshots']) await jsm.streams.delete(s).catch(() => false);
  await nc.close();
  return openNatsLink({ servers: serversOf(cluster!.url), partitions, replicas: 1, name: 'test' });
}

test('a partition worker killed after its snapshot is resumed by another from the snapshot: every detection once', { skip }, async () => {
  const link = await freshLink(1);
  try {
    const p: PartitionId = { family: 'a', index: 0 };
    const context = createMemoryContext({ ipPrefixes: defaultIpPrefixes() });
    const make = (onAlert: Parameters<typeof createDetector>[0]['onAlert']) =>
      createDetector({ rules: rulesOf('a', ALL_RULES), context, clock: createManualClock(), onAlert });
    const publish = async (events: KhienEvent[], from: number): Promise<void> => {
      await Promise.all(events.map((e, i) => link.js.publish(subjectOf(e, 1), JSON.stringify(e), { msgID: String(from + i) })));
    };
    // Lent-account episodes: account k signs in from one network, then works from another.
    const episode = (k: number, minute: number): KhienEvent[] => [
      authEvent(`acc-${k}`, at(minute), { sessionId: `s${k}a`, source: { ip: '10.1.0.5', deviceId: `d${k}a` } }),
      accessEvent(`acc-${k}`, at(minute + 1), { actor: { type: 'staff', accountId: `acc-${k}`, sessionId: `s${k}b` }, source: { ip: '10.79.0.6', deviceId: `d${k}b` } }),
    ];
    const first = Array.from({ length: 20 }, (_, k) => episode(k, k * 2)).flat();
    const second = Array.from({ length: 20 }, (_, k) => episode(100 + k, 60 + k * 2)).flat();

    const lease1 = await acquireLease(link.leases, 'part.a.0', 'node-1');
    assert.ok(lease1);
    assert.equal(await acquireLease(link.leases, 'part.a.0', 'node-2'), null, 'a held lease cannot be taken');
    const w1 = await startPartitionWorker({ link, partition: p, lease: lease1, makeDetector: make, publishDetection: (d) => publishDetection(link, d), onFailed: (e) => assert.fail(String(e)), snapshotEveryMs: 200 });
    await publish(first, 1);
    await until(() => w1.stats().snapshotAt >= first.length, 10_000, 'the first snapshot');
    await publish(second, 1 + first.length);
    await until(() => w1.stats().position >= first.length + second.length, 10_000, 'the second batch');
    const raisedBy1 = w1.stats().detections;
    assert.ok(raisedBy1 >= 40, `R001 per episode (got ${raisedBy1})`);
    // A crash: no final snapshot, the lease is not released (it lapses).
    await w1.stop(false);
    await until(async () => (await acquireLease(link.leases, 'part.a.0', 'probe').then(async (l) => { await l?.release(); return l !== null; })), 15_000, 'the lease to lapse');

    const lease2 = await acquireLease(link.leases, 'part.a.0', 'node-2');
    assert.ok(lease2);
    const w2 = await startPartitionWorker({ link, partition: p, lease: lease2, makeDetector: make, publishDetection: (d) => publishDetection(link, d), onFailed: (e) => assert.fail(String(e)), snapshotEveryMs: 200 });
    assert.equal(w2.stats().restoredFrom, 'snapshot');
    await until(() => w2.stats().position >= first.length + second.length, 10_000, 'the replay');
    // The replay raised the second batch's detections again; the stream kept one of each.
    assert.ok(w2.stats().detections >= 20, 'the replay re-raised detections');
    await until(async () => (await link.jsm.streams.info(DETECTION_STREAM)).state.messages === raisedBy1, 5_000, 'detections to settle');
    const info = await link.jsm.streams.info(DETECTION_STREAM);
    assert.equal(info.state.messages, raisedBy1, 'each detection is in the stream once');
    // The restored detector remembers the first batch's sessions: a session of account 0 from a third
    // network is a new conflict only because the state came back.
    const before = w2.stats().detections;
    await publish([accessEvent('acc-0', at(3), { actor: { type: 'staff', accountId: 'acc-0', sessionId: 's0c' }, source: { ip: '10.48.0.7', deviceId: 'd0c' } })], 1000);
    await until(() => w2.stats().detections > before, 5_000, 'a detection that needs the restored state');
    await w2.stop(true);
  } finally {
    await link.close();
  }
});

test('through the app: recorded events reach the stream with their audit sequence, alerts come back once and suspend', { skip }, async () => {
  const link = await freshLink(4);
  await link.close();
  const { app, close } = await createTestApp({ natsUrl: cluster!.url, natsPartitions: 4, nodeId: 'app-1' });
  try {
    const staff = await createStaffWithSession(app, { unitId: 'P01-L1' });
    await app.khien.stream!.ready;
    // A scraping burst: sequential personal-id lookups (KHIEN-R015 suspends at once).
    const events = Array.from({ length: 30 }, (_, i) =>
      accessEvent(staff.accountId, new Date(Date.now() + i * 20).toISOString(), {
        action: 'search',
        resource: 'search',
        lookup: { by: 'personal_id', tail: String(300100 + i) },
        actor: { type: 'staff', accountId: staff.accountId, unitId: 'P01-L1', provinceCode: '01', roles: ['staff'], sessionId: staff.sessionId },
        source: { ip: '10.1.0.20', userAgent: 'python-requests/2.32', deviceId: staff.deviceId, deviceRegistered: true, system: 'khien' },
      }),
    );
    const receipts = [];
    for (const e of events) receipts.push(await app.khien.recorder.record(e));
    const db = app.khien.database.db;
    await until(async () => (await db.select().from(alertsTable).where(eq(alertsTable.ruleId, 'KHIEN-R015'))).some((a) => a.suspensionStatus === 'done'), 20_000, 'the R015 alert and suspension');
    const [acc] = await db.select().from(accounts).where(eq(accounts.id, staff.accountId));
    assert.equal(acc?.status, 'suspended');
    const r015 = await db.select().from(alertsTable).where(eq(alertsTable.ruleId, 'KHIEN-R015'));
    assert.equal(r015.length, 1);
    // Every audit entry is in the stream once, under its sequence.
    const probe = await openNatsLink({ servers: serversOf(cluster!.url), partitions: 4, replicas: 1, name: 'probe' });
    try {
      const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from audit_entries`);
      const n = row?.n ?? -1;
      await until(async () => (await probe.jsm.streams.info(EVENT_STREAM)).state.messages === n, 10_000, `all ${n} entries in the stream`);
      // The message id of an event is its audit sequence.
      const msg = await probe.jsm.streams.getMessage(EVENT_STREAM, { last_by_subj: subjectOf(events[events.length - 1]!, 4) });
      assert.ok(msg);
      const [entry] = await queryRows<{ seq: number }>(db, sql`select seq::int as seq from audit_entries where event_id = ${msg.json<KhienEvent>().id}`);
      assert.equal(msg.header?.get('Nats-Msg-Id'), String(entry?.seq));
      assert.ok(receipts.every((r) => r.seq > 0));
      assert.equal(partitionOf(`a:${staff.accountId}`, 4), Number(subjectOf(events[0]!, 4).split('.')[2]));
    } finally {
      await probe.close();
    }
    assert.equal(app.khien.stream!.bus.stats().mode, 'live');
  } finally {
    await close();
  }
});

test('NATS down: recording neither waits nor fails, and the events reach the stream from the audit log once it is back', { skip }, async () => {
  const link = await freshLink(4);
  await link.close();
  const { app, close } = await createTestApp({ natsUrl: cluster!.url, natsPartitions: 4, nodeId: 'app-2' });
  try {
    await app.khien.stream!.ready;
    const db = app.khien.database.db;
    const record = async (n: number, from: number): Promise<number> => {
      const t0 = performance.now();
      for (let i = 0; i < n; i++) await app.khien.recorder.record(accessEvent(`acc-${i % 7}`, at(from + i)));
      return performance.now() - t0;
    };
    await record(20, 0);
    await until(() => {
      const st = app.khien.stream!.bus.stats();
      return st.mode === 'live' && st.published + st.republished >= 20;
    }, 10_000, 'live publishing');
    const server = cluster!.servers[0]!;
    await server.kill();
    const ms = await record(200, 100);
    assert.ok(ms < 20_000, `200 records took ${Math.round(ms)} ms with NATS down`);
    const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from audit_entries`);
    await server.restart();
    await cluster!.ready();
    await record(20, 400);
    const probe = await openNatsLink({ servers: serversOf(cluster!.url), partitions: 4, replicas: 1, name: 'probe' });
    try {
      const [after] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from audit_entries`);
      await until(async () => (await probe.jsm.streams.info(EVENT_STREAM)).state.messages === after?.n, 30_000, `all ${after?.n} entries in the stream`);
      assert.ok((row?.n ?? 0) >= 220);
      const stats = app.khien.stream!.bus.stats();
      assert.ok(stats.deferred + stats.failed > 0, 'some events were not published live');
      assert.ok(stats.republished > 0, 'the catch-up published from the audit log');
    } finally {
      await probe.close();
    }
  } finally {
    await close();
  }
});
