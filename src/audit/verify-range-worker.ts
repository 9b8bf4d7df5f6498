/**
 * Worker thread of the range-parallel verification: opens its own small `pg` pool (one connection streams the
 * range, one reads the stored Merkle nodes), checks its range (`verify-range.ts`) and posts progress messages
 * and then the result. It imports only `pg`, `pg-copy-streams` and the two audit files it needs, and runs as
 * JavaScript bundled once by `worker-bundle.ts`, so that it starts in milliseconds.
 */
import { parentPort, workerData } from 'node:worker_threads';
import pg from 'pg';
import { verifyRange, type RangeTask } from './verify-range.ts';

const { databaseUrl, task } = workerData as { databaseUrl: string; task: RangeTask };
const pool = new pg.Pool({ connectionString: databaseUrl, max: 2, application_name: 'khien-verify-worker' });
pool.on('error', () => {});
try {
  const result = await verifyRange(pool, task, (checked) => parentPort?.postMessage({ type: 'progress', checked }));
  parentPort?.postMessage({ type: 'result', result });
} catch (err) {
  parentPort?.postMessage({ type: 'error', message: err instanceof Error ? err.name : 'error' });
} finally {
  await pool.end();
}
