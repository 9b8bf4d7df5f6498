/**
 * Runs every benchmark, one process each (so one's memory and JIT state do not colour the next), prints a
 * summary of the targets, and after a full run regenerates docs/PERFORMANCE.md from bench/results/*.json.
 *
 *   npm run bench            full run: PostgreSQL (BENCH_DATABASE_URL / DATABASE_URL / local default),
 *                            1,000,000-person registry, the sizes of issue 7
 *   npm run bench:quick      smoke run (CI): small sizes, prints every table, asserts no timing
 *   npm run bench -- --only decisions,audit
 *   npm run bench -- --profile   also writes a CPU profile of each benchmark process (node --cpu-prof) under
 *                                $TMPDIR/khien-bench-profiles/<name>/; read them with bench/profile-top.ts
 *
 * Exits non-zero only when a benchmark crashed; a missed target or an unavailable subject is reported, not failed.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { QUICK, argValue } from './lib/env.ts';
import { readResult, renderTable, type Cell } from './lib/results.ts';

/** Benchmarks in run order: in-memory first, then those that load PostgreSQL. */
export const BENCHMARKS: readonly string[] = ['web-bundle', 'decisions', 'detection', 'bulk-load', 'audit', 'read-path', 'console-person', 'pgaudit', 'nodes', 'decision-service', 'fuzz'];

const PROFILE_DIR = process.argv.includes('--profile') ? path.join(os.tmpdir(), 'khien-bench-profiles') : null;

/**
 * Node options per benchmark: at 1,000,000 assignments casbin's links and role graph (about 6 million links)
 * and Cedar's entities need more than Node's default heap limit.
 */
const NODE_OPTIONS: Readonly<Record<string, readonly string[]>> = { decisions: ['--max-old-space-size=8192'] };

function runScript(file: string, args: readonly string[], profileAs?: string): Promise<number> {
  const prof = PROFILE_DIR && profileAs ? ['--cpu-prof', `--cpu-prof-dir=${path.join(PROFILE_DIR, profileAs)}`] : [];
  const opts = profileAs ? NODE_OPTIONS[profileAs] ?? [] : [];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...opts, ...prof, '--import', 'tsx', file, ...args], { stdio: 'inherit', env: process.env });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

const only = argValue('only')?.split(',').map((s) => s.trim()).filter(Boolean);
const chosen = only ? BENCHMARKS.filter((b) => only.includes(b)) : BENCHMARKS;
const mode = QUICK ? 'quick' : 'full';
const started = Date.now();
const codes = new Map<string, number>();
for (const name of chosen) {
  const t0 = Date.now();
  const code = await runScript(fileURLToPath(new URL(`./${name}.ts`, import.meta.url)), QUICK ? ['--quick'] : [], name);
  codes.set(name, code);
  process.stdout.write(`== ${name}: exit ${code} after ${((Date.now() - t0) / 1000).toFixed(1)} s\n\n`);
}

const rows: Cell[][] = [];
for (const name of chosen) {
  const r = readResult(name, mode);
  if (!r || codes.get(name) !== 0 && r.status !== 'not available') {
    rows.push([name, 'crashed', '', '', '']);
    continue;
  }
  if (r.targets.length === 0) rows.push([name, r.status, r.unavailable.join('; ') || '', '', '']);
  for (const t of r.targets) rows.push([name, r.status, t.name, t.measured, t.met === null ? 'not measured' : t.met ? 'met' : 'MISSED']);
}
process.stdout.write(renderTable({ title: `Summary (${mode} run, ${((Date.now() - started) / 1000).toFixed(0)} s)`, columns: ['benchmark', 'status', 'target', 'measured', 'result'], rows }));

if (!QUICK && !only) {
  const code = await runScript(fileURLToPath(new URL('./report.ts', import.meta.url)), []);
  codes.set('report', code);
}
if (PROFILE_DIR) process.stdout.write(`CPU profiles: ${PROFILE_DIR}/<benchmark>/ — npx tsx bench/profile-top.ts <dir>\n`);
const crashed = [...codes].filter(([, c]) => c !== 0).map(([n]) => n);
if (crashed.length > 0) {
  process.stdout.write(`crashed: ${crashed.join(', ')}\n`);
  process.exitCode = 1;
}
