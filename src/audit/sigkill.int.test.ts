/**
 * Crash test: a child process appends under load and reports each acknowledged entry; it is killed with
 * SIGKILL mid-flight; after reopening, the chain verifies and every acknowledged entry is present.
 * PostgreSQL only: PGlite is in-process and in-memory in tests, so there is no separate server to survive.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createTestDatabase } from '../db/test-db.ts';
import { findEntry } from './audit.repo.ts';
import { verifyChain, formatVerifyReport } from './verify-chain.ts';
import { createAuditAppender } from './appender.ts';
import { makeAccessEvent } from './audit-test-helpers.ts';

test('after SIGKILL under load, the chain verifies and every acknowledged entry is present', async (t) => {
  if (!process.env.DATABASE_URL) {
    t.skip('SIGKILL test needs PostgreSQL (set DATABASE_URL); skipped on in-memory PGlite');
    return;
  }
  const handle = await createTestDatabase();
  try {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./sigkill-child.ts', import.meta.url)), handle.url!], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const acked = new Map<number, string>();
    let buffer = '';
    const killedAt = new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const line of lines) {
          const m = /^ack (\d+) (\S+)$/.exec(line);
          if (m) acked.set(Number(m[1]), m[2]!);
        }
        if (acked.size >= 3000 && !child.killed) child.kill('SIGKILL');
      });
      child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`child exited ${code} ${signal}`))));
    });
    await killedAt;
    assert.ok(acked.size >= 3000);
    const report = await verifyChain(handle.db);
    assert.equal(report.ok, true, formatVerifyReport(report));
    assert.ok(report.size >= acked.size);
    const sample = [...acked.entries()];
    for (const [seq, id] of sample) {
      const e = await findEntry(handle.db, seq);
      assert.ok(e, `acknowledged entry ${seq} is present`);
      assert.equal(e.eventId, id);
    }
    // The log continues after the crash.
    const again = createAuditAppender({ db: handle.db });
    assert.equal((await again.append(makeAccessEvent())).seq, report.size + 1);
    await again.stop();
    assert.equal((await verifyChain(handle.db)).ok, true);
  } finally {
    await handle.close();
  }
});
