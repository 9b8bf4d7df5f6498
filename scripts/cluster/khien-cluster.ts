/**
 * Several Khiên nodes as a user with several machines would run them, on loopback: one fresh PostgreSQL
 * database, a JetStream cluster of Debian `nats-server` processes (their own clustering), N Khiên node
 * processes (`node --import tsx src/main.ts`, production mode, one shared cookie secret and audit signing key)
 * and Debian's nginx in front. Used by `scripts/cluster.ts` (the command), its three-node test and the
 * scaling benchmark. docs/SCALING.md describes it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase } from '../../src/db/client.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { buildApp } from '../../src/app/build-app.ts';
import type { KhienApp } from '../../src/app/app-services.ts';
import { createMemoryRecorder } from '../../src/events/memory-recorder.ts';
import { createEventBus } from '../../src/events/bus.ts';
import { ensureDemoData } from '../../src/seed/load-demo-data.ts';
import { ensureDemoAccounts } from '../../src/auth/demo/demo-accounts.ts';
import { freePort, startNatsCluster, type NatsClusterHandle } from '../../src/detect/stream/nats-servers.ts';
import { startClusterNginx, type ClusterNginx } from './nginx.ts';

/** The repository root. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Options of {@link startCluster}. */
export interface ClusterOptions {
  /** Working directory for stores, logs and configuration (created). */
  readonly dir: string;
  /** PostgreSQL server URL without database (`postgres://postgres@127.0.0.1:5432`). */
  readonly pgUrl: string;
  /** Database to create (fresh; dropped by `stop()` unless `keepDatabase`). */
  readonly database: string;
  readonly keepDatabase?: boolean;
  readonly nodes: number;
  readonly natsServers: number;
  /** Fixed ports from here (NATS clients +0…, routes +10…, monitoring +20…, nodes +30…, nginx +40); default: free ports. */
  readonly basePort?: number;
  readonly persons: number;
  readonly staff: number;
  readonly partitions?: number;
  /** Before the nodes start: a short-lived app on the seeded database, its events not recorded (test fixtures). */
  readonly prepare?: (app: KhienApp) => Promise<void>;
  /** Extra environment of every node. */
  readonly nodeEnv?: Readonly<Record<string, string>>;
  readonly log?: (line: string) => void;
}

/** One Khiên node process. */
export interface KhienNodeHandle {
  readonly id: string;
  readonly port: number;
  readonly url: string;
  readonly logPath: string;
  running(): boolean;
  /** Kills it (SIGKILL by default: a crash) and waits for the exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Starts it again with the same settings and waits until /health answers. */
  restart(): Promise<void>;
}

/** The running cluster. */
export interface ClusterHandle {
  /** nginx's URL: where users and tests go. */
  readonly url: string;
  readonly nodes: readonly KhienNodeHandle[];
  readonly nats: NatsClusterHandle;
  readonly nginx: ClusterNginx;
  readonly databaseUrl: string;
  /** The environment the nodes share (for the CLI: `khien audit verify`). */
  readonly env: Readonly<Record<string, string>>;
  /** Demo accounts' sign-in lines. */
  readonly banner: readonly string[];
  stop(): Promise<void>;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function adminQuery(pgUrl: string, text: string): Promise<void> {
  const c = new pg.Client({ connectionString: `${pgUrl}/postgres` });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

async function waitHealthy(url: string, child: () => ChildProcess | null, ms: number, logPath: string): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    const ok = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) }).then((r) => r.ok, () => false);
    if (ok) return;
    if (!child()) throw new Error(`node exited before answering (log: ${logPath}):\n${tail(logPath)}`);
    if (Date.now() > end) throw new Error(`node not healthy after ${ms} ms (log: ${logPath}):\n${tail(logPath)}`);
    await sleep(250);
  }
}

function tail(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-20).join('\n');
  } catch {
    return '';
  }
}

/**
 * Creates the database, seeds it, starts NATS, the nodes and nginx.
 *
 * @param opts - sizes, ports, directory, database
 * @returns the running cluster
 */
