/**
 * Renders the gateway's nginx configuration (`deploy/nginx/gateway.conf.template`) and runs Debian's nginx with
 * it on loopback for tests and demonstrations: its own prefix directory, configuration, pid and logs, in the
 * foreground as a child process (never the system service). As a script it prints the rendered file:
 *
 *   node --import tsx scripts/gateway/gateway-nginx.ts --prefix /var/lib/khien-gw --listen 127.0.0.1:8080 \
 *     --app 127.0.0.1:3100 --khien 127.0.0.1:3000 --credential-file /etc/khien/thu-cu.credential > gateway.conf
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startNginx, type NginxProcess } from '../nginx/start-nginx.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** The template and its pages. */
export const GATEWAY_DEPLOY_DIR = path.resolve(HERE, '../../deploy/nginx');

/** The values of the template's placeholders. */
export interface GatewayConfValues {
  readonly prefix: string;
  readonly listen: string;
  readonly appUpstream: string;
  readonly khienUpstream: string;
  readonly systemCredential: string;
  readonly pages?: string;
}

const ADDRESS = /^[A-Za-z0-9.[\]:-]+:[0-9]{1,5}$/;

/**
 * Fills the template's `{{NAME}}` placeholders.
 *
 * @param values - the placeholder values
 * @param template - the template text (default: the shipped one)
 * @returns the configuration
 * @throws when a value is malformed or a placeholder is left unfilled
 */
export function renderGatewayConf(values: GatewayConfValues, template = fs.readFileSync(path.join(GATEWAY_DEPLOY_DIR, 'gateway.conf.template'), 'utf8')): string {
  for (const [k, v] of [['listen', values.listen], ['appUpstream', values.appUpstream], ['khienUpstream', values.khienUpstream]] as const) {
    if (!ADDRESS.test(v)) throw new Error(`${k} must be address:port, got ${JSON.stringify(v)}`);
  }
  if (!/^khs_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/.test(values.systemCredential)) throw new Error('systemCredential is not a business-system credential (khs_…)');
  const map: Record<string, string> = {
    PREFIX: values.prefix, LISTEN: values.listen, APP_UPSTREAM: values.appUpstream, KHIEN_UPSTREAM: values.khienUpstream,
    SYSTEM_CREDENTIAL: values.systemCredential, PAGES: values.pages ?? GATEWAY_DEPLOY_DIR,
  };
  const out = template.replace(/\{\{([A-Z_]+)\}\}/g, (all, name: string) => {
    const v = map[name];
    if (v === undefined) throw new Error(`unknown placeholder ${all}`);
    return v;
  });
  // Under root (CI containers) the workers must be able to read the prefix directory.
  return process.getuid?.() === 0 ? `user root root;\n${out}` : out;
}

/** A running gateway nginx. */
export type GatewayNginx = NginxProcess;

/**
 * Renders the configuration into `dir` and starts nginx with it.
 *
 * @param dir - prefix directory (created)
 * @param values - placeholder values (`prefix` is `dir`)
 * @returns the handle once nginx answers
 * @throws when a value is malformed, nginx refuses the configuration or does not come up within 10 s
 */
export async function startGatewayNginx(dir: string, values: Omit<GatewayConfValues, 'prefix'>): Promise<GatewayNginx> {
  return startNginx({ dir, listen: values.listen, fileName: 'gateway.conf', config: renderGatewayConf({ ...values, prefix: dir }) });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name: string): string => {
    const i = process.argv.indexOf(`--${name}`);
    const v = i >= 0 ? process.argv[i + 1] : undefined;
    if (!v) throw new Error(`--${name} is required`);
    return v;
  };
  process.stdout.write(renderGatewayConf({
    prefix: arg('prefix'), listen: arg('listen'), appUpstream: arg('app'), khienUpstream: arg('khien'),
    systemCredential: fs.readFileSync(arg('credential-file'), 'utf8').trim(),
  }));
}
