/**
 * Configuration, read from the environment once at start-up, validated against a schema and frozen.
 *
 * Only `http/` and `cli/` call {@link loadConfig}; everything else receives the frozen object.
 * A bad value stops start-up with a readable list of every problem (STYLE.md rule 21).
 */
import os from 'node:os';
import path from 'node:path';
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

const LogLevel = Type.Union(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)));

const LOCAL_HOSTS = new Set(['127.0.0.1', '0.0.0.0', '::', '::1', 'localhost']);

/** The validated configuration schema. */
export const ConfigSchema = Type.Object({
  port: Type.Integer({ minimum: 0, maximum: 65535 }),
  host: Type.String({ minLength: 1 }),
  databaseUrl: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  dataDir: Type.String({ minLength: 1 }),
  logLevel: LogLevel,
  mode: Type.Union([Type.Literal('demo'), Type.Literal('production')]),
  publicUrl: Type.String({ pattern: '^https?://' }),
  seedPersons: Type.Integer({ minimum: 0, maximum: 100_000_000 }),
  seedStaff: Type.Integer({ minimum: 0, maximum: 100_000 }),
  seed: Type.Integer({ minimum: 0 }),
  /** Base64 of a 32-byte Ed25519 seed for audit checkpoints; generated into dataDir in demo mode. */
  auditSigningKey: Type.Optional(Type.String({ minLength: 40 })),
  /** Secret for signing cookies; generated into dataDir in demo mode. */
  cookieSecret: Type.Optional(Type.String({ minLength: 32 })),
  /** Whether cookies carry the Secure flag (true unless explicitly disabled for plain-HTTP local demo). */
  secureCookies: Type.Boolean(),
  /** Seconds between automatic audit checkpoints. */
  checkpointIntervalSeconds: Type.Integer({ minimum: 1 }),
  /** Syslog listener for ingestion (0 = off). */
  syslogPort: Type.Integer({ minimum: 0, maximum: 65535 }),
  /** CEF collector for SOC export, host:port, optional. */
  socSyslogTarget: Type.Optional(Type.String({ pattern: '^[^:]+:[0-9]+$' })),
  /**
   * NATS servers of the event stream (comma-separated `nats://host:port`). Unset: the embedded in-process bus
   * (one node). Set: events go to JetStream and detection runs in partition workers (docs/SCALING.md).
   */
  natsUrl: Type.Optional(Type.String({ pattern: '^nats://[^\\s,]+(,nats://[^\\s,]+)*$' })),
  /**
   * Redis shared by the nodes for API-key rate limits (`REDIS_URL`, `redis://host:port`). Unset: each node
   * counts in memory (one node).
   */
  redisUrl: Type.Optional(Type.String({ pattern: '^rediss?://\\S+$' })),
  /** Partitions per family of the event stream; the same on every node (checked against the stream). */
  natsPartitions: Type.Integer({ minimum: 1, maximum: 256 }),
  /** Replicas of the JetStream streams and buckets (1, 3 or 5; at most the number of NATS servers). */
  natsReplicas: Type.Union([Type.Literal(1), Type.Literal(3), Type.Literal(5)]),
  /** Whether this node runs detector partition workers and may hold the alert writer (NATS mode). */
  detectWorkers: Type.Boolean(),
  /**
   * Detection rules whose alerts suspend the account at once (`DETECT_SUSPEND_RULES`, comma-separated rule
   * ids, e.g. `KHIEN-R019,KHIEN-R021,KHIEN-R015`). Unset: the shipped high-confidence list (docs/DETECTION.md).
   */
  detectSuspendRules: Type.Optional(Type.Array(Type.String({ pattern: '^KHIEN-R[0-9]{3}$' }), { maxItems: 64 })),
  /**
   * This node's id among the Khiên nodes sharing one database and event stream (`KHIEN_NODE_ID`; letters,
   * digits, `.`, `_`, `-`): the holder named in the stream's leases. Unset: host name and port.
   */
  nodeId: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9._-]{1,64}$' })),
  /**
   * Citizen sign-in (OpenID Connect, VNeID in production) as given in the environment; validated in depth by
   * `citizen/citizen-config.ts` at start-up.
   */
  citizenOidc: Type.Object({
    issuer: Type.Optional(Type.String()),
    clientId: Type.Optional(Type.String()),
    clientSecret: Type.Optional(Type.String()),
    pidClaim: Type.Optional(Type.String()),
    sessionTtlSeconds: Type.Optional(Type.String()),
  }),
});

