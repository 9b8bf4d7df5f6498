import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase } from './db/test-db.ts';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runMain(env: NodeJS.ProcessEnv, untilHealthy: boolean): Promise<Run & { health?: unknown }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let health: unknown;
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timeout; stdout=${stdout} stderr=${stderr}`));
    }, 240_000);
    let polling: NodeJS.Timeout | undefined;
    if (untilHealthy) {
      polling = setInterval(async () => {
        try {
          const res = await fetch(`http://127.0.0.1:${env.PORT}/health`);
          if (res.status === 200) {
            health = await res.json();
            clearInterval(polling);
            child.kill('SIGTERM');
          }
        } catch {
          /* not up yet */
        }
      }, 250);
    }
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (polling) clearInterval(polling);
      resolve({ code, stdout, stderr, health });
    });
  });
}

test('a bad configuration value stops start-up with a clear bilingual message', async () => {
  const r = await runMain({ PORT: 'abc', LOG_LEVEL: 'loud', DATABASE_URL: '' }, false);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /PORT="abc"/);
  assert.match(r.stderr, /LOG_LEVEL/);
  assert.match(r.stderr, /Invalid configuration/);
  assert.match(r.stderr, /Cấu hình không hợp lệ/);
});

test('the server boots on the configured database, answers /health, prints how to sign in, and stops on SIGTERM', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'khien-boot-'));
  const db = process.env.DATABASE_URL ? await createTestDatabase() : null;
  try {
    const port = String(20_000 + Math.floor(Math.random() * 20_000));
    const r = await runMain(
      { PORT: port, DATA_DIR: dataDir, SEED_PERSONS: '300', SEED_STAFF: '40', DATABASE_URL: db?.url ?? '' },
      true,
    );
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.health, 'health answered');
    assert.equal((r.health as { status: string }).status, 'ok');
    assert.match(r.stdout, new RegExp(`http://localhost:${port}`));
    assert.doesNotMatch(r.stdout + r.stderr, /\b\d{12}\b/, 'no personal identification number printed');
  } finally {
    await db?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
