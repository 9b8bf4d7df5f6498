/**
 * Debian's nginx in front of the Khiên nodes: its own prefix directory, configuration, pid and logs, run in
 * the foreground as a child process (never the system service). Reads are retried on the next node when a
 * node refuses the connection or fails (`proxy_next_upstream` for idempotent methods only, nginx's default
 * for POST); a node failing three times in two seconds is left out of the rotation for two seconds.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Path of the nginx binary (Debian package `nginx`). */
export const NGINX_BIN = process.env.NGINX_BIN ?? '/usr/sbin/nginx';

/** Whether nginx can be run here. */
export function nginxAvailable(): boolean {
  return fs.existsSync(NGINX_BIN) && spawnSync(NGINX_BIN, ['-v'], { stdio: 'ignore' }).status === 0;
}

/** A running nginx. */
export interface NginxHandle {
  readonly url: string;
  readonly configPath: string;
  /** Rewrites the upstream list and reloads (graceful: open requests finish on the old workers). */
  reload(upstreams: readonly number[]): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Writes the configuration for the upstream ports.
 *
 * @param dir - the prefix directory
 * @param port - where nginx listens
 * @param upstreams - the nodes' ports
 * @returns the configuration text
 */
export function nginxConfig(dir: string, port: number, upstreams: readonly number[]): string {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${path.join(dir, `${t}_temp`)};`).join('\n');
  const runAsRoot = process.getuid?.() === 0 ? 'user root root;\n' : '';
  return `# Written by scripts/cluster: three Khiên nodes behind one nginx.
${runAsRoot}worker_processes 1;
error_log ${path.join(dir, 'error.log')} warn;
pid ${path.join(dir, 'nginx.pid')};
events { worker_connections 4096; }
http {
  access_log off;
${temp}
  upstream khien {
${upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=3 fail_timeout=2s;`).join('\n')}
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://khien;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 3;
      proxy_connect_timeout 1s;
      proxy_read_timeout 30s;
    }
  }
}
`;
}

/**
 * Starts nginx.
 *
 * @param dir - prefix directory (created)
 * @param port - listening port
 * @param upstreams - the nodes' ports
 * @returns the handle once it answers
 * @throws when the configuration is refused or nginx does not come up within 10 s
 */
export async function startNginx(dir: string, port: number, upstreams: readonly number[]): Promise<NginxHandle> {
  fs.mkdirSync(dir, { recursive: true });
  const configPath = path.join(dir, 'nginx.conf');
  fs.writeFileSync(configPath, nginxConfig(dir, port, upstreams));
  const check = spawnSync(NGINX_BIN, ['-t', '-p', dir, '-c', configPath], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx refused its configuration: ${check.stderr}`);
  const log = fs.openSync(path.join(dir, 'nginx.out'), 'a');
  const child: ChildProcess = spawn(NGINX_BIN, ['-p', dir, '-c', configPath, '-g', 'daemon off;'], { stdio: ['ignore', log, log] });
  fs.closeSync(log);
  let exited = false;
  const done = new Promise<void>((r) => child.once('exit', () => {
    exited = true;
    r();
  }));
  const url = `http://127.0.0.1:${port}`;
  const end = Date.now() + 10_000;
  for (;;) {
    const ok = await fetch(`${url}/`, { signal: AbortSignal.timeout(1_000) }).then(() => true, () => false);
    if (ok) break;
    if (exited || Date.now() > end) {
      child.kill('SIGKILL');
      throw new Error(`nginx did not start (see ${dir}/error.log)`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    configPath,
    async reload(next) {
      fs.writeFileSync(configPath, nginxConfig(dir, port, next));
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
