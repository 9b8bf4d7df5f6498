/**
 * The load generator of the read-path and nodes benchmarks, run as its own process so that it does not share an
 * event loop with the servers it measures. Two ways to drive it:
 *  - forked with an IPC channel (the read-path benchmark forks it once): each {@link LoadJob} the parent sends
 *    is answered with autocannon's figures ({@link LoadResult});
 *  - as a command, `load-client.ts <job.json>`: runs the job in the file and prints the figures as one JSON line.
 * Paths are taken in turn, so every request reads another person.
 */
import fs from 'node:fs';
import autocannon from 'autocannon';

/** The job a parent hands over. */
export interface LoadJob {
  readonly url: string;
  readonly connections: number;
  readonly seconds: number;
  readonly headers: Record<string, string>;
  /** Path i is `prefix + ids[i] + suffix`. */
  readonly prefix: string;
  readonly ids: readonly string[];
  readonly suffix: string;
}

/** What one job measured. */
export interface LoadResult {
  readonly requestsPerSec: number;
  readonly total: number;
  readonly p50Ms: number;
  readonly p90Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly meanMs: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  readonly ok2xx: number;
  readonly statusCodes: Record<string, number>;
}

async function runJob(job: LoadJob): Promise<LoadResult> {
  const paths = job.ids.map((id) => `${job.prefix}${id}${job.suffix}`);
  let i = 0;
  const result = await autocannon({
    url: job.url,
    connections: job.connections,
    duration: job.seconds,
    timeout: 10,
    headers: job.headers,
    requests: [
      {
        method: 'GET',
        setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }),
      },
    ],
  });
  return {
    requestsPerSec: result.requests.average,
    total: result.requests.total,
    p50Ms: result.latency.p50,
    p90Ms: result.latency.p90,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    meanMs: result.latency.mean,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    ok2xx: result['2xx'],
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([k, v]) => [k, v.count])),
  };
}

// As a forked child: run each job the parent sends, answer with its result (or its error), one at a time.
// As a command: run the job in the file named by argv[2] and print its result.
const jobFile = process.argv[2];
if (jobFile !== undefined && !process.send) {
  const result = await runJob(JSON.parse(fs.readFileSync(jobFile, 'utf8')) as LoadJob);
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else if (process.send) {
  const send = process.send.bind(process);
  process.on('message', (job: LoadJob) => {
    runJob(job).then(
      (result) => send({ ok: true, result }),
      (err: unknown) => send({ ok: false, error: err instanceof Error ? err.message : String(err) }),
    );
  });
  process.on('disconnect', () => process.exit(0));
}
