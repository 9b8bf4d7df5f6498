/**
 * Sends messages to a syslog collector with RFC 5424 framing:
 *
 *   <PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID STRUCTURED-DATA MSG
 *
 * over TCP with octet counting (RFC 6587 §3.4.1: `MSG-LEN SP SYSLOG-MSG`, so messages may contain newlines) or
 * over UDP (RFC 5426: one message per datagram).
 */
import net from 'node:net';
import dgram from 'node:dgram';
import os from 'node:os';

/** Syslog severities (RFC 5424 §6.2.1). */
export type SyslogSeverity = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** One message to frame. */
export interface SyslogMessage {
  /** Facility number (default 20 = local4). */
  readonly facility?: number;
  readonly severity: SyslogSeverity;
  readonly time: Date;
  readonly msgId: string;
  readonly msg: string;
}

/** Where to send. */
export interface SyslogTarget {
  readonly host: string;
  readonly port: number;
  readonly transport: 'tcp' | 'udp';
}

/** Header fields: printable US-ASCII, no spaces, bounded (RFC 5424 §6). */
function field(value: string, max: number): string {
  const v = value.replace(/[^\x21-\x7e]/g, '').slice(0, max);
  return v === '' ? '-' : v;
}

/**
 * Parses `host:port`.
 *
 * @param target - e.g. `soc.example:6514`
 * @returns host and port
 * @throws Error when malformed
 */
export function parseHostPort(target: string): { host: string; port: number } {
  const m = /^(.+):(\d{1,5})$/.exec(target.trim());
  const port = m ? Number(m[2]) : NaN;
  if (!m || port < 1 || port > 65535) throw new Error('expected host:port');
  return { host: m[1]!.replace(/^\[|\]$/g, ''), port };
}

/**
 * Formats one RFC 5424 message (no BOM: MSG is sent as MSG-ANY, which CEF collectors expect).
 *
 * @param m - the message
 * @param appName - APP-NAME
 * @param hostname - HOSTNAME
 * @returns the syslog message
 */
export function formatRfc5424(m: SyslogMessage, appName = 'khien', hostname = os.hostname()): string {
  const pri = (m.facility ?? 20) * 8 + m.severity;
  return `<${pri}>1 ${m.time.toISOString()} ${field(hostname, 255)} ${field(appName, 48)} ${field(String(process.pid), 128)} ${field(m.msgId, 32)} - ${m.msg}`;
}

/**
 * Frames a message for TCP with octet counting.
 *
 * @param message - the syslog message
 * @returns `LEN SP MSG` as bytes
 */
export function frameOctetCounted(message: string): Buffer {
  const body = Buffer.from(message, 'utf8');
  return Buffer.concat([Buffer.from(`${body.length} `, 'ascii'), body]);
}

/**
 * Sends messages to the collector.
 *
 * @param target - host, port, transport
 * @param messages - formatted RFC 5424 messages
 * @param timeoutMs - connection/send timeout
 * @returns when all were handed to the network (TCP: the connection closed cleanly)
 */
export async function sendSyslog(target: SyslogTarget, messages: readonly string[], timeoutMs = 5_000): Promise<void> {
  if (messages.length === 0) return;
  if (target.transport === 'udp') {
    const family = net.isIPv6(target.host) ? 'udp6' : 'udp4';
    const socket = dgram.createSocket(family);
    try {
      for (const m of messages) {
        const buf = Buffer.from(m, 'utf8');
        await new Promise<void>((resolve, reject) => socket.send(buf, target.port, target.host, (err) => (err ? reject(err) : resolve())));
      }
    } finally {
      socket.close();
    }
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const socket = net.createConnection({ host: target.host, port: target.port });
    const timer = setTimeout(() => socket.destroy(new Error('syslog timeout')), timeoutMs);
    socket.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    socket.once('connect', () => {
      socket.end(Buffer.concat(messages.map(frameOctetCounted)));
    });
    socket.once('close', (hadError) => {
      clearTimeout(timer);
      if (!hadError) resolve();
    });
  });
}
