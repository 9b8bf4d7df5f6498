/**
 * Starts Khiên: validates the configuration, opens the database (PostgreSQL or the embedded PGlite),
 * applies migrations, loads demo data in demo mode, listens, and prints where to go and how to sign in.
 */
import fs from 'node:fs';
import { ConfigError, loadConfig, type Config } from './platform/config.ts';
import { readOrCreateSecret } from './platform/demo-secrets.ts';
import { openDatabase } from './db/client.ts';
import { buildApp } from './app/build-app.ts';
import { prepareDemoAccounts, prepareDemoData } from './app/demo.ts';

async function start(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  fs.mkdirSync(config.dataDir, { recursive: true });
  if (config.mode === 'demo' && !config.cookieSecret) {
    config = Object.freeze({ ...config, cookieSecret: readOrCreateSecret(config.dataDir, 'cookie-secret') });
  }
  const where = config.databaseUrl ? 'PostgreSQL' : `PGlite (${config.dataDir})`;
  process.stdout.write(`Khiên: mở cơ sở dữ liệu / opening database: ${where}\n`);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, role: 'server' });
  await database.migrate();
  if (config.mode === 'demo') await prepareDemoData(database, config, (line) => process.stdout.write(`${line}\n`));
  const app = await buildApp(config, { database });
  const banner = config.mode === 'demo' ? await prepareDemoAccounts(app) : [];
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    try {
      await app.close();
      await database.close();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  const lines = [
    '',
    `Khiên đang chạy / is running: ${config.publicUrl}`,
    `  Trang chủ / Home:            ${config.publicUrl}/`,
    `  Tài liệu API / API explorer: ${config.publicUrl}/docs`,
    `  Tình trạng / Health:         ${config.publicUrl}/health`,
    ...banner,
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

start().catch((err: unknown) => {
  const name = err instanceof Error ? `${err.name}: ${err.message.split('\n')[0]}` : String(err);
  process.stderr.write(`Khiên không khởi động được / failed to start: ${name}\n`);
  process.exit(1);
});