/** The frozen configuration every module receives. */
export type Config = Readonly<Static<typeof ConfigSchema>>;

/** Thrown when the environment holds invalid values; `problems` lists every one. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Cấu hình không hợp lệ / Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

const ENV_NAMES: Record<keyof Static<typeof ConfigSchema>, string> = {
  port: 'PORT',
  host: 'HOST',
  databaseUrl: 'DATABASE_URL',
  dataDir: 'DATA_DIR',
  logLevel: 'LOG_LEVEL',
  mode: 'KHIEN_MODE',
  publicUrl: 'PUBLIC_URL',
  seedPersons: 'SEED_PERSONS',
  seedStaff: 'SEED_STAFF',
  seed: 'SEED',
  auditSigningKey: 'AUDIT_SIGNING_KEY',
  cookieSecret: 'COOKIE_SECRET',
  secureCookies: 'SECURE_COOKIES',
  checkpointIntervalSeconds: 'CHECKPOINT_INTERVAL_SECONDS',
  syslogPort: 'SYSLOG_PORT',
  socSyslogTarget: 'SOC_SYSLOG_TARGET',
  natsUrl: 'NATS_URL',
  redisUrl: 'REDIS_URL',
  natsPartitions: 'NATS_PARTITIONS',
  natsReplicas: 'NATS_REPLICAS',
  detectWorkers: 'DETECT_WORKERS',
  detectSuspendRules: 'DETECT_SUSPEND_RULES',
  nodeId: 'KHIEN_NODE_ID',
  citizenOidc: 'CITIZEN_OIDC_*',
};

/** Environment variable name for each setting (for docs and error messages). */
export const envNames: Readonly<typeof ENV_NAMES> = Object.freeze(ENV_NAMES);

function toInt(raw: string | undefined, fallback: number, name: string, problems: string[]): number {
  if (raw === undefined || raw === '') return fallback;
  if (!/^-?\d+$/.test(raw.trim())) {
    problems.push(`${name}="${raw}" phải là số nguyên / must be an integer`);
    return fallback;
  }
  return Number(raw.trim());
}

function toBool(raw: string | undefined, fallback: boolean, name: string, problems: string[]): boolean {
  if (raw === undefined || raw === '') return fallback;
  const v = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  problems.push(`${name}="${raw}" phải là true/false / must be true or false`);
  return fallback;
}

