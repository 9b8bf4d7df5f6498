import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runSeedCommand } from './seed-command.ts';

test('khien seed: loads into an empty registry, refuses a second load, --reset needs confirmation', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khien-seed-'));
  // This file runs in its own process: point the command's configuration at a scratch PGlite.
  delete process.env.DATABASE_URL;
  process.env.DATA_DIR = dir;
  const out: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  try {
    await runSeedCommand({ persons: '400', staff: '30', seed: '5' });
    assert.ok(out.some((l) => /400 persons, .* 30 staff, .*persons\/s/.test(l)), out.join(''));
    await assert.rejects(runSeedCommand({ persons: '400' }), /KHIEN_REGISTRY_NOT_EMPTY: .*400.* \/ .*--reset/);
    await runSeedCommand({ persons: '400', reset: true }); // stdin is not a terminal: cancelled
    assert.equal(process.exitCode, 1);
    process.exitCode = 0;
    await assert.rejects(runSeedCommand({ persons: '-3' }), /non-negative integer/);
  } finally {
    process.stdout.write = write;
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
