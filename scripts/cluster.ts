/**
 * `npx tsx scripts/cluster.ts` — runs Khiên as several machines would, on this one: a fresh PostgreSQL
 * database (seeded with the demo registry and demo accounts), a three-server NATS JetStream cluster, three
 * Khiên nodes and Debian's nginx in front, all on loopback. Prints where to go, runs until Ctrl-C, then
 * stops everything and drops the database (unless --keep). docs/SCALING.md, "Three nodes on one machine".
 *
 * Options: --nodes N (3), --nats N (3), --base-port P (31400: NATS 31400…, routes 31410…, monitoring
 * 31420…, nodes 31430…, nginx 31440), --persons N (20000), --staff N (200), --dir D, --keep.
 * PostgreSQL: CLUSTER_PG_URL, else the server of DATABASE_URL, else postgres://postgres@127.0.0.1:5432.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { natsServerAvailable } from '../src/detect/stream/nats-servers.ts';
import { nginxAvailable } from './nginx/start-nginx.ts';
import { startCluster } from './cluster/khien-cluster.ts';

/**
 * The PostgreSQL server URL (no database) to create the cluster's database on.
 *
 * @returns e.g. `postgres://postgres@127.0.0.1:5432`
 */
export function pgServerUrl(): string {
  const explicit = process.env.CLUSTER_PG_URL;
  if (explicit) return explicit.replace(/\/+$/, '');
  const db = process.env.DATABASE_URL;
  if (db) {
    const u = new URL(db);
    u.pathname = '';
    return u.toString().replace(/\/+$/, '');
  }
  return 'postgres://postgres@127.0.0.1:5432';
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      nodes: { type: 'string', default: '3' },
      nats: { type: 'string', default: '3' },
      'base-port': { type: 'string', default: '31400' },
      persons: { type: 'string', default: '20000' },
      staff: { type: 'string', default: '200' },
      dir: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
  });
  const missing = [natsServerAvailable() ? null : 'nats-server', nginxAvailable() ? null : 'nginx'].filter((m) => m !== null);
  if (missing.length > 0) {
    process.stderr.write(`Thiếu gói / missing Debian packages: ${missing.join(', ')} (apt-get install ${missing.join(' ')})\n`);
    process.exit(2);
  }
  const dir = values.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'khien-cluster-'));
  const database = `khien_cluster_${Date.now().toString(36)}`;
  const cluster = await startCluster({
    dir,
    pgUrl: pgServerUrl(),
    database,
    keepDatabase: values.keep,
    nodes: Number(values.nodes),
    natsServers: Number(values.nats),
    basePort: Number(values['base-port']),
    persons: Number(values.persons),
    staff: Number(values.staff),
    log: (l) => process.stdout.write(`${l}\n`),
  });
  const lines = [
    '',
    `Khiên (${cluster.nodes.length} nút / nodes) qua nginx / through nginx: ${cluster.url}/`,
    ...cluster.nodes.map((n) => `  ${n.id}: ${n.url} (log ${n.logPath})`),
    `  NATS_URL=${cluster.nats.url}`,
    `  DATABASE_URL=${cluster.databaseUrl}`,
    `  Thư mục / directory: ${dir}`,
    ...cluster.banner,
    '',
    'Ctrl-C để dừng / to stop.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    process.stdout.write('stopping…\n');
    await cluster.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  main().catch((err: unknown) => {
    process.stderr.write(`cluster failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
