/**
 * Syslog receiver: UDP (RFC 5426, one message per datagram) and TCP (RFC 6587: octet-counted frames
 * `LEN SP MSG`, or non-transparent framing by newline). Lines are batched per sender and handed to the
 * ingestion pipeline; malformed frames are passed on too, so that they are counted and kept as rejects.
 */
import dgram from 'node:dgram';
import net from 'node:net';
import type { IngestChannel, IngestService } from './ingest-service.ts';
import { MAX_LINE } from './syslog-parse.ts';

/** A running listener. */
export interface SyslogListener {
  /** Bound UDP port. */
  readonly udpPort: number;
  /** Bound TCP port. */
  readonly tcpPort: number;
  /** Writes what is buffered now. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

/** Options of {@link startSyslogListener}. */
export interface SyslogListenerOptions {
  /** Port for both transports; 0 = an ephemeral port each (tests). */
  readonly port: number;
  readonly host?: string;
  readonly ingest: IngestService;
  readonly onError?: (err: unknown) => void;
  /** Longest wait before a batch is ingested (default 100 ms). */
  readonly flushMs?: number;
  /** Largest batch (default 500 lines). */
  readonly maxBatch?: number;
}

/** Largest TCP frame accepted before it is cut and rejected. */
const MAX_FRAME = 65_536;

/**
 * Splits a TCP byte buffer into complete frames.
 *
 * @param buf - bytes received so far
 * @returns the frames and the unconsumed rest
 */
export function splitFrames(buf: Buffer): { frames: string[]; rest: Buffer } {
  const frames: string[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const c = buf[pos]!;
    if (c === 0x0a || c === 0x0d || c === 0x00) {
      pos++;
      continue;
    }
    if (c >= 0x31 && c <= 0x39) {
      // Octet counting: digits, one space, then exactly that many bytes.
      let i = pos;
      while (i < buf.length && i - pos < 6 && buf[i]! >= 0x30 && buf[i]! <= 0x39) i++;
      if (i < buf.length && buf[i] === 0x20) {
        const len = Number(buf.subarray(pos, i).toString('ascii'));
        if (len > MAX_FRAME) {
          // Keep a prefix longer than any acceptable line: it is rejected as TOO_LONG and stored cut.
          frames.push(buf.subarray(i + 1, Math.min(buf.length, i + 1 + MAX_LINE + 1)).toString('utf8').padEnd(MAX_LINE + 1, '#'));
          return { frames, rest: Buffer.alloc(0) };
        }
        if (buf.length - (i + 1) < len) break;
        frames.push(buf.subarray(i + 1, i + 1 + len).toString('utf8'));
        pos = i + 1 + len;
        continue;
      }
      if (i === buf.length) break;
    }
    const nl = buf.indexOf(0x0a, pos);
    if (nl < 0) {
      if (buf.length - pos > MAX_FRAME) {
        frames.push(buf.subarray(pos, pos + MAX_FRAME).toString('utf8'));
        return { frames, rest: Buffer.alloc(0) };
      }
      break;
    }
    frames.push(buf.subarray(pos, nl).toString('utf8').replace(/\r$/, ''));
    pos = nl + 1;
  }
  return { frames, rest: buf.subarray(pos) };
}

/**
 * Starts the UDP and TCP listeners.
 *
 * @param opts - port, pipeline, batching
 * @returns the listener once both sockets are bound
 */
export async function startSyslogListener(opts: SyslogListenerOptions): Promise<SyslogListener> {
  const host = opts.host ?? '0.0.0.0';
  const flushMs = opts.flushMs ?? 100;
  const maxBatch = opts.maxBatch ?? 500;
  const pending = new Map<string, { channel: IngestChannel; source: string; lines: string[] }>();
  let timer: NodeJS.Timeout | null = null;
  let chain: Promise<void> = Promise.resolve();

  const drain = async (): Promise<void> => {
    const batches = [...pending.values()];
    pending.clear();
    for (const b of batches) {
      try {
        await opts.ingest.ingest(b.channel, b.source, b.lines);
      } catch (err) {
        opts.onError?.(err);
      }
    }
  };
  const flush = (): Promise<void> => {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    chain = chain.then(drain);
    return chain;
  };
  const push = (channel: IngestChannel, source: string, line: string): void => {
    const key = `${channel}|${source}`;
    let b = pending.get(key);
    if (!b) {
      b = { channel, source, lines: [] };
      pending.set(key, b);
    }
    b.lines.push(line);
    if (b.lines.length >= maxBatch) void flush();
    else if (!timer) timer = setTimeout(() => void flush(), flushMs);
  };

  const udp = dgram.createSocket(net.isIPv6(host) ? 'udp6' : 'udp4');
  udp.on('message', (msg, rinfo) => {
    const text = msg.toString('utf8');
    // One message per datagram (RFC 5426 §3.1); some senders pack several lines, so split on newlines.
    const lines = text.includes('\n') ? text.split(/\r?\n/).filter((l) => l.length > 0) : [text];
    for (const l of lines.length > 0 ? lines : ['']) push('syslog_udp', rinfo.address, l);
  });
  udp.on('error', (err) => opts.onError?.(err));
  await new Promise<void>((resolve, reject) => {
    udp.once('error', reject);
    udp.bind(opts.port, host, () => {
      udp.off('error', reject);
      resolve();
    });
  });

  const sockets = new Set<net.Socket>();
  const tcp = net.createServer((socket) => {
    sockets.add(socket);
    const source = socket.remoteAddress ?? 'unknown';
    let buf: Buffer = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      buf = buf.length === 0 ? chunk : Buffer.concat([buf, chunk]);
      const { frames, rest } = splitFrames(buf);
      buf = rest;
      for (const f of frames) push('syslog_tcp', source, f);
    });
    socket.on('end', () => {
      if (buf.length > 0) push('syslog_tcp', source, buf.toString('utf8').replace(/\r?\n$/, ''));
      buf = Buffer.alloc(0);
    });
    socket.on('error', () => socket.destroy());
    socket.on('close', () => sockets.delete(socket));
    socket.setTimeout(10 * 60_000, () => socket.destroy());
  });
  tcp.on('error', (err) => opts.onError?.(err));
  await new Promise<void>((resolve, reject) => {
    tcp.once('error', reject);
    tcp.listen(opts.port, host, () => {
      tcp.off('error', reject);
      resolve();
    });
  });

  const tcpAddr = tcp.address();
  return {
    udpPort: udp.address().port,
    tcpPort: typeof tcpAddr === 'object' && tcpAddr ? tcpAddr.port : opts.port,
    flush,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => tcp.close(() => resolve()));
      await new Promise<void>((resolve) => udp.close(() => resolve()));
      await flush();
    },
  };
}
