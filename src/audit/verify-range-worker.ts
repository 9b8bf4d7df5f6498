/**
 * Worker thread of the range-parallel verification: opens its own connection, checks its range
 * (`verify-range.ts`) and posts progress messages and then the result.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/client.ts';
import { verifyRange, type RangeTask } from './verify-range.ts';

const { databaseUrl, task } = workerData as { databaseUrl: string; task: RangeTask };
const database = await openDatabase({ databaseUrl, poolSize: 2, role: 'verify-worker' });
try {
  const result = await verifyRange(database.db, task, (checked) => parentPort?.postMessage({ type: 'progress', checked }));
  parentPort?.postMessage({ type: 'result', result });
} catch (err) {
  parentPort?.postMessage({ type: 'error', message: err instanceof Error ? err.name : 'error' });
} finally {
  await database.close();
}