/**
 * Reads and validates the configuration.
 *
 * @param env - the environment (defaults to `process.env`)
 * @param overrides - values that win over the environment (tests, CLI flags)
 * @returns the deep-frozen configuration
 * @throws ConfigError listing every invalid value
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const problems: string[] = [];
  const port = toInt(env.PORT, 3000, 'PORT', problems);
  const host = env.HOST?.trim() || '127.0.0.1';
  const candidate = {
    port,
    host,
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    dataDir: path.resolve(env.DATA_DIR?.trim() || './data'),
    logLevel: (env.LOG_LEVEL?.trim() || 'info'),
    mode: (env.KHIEN_MODE?.trim() || 'demo') as Static<typeof ConfigSchema>['mode'],
    // Loopback and wildcard binds are announced as `localhost`: browsers and curl keep Secure cookies there.
    publicUrl: env.PUBLIC_URL?.trim() || `http://${LOCAL_HOSTS.has(host) ? 'localhost' : host}:${port}`,
    seedPersons: toInt(env.SEED_PERSONS, 20_000, 'SEED_PERSONS', problems),
    seedStaff: toInt(env.SEED_STAFF, 500, 'SEED_STAFF', problems),
    seed: toInt(env.SEED, 20_260_101, 'SEED', problems),
    auditSigningKey: env.AUDIT_SIGNING_KEY?.trim() || undefined,
    cookieSecret: env.COOKIE_SECRET?.trim() || undefined,
    secureCookies: toBool(env.SECURE_COOKIES, true, 'SECURE_COOKIES', problems),
    checkpointIntervalSeconds: toInt(env.CHECKPOINT_INTERVAL_SECONDS, 300, 'CHECKPOINT_INTERVAL_SECONDS', problems),
    syslogPort: toInt(env.SYSLOG_PORT, 0, 'SYSLOG_PORT', problems),
    socSyslogTarget: env.SOC_SYSLOG_TARGET?.trim() || undefined,
    natsUrl: env.NATS_URL?.trim() || undefined,
    redisUrl: env.REDIS_URL?.trim() || undefined,
    natsPartitions: toInt(env.NATS_PARTITIONS, 8, 'NATS_PARTITIONS', problems),
    natsReplicas: toInt(env.NATS_REPLICAS, 1, 'NATS_REPLICAS', problems),
    detectWorkers: toBool(env.DETECT_WORKERS, true, 'DETECT_WORKERS', problems),
    detectSuspendRules: env.DETECT_SUSPEND_RULES?.trim() ? env.DETECT_SUSPEND_RULES.split(',').map((r) => r.trim()).filter((r) => r.length > 0) : undefined,
    nodeId: env.KHIEN_NODE_ID?.trim() || undefined,
    citizenOidc: {
      issuer: env.CITIZEN_OIDC_ISSUER,
      clientId: env.CITIZEN_OIDC_CLIENT_ID,
      clientSecret: env.CITIZEN_OIDC_CLIENT_SECRET,
      pidClaim: env.CITIZEN_OIDC_PID_CLAIM,
      sessionTtlSeconds: env.CITIZEN_SESSION_TTL_SECONDS,
    },
    ...overrides,
  };
  for (const key of Object.keys(candidate) as Array<keyof typeof candidate>) {
    if (candidate[key] === undefined) delete candidate[key];
  }
  for (const e of Value.Errors(ConfigSchema, candidate)) {
    const key = e.path.replace(/^\//, '') as keyof typeof ENV_NAMES;
    const name = ENV_NAMES[key] ?? key;
    const value = (candidate as Record<string, unknown>)[key];
    const shown = key === 'auditSigningKey' || key === 'cookieSecret' || key === 'citizenOidc' || key === 'redisUrl' ? '(hidden)' : JSON.stringify(value);
    problems.push(`${name}=${shown}: ${e.message}`);
  }
  if (candidate.auditSigningKey !== undefined && !isSeed32Base64(candidate.auditSigningKey)) {
    problems.push('AUDIT_SIGNING_KEY=(hidden): phải là base64 của 32 byte / must be base64 of a 32-byte Ed25519 seed');
  }
  if (candidate.mode === 'production') {
    if (!candidate.databaseUrl) problems.push('DATABASE_URL: bắt buộc ở chế độ production / required in production mode');
    if (!candidate.auditSigningKey) problems.push('AUDIT_SIGNING_KEY: bắt buộc ở chế độ production / required in production mode');
    if (!candidate.cookieSecret) problems.push('COOKIE_SECRET: bắt buộc ở chế độ production / required in production mode');
  }
  if (problems.length > 0) throw new ConfigError([...new Set(problems)]);
  return deepFreeze(candidate as Config);
}

/**
 * Whether a text is canonical base64 of exactly 32 bytes (an Ed25519 seed), as `audit/signing-key.ts` needs it.
 *
 * @param text - the configured value
 * @returns true when it decodes to 32 bytes and nothing is lost or ignored in decoding
 */
export function isSeed32Base64(text: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return false;
  const bytes = Buffer.from(text, 'base64');
  return bytes.length === 32 && bytes.toString('base64').replace(/=+$/, '') === text.replace(/=+$/, '');
}

/**
 * This node's name in the event stream's leases: `KHIEN_NODE_ID`, else host name and port.
 *
 * @param config - the configuration
 * @returns a name of letters, digits, `.`, `_` and `-`
 */
export function nodeNameOf(config: Pick<Config, 'nodeId' | 'port'>): string {
  return config.nodeId ?? `${os.hostname().replace(/[^A-Za-z0-9._-]/g, '-').slice(0, 50)}-${config.port}`;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
