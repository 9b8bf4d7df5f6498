/**
 * An open-loop, fixed-rate HTTP load client for POST requests (the decision-service benchmark): run as its own
 * process (`rate-client.ts <job.json>`), it sends `rate` requests per second for `seconds`, whatever the server's
 * answers, cycling through the job's bodies, and prints one JSON line of figures. Latency is measured from the
 * moment each request was due, not from when it went out, so a server that falls behind is charged for the
 * wait (no coordinated omission).
 */
import fs from 'node:fs';
import http from 'node:http';

/** The job. */
export interface RateJob {
  readonly url: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly bodies: readonly string[];
  readonly rate: number;
  readonly seconds: number;
  /** Requests sent before measuring (warm-up, not counted). */
  readonly warmup?: number;
}

/** What one job measured (milliseconds). */
export interface RateResult {
  readonly sent: number;
  readonly ok: number;
  readonly non2xx: number;
  readonly errors: number;
  /** Answers that were not 2xx, by HTTP status (0: no answer). */
  readonly failedStatuses: Readonly<Record<string, number>>;
  readonly achievedPerSec: number;
  readonly p50Ms: number;
  readonly p90Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

const pct = (sorted: number[], p: number): number => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN);

async function run(job: RateJob): Promise<RateResult> {
  const target = new URL(job.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const one = (body: string): Promise<number> =>
    new Promise((resolve) => {
      const req = http.request({ host: target.hostname, port: target.port, path: job.path, method: 'POST', agent, headers: { ...job.headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', () => resolve(0));
      req.end(body);
    });
  for (let i = 0; i < (job.warmup ?? 200); i++) await one(job.bodies[i % job.bodies.length] ?? '');
  const latencies: number[] = [];
  let ok = 0;
  let non2xx = 0;
  let errors = 0;
  const statuses: Record<string, number> = {};
  let sent = 0;
  const total = Math.round(job.rate * job.seconds);
  const interval = 1000 / job.rate;
  const start = performance.now();
  const pending: Promise<void>[] = [];
  await new Promise<void>((done) => {
    const tick = (): void => {
      const now = performance.now();
      while (sent < total && start + sent * interval <= now) {
        const due = start + sent * interval;
        const body = job.bodies[sent % job.bodies.length] ?? '';
        sent += 1;
        pending.push(one(body).then((status) => {
          latencies.push(performance.now() - due);
          if (status === 0) errors += 1;
          else if (status >= 200 && status < 300) ok += 1;
          else non2xx += 1;
          if (status < 200 || status >= 300) statuses[String(status)] = (statuses[String(status)] ?? 0) + 1;
        }));
      }
      if (sent >= total) done();
      else setTimeout(tick, Math.max(0, Math.min(interval, start + sent * interval - performance.now())));
    };
    tick();
  });
  await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const r = (n: number): number => Math.round(n * 100) / 100;
  return { sent, ok, non2xx, errors, failedStatuses: statuses, achievedPerSec: r(sent / elapsed), p50Ms: r(pct(latencies, 50)), p90Ms: r(pct(latencies, 90)), p99Ms: r(pct(latencies, 99)), maxMs: r(latencies.at(-1) ?? NaN) };
}

const jobFile = process.argv[2];
if (jobFile !== undefined) {
  const result = await run(JSON.parse(fs.readFileSync(jobFile, 'utf8')) as RateJob);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
