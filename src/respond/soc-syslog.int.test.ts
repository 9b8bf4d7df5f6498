/**
 * CEF over syslog to a real collector: starts Debian's `rsyslogd` in the foreground with a temporary
 * configuration (imtcp + imudp on free local ports, writing to a temp file, its own pid file and work
 * directory), sends with RFC 5424 framing over TCP (octet counting) and UDP, and reads the file back.
 * Skipped with a clear message when rsyslogd is not installed (`apt-get install -y rsyslog`).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import dgram from 'node:dgram';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase } from '../db/test-db.ts';
import { createManualClock } from '../platform/clock.ts';
import { createMemoryRecorder } from '../events/memory-recorder.ts';
import { ensureReferenceData } from '../seed/test-factories.ts';
import { isKhienError } from '../platform/errors.ts';
import { createRespondModule } from './respond.module.ts';
import { cefMessages, sendCefToSoc } from './soc-export.ts';
import { sendSyslog } from './syslog-sender.ts';
import { parseCef } from './cef.ts';

const RSYSLOGD = ['/usr/sbin/rsyslogd', '/sbin/rsyslogd'].find((p) => fs.existsSync(p)) ?? (spawnSync('rsyslogd', ['-v']).error ? null : 'rsyslogd');
const skip = RSYSLOGD ? false : 'rsyslogd not installed (apt-get install -y rsyslog): real-collector test skipped';

let dir = '';
let child: ChildProcess | null = null;
let tcpPort = 0;
let udpPort = 0;
let outFile = '';

async function freeTcpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

async function freeUdpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = dgram.createSocket('udp4');
    s.once('error', reject);
    s.bind(0, '127.0.0.1', () => {
      const port = s.address().port;
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(check: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const canConnect = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const s = net.createConnection({ host: '127.0.0.1', port });
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });

const lines = (): string[] => (fs.existsSync(outFile) ? fs.readFileSync(outFile, 'utf8').split('\n').filter(Boolean) : []);

before(async () => {
  if (skip) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khien-rsyslog-'));
  fs.mkdirSync(path.join(dir, 'work'));
  outFile = path.join(dir, 'received.log');
  tcpPort = await freeTcpPort();
  udpPort = await freeUdpPort();
  const conf = path.join(dir, 'rsyslog.conf');
  fs.writeFileSync(
    conf,
    [
      `global(workDirectory="${dir}/work")`,
      'module(load="imtcp")',
      'module(load="imudp")',
      `input(type="imtcp" address="127.0.0.1" port="${tcpPort}")`,
      `input(type="imudp" address="127.0.0.1" port="${udpPort}")`,
      // One line per message: the parsed RFC 5424 version, app name and MSGID, then the message.
      'template(name="khien" type="string" string="V=%protocol-version% APP=%app-name% MSGID=%msgid% %msg%\\n")',
      `*.* action(type="omfile" file="${outFile}" template="khien")`,
      '',
    ].join('\n'),
  );
  child = spawn(RSYSLOGD!, ['-n', '-f', conf, '-i', path.join(dir, 'rsyslogd.pid')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  await waitFor(() => canConnect(tcpPort), 15_000, `rsyslogd to listen (stderr: ${stderr.slice(0, 300)})`);
});

after(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child!.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const at = new Date('2026-03-02T02:00:00.000Z');
const sample = {
  cases: [{ id: 'c1', reference: 'VV-2026-000007', title: 'Lộ dữ liệu = nghiêm trọng | khẩn', severity: 'critical', status: 'open', personalDataBreach: true, detectedAt: at, openedAt: at, updatedAt: at, observables: [{ type: 'ip', value: '10.0.0.5' }] }],
  alerts: [{ alertId: 'al-tcp', ruleId: 'KH-SCRAPE-01', ruleName: 'Thu thập hàng loạt', severity: 'high', accountId: 'acc\\1', raisedAt: at, evidenceCount: 12, caseId: 'c1' }],
};

test('CEF over TCP with octet counting reaches rsyslog intact', { skip }, async () => {
  await sendSyslog({ host: '127.0.0.1', port: tcpPort, transport: 'tcp' }, cefMessages(sample.cases, sample.alerts));
  await waitFor(() => lines().some((l) => l.includes('VV-2026-000007')), 10_000, 'the TCP messages in the file');
  const got = lines();
  const alert = got.find((l) => l.includes('externalId=al-tcp'))!;
  assert.match(alert, /^V=1 APP=khien MSGID=alert /, 'RFC 5424 header parsed by the collector');
  const cef = parseCef(alert);
  assert.deepEqual(cef.header.slice(4), ['KH-SCRAPE-01', 'Thu thập hàng loạt', '8']);
  assert.equal(cef.extension.suid, 'acc\\1', 'backslash escaped and restored');
  assert.equal(cef.extension.cnt, '12');
  const incident = parseCef(got.find((l) => l.includes('MSGID=incident'))!);
  assert.equal(incident.extension.msg, 'Lộ dữ liệu = nghiêm trọng | khẩn', 'equals escaped, pipe kept, Vietnamese intact');
  assert.equal(incident.header[6], '10');
});

test('CEF over UDP, one message per datagram', { skip }, async () => {
  const msgs = cefMessages([], [{ ...sample.alerts[0]!, alertId: 'al-udp', severity: 'low' }]);
  // UDP is fire-and-forget: resend until the collector has it (its UDP input may start a moment after TCP).
  await waitFor(async () => {
    await sendSyslog({ host: '127.0.0.1', port: udpPort, transport: 'udp' }, msgs);
    await new Promise((r) => setTimeout(r, 200));
    return lines().some((l) => l.includes('externalId=al-udp'));
  }, 10_000, 'the UDP message in the file');
  const line = lines().find((l) => l.includes('externalId=al-udp'))!;
  assert.match(line, /^V=1 APP=khien MSGID=alert CEF:0\|BHXH Viet Nam\|Khien\|/);
  assert.equal(parseCef(line).header[6], '3');
});

test('sendCefToSoc sends the period\'s cases and alerts from the database; no target is a catalogued error', { skip }, async () => {
  const database = await createTestDatabase();
  try {
    await ensureReferenceData(database.db);
    const clock = createManualClock('2026-03-02T02:00:00.000Z');
    const m = createRespondModule({ db: database.db, clock, recorder: createMemoryRecorder() });
    await m.openCaseFromAlert({ id: 'al-db', ruleId: 'KH-DECOY-01', severity: 'critical', accountId: 'acc-db', unitId: 'P01', evidenceEventIds: ['e1'], time: '2026-03-02T01:00:00Z', ip: '10.7.7.7' });
    const period = { since: new Date('2026-03-01T00:00:00Z'), until: new Date('2026-03-03T00:00:00Z') };
    await assert.rejects(sendCefToSoc(database.db, undefined, 'tcp', period), (err: unknown) => isKhienError(err) && (err as { code: string }).code === 'KHIEN_RESPOND_SOC_TARGET_MISSING');
    const sent = await sendCefToSoc(database.db, `127.0.0.1:${tcpPort}`, 'tcp', period);
    assert.deepEqual(sent, { cases: 1, alerts: 1 });
    await waitFor(() => lines().some((l) => l.includes('externalId=al-db')), 10_000, 'the database export in the file');
    assert.ok(lines().some((l) => l.includes('MSGID=incident') && l.includes('suid=acc-db') && l.includes('src=10.7.7.7')));
    await assert.rejects(sendCefToSoc(database.db, '127.0.0.1:1', 'tcp', period), (err: unknown) => isKhienError(err) && (err as { code: string }).code === 'KHIEN_RESPOND_SOC_SEND_FAILED');
  } finally {
    await database.close();
  }
});
