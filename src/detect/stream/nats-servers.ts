/**
 * Starts Debian's `nats-server` processes with JetStream on loopback — one server, or a cluster of several
 * joined by their routes (`-cluster`, `-routes`, `--server_name`, one store directory each) — for the
 * three-node script (`scripts/cluster.ts`), its test and the benchmarks. Not used by a running node: in
 * production the NATS cluster is the operator's (docs/SCALING.md).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** Path of the server binary (Debian package `nats-server`). */
export const NATS_SERVER_BIN = process.env.NATS_SERVER_BIN ?? '/usr/sbin/nats-server';

/** Whether `nats-server` can be run here. */
export function natsServerAvailable(): boolean {
  if (!fs.existsSync(NATS_SERVER_BIN)) return false;
  return spawnSync(NATS_SERVER_BIN, ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * A port nobody listens on now (bound and released).
 *
 * @returns the port
 */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** One server of the cluster. */
export interface NatsServerHandle {
  readonly name: string;
  readonly clientPort: number;
  readonly url: string;
  running(): boolean;
  /** Kills the process (SIGKILL by default: a crash) and waits for it to exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Starts it again with the same name, ports and store. */
  restart(): Promise<void>;
}

/** A running cluster. */
export interface NatsClusterHandle {
  readonly servers: readonly NatsServerHandle[];
  /** `NATS_URL` for the nodes: every server, comma-separated. */
  readonly url: string;
  /** Waits until JetStream has a metadata leader seen by every running server. */
  ready(ms?: number): Promise<void>;
  stop(): Promise<void>;
}

/** Options of {@link startNatsCluster}. */
export interface NatsClusterOptions {
  readonly size: number;
  /** Directory for stores and logs (created). */
  readonly dir: string;
  /** Client, cluster and monitoring ports per server (default: free ports). */
  readonly ports?: ReadonlyArray<{ client: number; cluster: number; monitor: number }>;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function jsz(monitor: number): Promise<{ meta_cluster?: { leader?: string } ; config?: unknown } | null> {
  try {
    const res = await fetch(`http://127.0.0.1:${monitor}/jsz`, { signal: AbortSignal.timeout(1_000) });
    return res.ok ? ((await res.json()) as { meta_cluster?: { leader?: string } }) : null;
  } catch {
    return null;
  }
}

/**
 * Starts the servers.
 *
 * @param opts - size, directory, ports
 * @returns the cluster once JetStream is ready
 * @throws when a server does not come up within 30 s
 */
export async function startNatsCluster(opts: NatsClusterOptions): Promise<NatsClusterHandle> {
  fs.mkdirSync(opts.dir, { recursive: true });
  // Three ports per server, all distinct: asked one after another and checked against each other (a port the
  // system just handed out and got back can be handed out again; taken twice, one server exits at start).
  const taken = new Set<number>();
  const distinctPort = async (): Promise<number> => {
    for (;;) {
      const port = await freePort();
      if (!taken.has(port)) {
        taken.add(port);
        return port;
      }
    }
  };
  let ports = opts.ports;
  if (!ports) {
    const chosen: Array<{ client: number; cluster: number; monitor: number }> = [];
    for (let i = 0; i < opts.size; i++) chosen.push({ client: await distinctPort(), cluster: await distinctPort(), monitor: await distinctPort() });
    ports = chosen;
  }
  const routes = ports.map((p) => `nats://127.0.0.1:${p.cluster}`).join(',');
  const servers = ports.slice(0, opts.size).map((p, i) => {
    const name = `nats-${i + 1}`;
    const store = path.join(opts.dir, name);
    fs.mkdirSync(store, { recursive: true });
    const args = ['-a', '127.0.0.1', '-p', String(p.client), '-m', String(p.monitor), '--server_name', name, '-js', '-sd', store];
    if (opts.size > 1) args.push('--cluster_name', 'khien', '-cluster', `nats://127.0.0.1:${p.cluster}`, '-routes', routes);
    let child: ChildProcess | null = null;
    // Whether the server should be running (false only between kill() and restart()).
    let wanted = true;
    const launch = (): void => {
      const log = fs.openSync(path.join(opts.dir, `${name}.log`), 'a');
      child = spawn(NATS_SERVER_BIN, args, { stdio: ['ignore', log, log] });
      fs.closeSync(log);
      const mine = child;
      mine.once('exit', () => {
        if (child === mine) child = null;
      });
    };
    launch();
    const handle: NatsServerHandle & { monitor: number; wanted: () => boolean } = {
      name,
      clientPort: p.client,
      monitor: p.monitor,
      url: `nats://127.0.0.1:${p.client}`,
      running: () => child !== null,
      wanted: () => wanted,
      async kill(signal = 'SIGKILL') {
        wanted = false;
        const c: ChildProcess | null = child;
        if (!c) return;
        const exited = new Promise<void>((r) => c.once('exit', () => r()));
        c.kill(signal);
        await exited;
      },
      async restart() {
        wanted = true;
        if (child) return;
        launch();
        const end = Date.now() + 30_000;
        while (Date.now() < end && !(await jsz(p.monitor))) await sleep(100);
      },
    };
    return handle;
  });
  const cluster: NatsClusterHandle = {
    servers,
    url: servers.map((s) => s.url).join(','),
    async ready(ms = 30_000) {
      const end = Date.now() + ms;
      for (;;) {
        const wanted = servers.filter((s) => s.wanted());
        const dead = wanted.filter((s) => !s.running());
        if (dead.length > 0) throw new Error(`NATS server ${dead.map((s) => s.name).join(', ')} exited (port in use? logs in ${opts.dir})`);
        const infos = await Promise.all(wanted.map((s) => jsz(s.monitor)));
        const ok = infos.every((j) => j !== null && (opts.size === 1 || Boolean(j.meta_cluster?.leader)));
        if (ok && wanted.length > 0) return;
        if (Date.now() > end) throw new Error(`NATS cluster not ready after ${ms} ms (logs in ${opts.dir})`);
        await sleep(150);
      }
    },
    async stop() {
      await Promise.all(servers.map((s) => s.kill('SIGTERM')));
    },
  };
  try {
    await cluster.ready();
  } catch (err) {
    await cluster.stop();
    throw err;
  }
  return cluster;
}
