/**
 * One process per embedded data directory: the CLI refuses a directory a running server holds, in Vietnamese
 * and English with the holder's process id, and a lock left by a process that died is taken over.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCK_FILE, lockDataDir } from './data-dir-lock.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Starts a process that holds the directory's lock, as a running server does, and waits until it does. */
async function holder(dir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', `import('./src/db/data-dir-lock.ts').then((m) => { m.lockDataDir(${JSON.stringify(dir)}, 'server'); console.log('held'); setInterval(() => {}, 1000); })`], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (b: Buffer) => { if (b.toString().includes('held')) resolve(); });
    child.on('exit', (code) => reject(new Error(`holder exited ${String(code)}`)));
  });
  return child;
}

test('a data directory held by a running process is refused, by the library and by the CLI, with a clear message', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khien-lock-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const server = await holder(dir);
  try {
    assert.throws(() => lockDataDir(dir, 'cli'), (err: unknown) => {
      assert.equal((err as { code?: string }).code, 'KHIEN_DB_DATA_DIR_LOCKED');
      assert.match((err as Error).message, new RegExp(String(server.pid)));
      return true;
    });
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'auth', 'suspend', 'DEMOCB01', '--reason', 'thử'], {
      cwd: ROOT, env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '', KHIEN_MODE: 'demo' }, encoding: 'utf8', timeout: 60_000,
    });
    assert.equal(cli.status, 1, cli.stderr);
    assert.match(cli.stderr, /KHIEN_DB_DATA_DIR_LOCKED/);
    assert.match(cli.stderr, /đang được tiến trình \d+/);
    assert.match(cli.stderr, /held by process \d+/);
    assert.ok(!fs.existsSync(path.join(dir, 'pglite', 'PG_VERSION')), 'the CLI did not open the database');
  } finally {
    server.kill('SIGKILL');
    await new Promise((r) => server.once('exit', r));
  }
  // The holder died without closing: its lock is stale and is taken over, then released.
  assert.ok(fs.existsSync(path.join(dir, LOCK_FILE)));
  const lock = lockDataDir(dir, 'cli');
  assert.equal(JSON.parse(fs.readFileSync(lock.file, 'utf8')).pid, process.pid);
  assert.throws(() => lockDataDir(dir, 'cli'), { code: 'KHIEN_DB_DATA_DIR_LOCKED' }, 'not twice in one process either');
  lock.release();
  assert.ok(!fs.existsSync(path.join(dir, LOCK_FILE)));
});
