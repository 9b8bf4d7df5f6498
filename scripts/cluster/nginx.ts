/**
 * Debian's nginx in front of the Khiên nodes: the configuration, run by `scripts/nginx/start-nginx.ts` (its own
 * prefix directory, in the foreground as a child process, never the system service). Reads are retried on the next node when a
 * node refuses the connection or fails (`proxy_next_upstream` for idempotent methods only, nginx's default
 * for POST); a node failing three times in two seconds is left out of the rotation for two seconds.
 */
import path from 'node:path';
import { startNginx, type NginxProcess } from '../nginx/start-nginx.ts';

/** The cluster's nginx: reloads take the nodes' ports. */
export interface ClusterNginx extends Omit<NginxProcess, 'reload'> {
  /** Rewrites the upstream list and reloads (graceful: open requests finish on the old workers). */
  reload(upstreams: readonly number[]): Promise<void>;
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
 * Starts nginx in front of the nodes.
 *
 * @param dir - prefix directory (created)
 * @param port - listening port
 * @param upstreams - the nodes' ports
 * @returns the handle once it answers
 * @throws when the configuration is refused or nginx does not come up within 10 s
 */
export async function startClusterNginx(dir: string, port: number, upstreams: readonly number[]): Promise<ClusterNginx> {
  const nginx = await startNginx({ dir, listen: `127.0.0.1:${port}`, config: nginxConfig(dir, port, upstreams) });
  return { ...nginx, reload: (next) => nginx.reload(nginxConfig(dir, port, next)) };
}