export async function startCluster(opts: ClusterOptions): Promise<ClusterHandle> {
  const log = opts.log ?? ((): void => {});
  fs.mkdirSync(opts.dir, { recursive: true });
  if (!/^[a-z_][a-z0-9_]*$/.test(opts.database)) throw new Error(`database name ${opts.database} is not a plain identifier`);
  await adminQuery(opts.pgUrl, `create database ${opts.database}`);
  const databaseUrl = `${opts.pgUrl}/${opts.database}`;
  const stops: Array<() => Promise<void>> = [];
  const stopAll = async (): Promise<void> => {
    for (const stop of stops.splice(0).reverse()) await stop().catch(() => {});
    if (!opts.keepDatabase) await adminQuery(opts.pgUrl, `drop database if exists ${opts.database} with (force)`).catch(() => {});
  };
  try {
    const shared: Record<string, string> = {
      DATABASE_URL: databaseUrl,
      KHIEN_MODE: 'production',
      AUDIT_SIGNING_KEY: crypto.randomBytes(32).toString('base64'),
      COOKIE_SECRET: crypto.randomBytes(32).toString('hex'),
      SECURE_COOKIES: 'false',
      SEED_PERSONS: '0',
      SEED_STAFF: '0',
    };
    const nginxPort = opts.basePort === undefined ? await freePort() : opts.basePort + 40;
    const publicUrl = `http://127.0.0.1:${nginxPort}`;
    shared.PUBLIC_URL = publicUrl;
    // Schema, demo registry and demo accounts, once, before any node runs.
    log(`database ${opts.database}: migrating and seeding ${opts.persons} persons, ${opts.staff} staff`);
    const database = await openDatabase({ databaseUrl, poolSize: 4 });
    let banner: string[] = [];
    try {
      await database.migrate();
      await ensureDemoData(database, { persons: opts.persons, staff: opts.staff, seed: 20_260_101 }, (l) => log(`  ${l}`));
      const config = loadConfig({}, {
        databaseUrl, dataDir: path.join(opts.dir, 'setup'), logLevel: 'silent', cookieSecret: shared.COOKIE_SECRET,
        auditSigningKey: shared.AUDIT_SIGNING_KEY, secureCookies: false, seedPersons: 0, seedStaff: 0, publicUrl,
      });
      const bus = createEventBus();
      const app = await buildApp(config, { database, quiet: true, bus, recorder: createMemoryRecorder(bus) });
      try {
        banner = (await ensureDemoAccounts(app.khien.auth.ctx)).lines;
        if (opts.prepare) await opts.prepare(app);
      } finally {
        await app.close();
      }
    } finally {
      await database.close();
    }

    const base = opts.basePort;
    const natsPorts = base === undefined ? undefined : Array.from({ length: opts.natsServers }, (_, i) => ({ client: base + i, cluster: base + 10 + i, monitor: base + 20 + i }));
    log(`NATS: ${opts.natsServers} JetStream server(s)`);
    const nats = await startNatsCluster({ size: opts.natsServers, dir: path.join(opts.dir, 'nats'), ports: natsPorts });
    stops.push(() => nats.stop());
    Object.assign(shared, {
      NATS_URL: nats.url,
      NATS_PARTITIONS: String(opts.partitions ?? 8),
      NATS_REPLICAS: String(opts.natsServers >= 3 ? 3 : 1),
    });

    const nodePorts = base === undefined ? await Promise.all(Array.from({ length: opts.nodes }, () => freePort())) : Array.from({ length: opts.nodes }, (_, i) => base + 30 + i);
    const nodes = nodePorts.map((port, i): KhienNodeHandle => {
      const id = `node-${i + 1}`;
      const logPath = path.join(opts.dir, `${id}.log`);
      const env = { ...process.env, ...shared, ...opts.nodeEnv, PORT: String(port), HOST: '127.0.0.1', KHIEN_NODE_ID: id, DATA_DIR: path.join(opts.dir, id), LOG_LEVEL: opts.nodeEnv?.LOG_LEVEL ?? 'warn' };
      let child: ChildProcess | null = null;
      const launch = (): void => {
        const out = fs.openSync(logPath, 'a');
        child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: REPO_ROOT, env, stdio: ['ignore', out, out] });
        fs.closeSync(out);
        const mine = child;
        mine.once('exit', () => {
          if (child === mine) child = null;
        });
      };
      const url = `http://127.0.0.1:${port}`;
      const handle: KhienNodeHandle = {
        id, port, url, logPath,
        running: () => child !== null,
        async kill(signal = 'SIGKILL') {
          const c: ChildProcess | null = child;
          if (!c) return;
          const exited = new Promise<void>((r) => c.once('exit', () => r()));
          c.kill(signal);
          await exited;
        },
        async restart() {
          if (!child) launch();
          await waitHealthy(url, () => child, 120_000, logPath);
        },
      };
      stops.push(() => handle.kill('SIGTERM'));
      return handle;
    });
    log(`Khiên: ${opts.nodes} node(s) on ports ${nodePorts.join(', ')}`);
    await Promise.all(nodes.map((n) => n.restart()));

    const nginx = await startClusterNginx(path.join(opts.dir, 'nginx'), nginxPort, nodePorts);
    stops.push(() => nginx.stop());
    log(`nginx: ${nginx.url}`);
    return { url: nginx.url, nodes, nats, nginx, databaseUrl, env: shared, banner, stop: stopAll };
  } catch (err) {
    await stopAll();
    throw err;
  }
}
