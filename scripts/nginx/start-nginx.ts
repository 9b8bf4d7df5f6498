/**
 * Runs Debian's nginx for tests, benchmarks and demonstrations: a configuration text written into its own prefix
 * directory (with the pid and logs beside it), checked with `nginx -t`, then run in the foreground as a child
 * process (never the system service). Used by the cluster's load balancer (`scripts/cluster/nginx.ts`) and the
 * gateway (`scripts/gateway/gateway-nginx.ts`), which each write their own configuration.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Path of the nginx binary (Debian package `nginx`). */
export const NGINX_BIN = process.env.NGINX_BIN ?? '/usr/sbin/nginx';

/**
 * Whether nginx can be run here.
 *
 * @returns true when the binary exists and answers `-v`
 */
export function nginxAvailable(): boolean {
  return fs.existsSync(NGINX_BIN) && spawnSync(NGINX_BIN, ['-v'], { stdio: 'ignore' }).status === 0;
}

/** What {@link startNginx} needs. */
export interface StartNginxOptions {
  /** The prefix directory (created): configuration, pid, logs and temporary files. */
  readonly dir: string;
  /** The configuration text. */
  readonly config: string;
  /** `address:port` the configuration listens on (plain HTTP): where nginx is asked until it answers. */
  readonly listen: string;
  /** The configuration's file name in `dir` (default `nginx.conf`). */
  readonly fileName?: string;
}

/** A running nginx. */
export interface NginxProcess {
  /** `http://` + the listening address. */
  readonly url: string;
  readonly port: number;
  readonly dir: string;
  readonly configPath: string;
  /** Writes a new configuration and reloads (graceful: open requests finish on the old workers). */
  reload(config: string): Promise<void>;
  /** Graceful stop (SIGQUIT), SIGKILL after 5 s. */
  stop(): Promise<void>;
}

/**
 * Writes the configuration and starts nginx with it. The file is written readable by its owner only: a
 * configuration may hold a credential (the gateway's).
 *
 * @param opts - prefix directory, configuration text, listening address
 * @returns the handle once nginx answers on `listen`
 * @throws when nginx refuses the configuration or does not come up within 10 s
 */
export async function startNginx(opts: StartNginxOptions): Promise<NginxProcess> {
  const { dir } = opts;
  fs.mkdirSync(dir, { recursive: true });
  const configPath = path.join(dir, opts.fileName ?? 'nginx.conf');
  fs.writeFileSync(configPath, opts.config, { mode: 0o600 });
  const check = spawnSync(NGINX_BIN, ['-t', '-p', dir, '-c', configPath], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx refused ${configPath}: ${check.stderr}`);
  const log = fs.openSync(path.join(dir, 'nginx.out'), 'a');
  const child: ChildProcess = spawn(NGINX_BIN, ['-p', dir, '-c', configPath, '-g', 'daemon off;'], { stdio: ['ignore', log, log] });
  fs.closeSync(log);
  let exited = false;
  const done = new Promise<void>((r) => child.once('exit', () => {
    exited = true;
    r();
  }));
  const url = `http://${opts.listen}`;
  const end = Date.now() + 10_000;
  for (;;) {
    if (await fetch(`${url}/`, { signal: AbortSignal.timeout(1_000) }).then(() => true, () => false)) break;
    if (exited || Date.now() > end) {
      child.kill('SIGKILL');
      throw new Error(`nginx did not start (see ${dir}/error.log)`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    port: Number(new URL(url).port),
    dir,
    configPath,
    async reload(config) {
      fs.writeFileSync(configPath, config, { mode: 0o600 });
      const r = spawnSync(NGINX_BIN, ['-p', dir, '-c', configPath, '-s', 'reload'], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`nginx reload failed: ${r.stderr}`);
      // The new workers take over within moments; wait until the old ones have been asked to leave.
      await new Promise((res) => setTimeout(res, 500));
    },
    async stop() {
      if (exited) return;
      child.kill('SIGQUIT');
      const t = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await done;
      clearTimeout(t);
    },
  };
}
