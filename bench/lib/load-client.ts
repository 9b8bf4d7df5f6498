/**
 * The load generator of the read-path benchmark, run as its own process so that it does not share an event
 * loop with the servers it measures. Reads a JSON job from the file named in argv[2] and prints autocannon's
 * result as one JSON line on stdout. Paths are taken in turn, so every request reads another person.
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

const job = JSON.parse(fs.readFileSync(process.argv[2] ?? '', 'utf8')) as LoadJob;
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
process.stdout.write(`${JSON.stringify({
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
})}\n`);
