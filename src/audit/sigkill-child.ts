/**
 * Child process of the SIGKILL test (not a test itself): appends under load to the database at argv[2] and
 * prints `ack <seq> <event id>` for each append acknowledged (i.e. committed), until it is killed.
 */
import { openDatabase } from '../db/client.ts';
import { createAuditAppender } from './appender.ts';
import { makeAccessEvent } from './audit-test-helpers.ts';

const url = process.argv[2];
if (!url) throw new Error('usage: sigkill-child <database url>');
const handle = await openDatabase({ databaseUrl: url, poolSize: 4 });
const appender = createAuditAppender({ db: handle.db });
await appender.recover();
process.stdout.write('ready\n');
const worker = async (): Promise<void> => {
  for (;;) {
    const e = makeAccessEvent();
    const r = await appender.append(e);
    process.stdout.write(`ack ${r.seq} ${e.id}\n`);
  }
};
await Promise.all(Array.from({ length: 32 }, worker));
