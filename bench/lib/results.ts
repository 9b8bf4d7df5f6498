/**
 * Results of one benchmark: printed as a table and written as JSON with stable keys to
 * `bench/results/<name>.json` (full run) or `bench/results/quick/<name>.json` (quick run), so that the
 * committed full figures are not overwritten by a smoke run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MachineFacts } from './machine.ts';

/** Folder of the committed results. */
export const RESULTS_DIR = fileURLToPath(new URL('../results', import.meta.url));

/** A cell of a table: numbers are printed with thousands separators, null as "n/a". */
export type Cell = string | number | null;

/** One printed table. */
export interface ResultTable {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/** One target of the issue and whether this run met it. */
export interface TargetCheck {
  readonly name: string;
  /** The target as written in the issue, e.g. ">= 0.8 x unprotected". */
  readonly target: string;
  /** What this run measured, in words and numbers. */
  readonly measured: string;
  /** true met, false missed, null not measured (module unavailable, quick run…). */
  readonly met: boolean | null;
  /**
   * What the target is measured against, and what the same run measured of it: the twin or third-party
   * engine, and the floor this machine allows where one is measured (e.g. "floor 0.66 x raw read").
   */
  readonly baseline?: string;
}

/** Overall state of a benchmark run. */
export type BenchStatus = 'ok' | 'partial' | 'not available';

/** The JSON document of one benchmark. */
export interface BenchResult {
  readonly name: string;
  readonly title: string;
  readonly mode: 'full' | 'quick';
  readonly status: BenchStatus;
  /** Reasons for `partial` / `not available`. */
  readonly unavailable: readonly string[];
  readonly machine: MachineFacts;
  readonly startedAt: string;
  readonly durationSeconds: number;
  readonly reproduce: string;
  readonly targets: readonly TargetCheck[];
  readonly tables: readonly ResultTable[];
  /** Benchmark-specific figures (numbers, stable keys). */
  readonly data: Record<string, unknown>;
  readonly notes: readonly string[];
}

/**
 * Formats a cell for printing.
 *
 * @param c - the cell
 * @returns its text
 */
export function formatCell(c: Cell): string {
  if (c === null) return 'n/a';
  if (typeof c === 'number') {
    if (!Number.isFinite(c)) return String(c);
    if (Number.isInteger(c)) return c.toLocaleString('en-US');
    const abs = Math.abs(c);
    const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
    return c.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  }
  return c;
}

/**
 * Renders a table as aligned plain text.
 *
 * @param t - the table
 * @returns the text, ending with a newline
 */
export function renderTable(t: ResultTable): string {
  const cells = t.rows.map((r) => r.map(formatCell));
  const widths = t.columns.map((c, i) => Math.max(c.length, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (vals: readonly string[]): string =>
    vals.map((v, i) => (i === 0 ? v.padEnd(widths[i] ?? 0) : v.padStart(widths[i] ?? 0))).join('  ');
  const out = [`\n${t.title}`, line(t.columns), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)];
  return `${out.join('\n')}\n`;
}

/**
 * Prints the tables and targets, and writes the JSON document.
 *
 * @param result - the result
 * @returns the path written
 */
export function publishResult(result: BenchResult): string {
  for (const t of result.tables) process.stdout.write(renderTable(t));
  if (result.targets.length > 0) {
    process.stdout.write(
      renderTable({
        title: `${result.title}: targets`,
        columns: ['target', 'wanted', 'against', 'measured', 'met'],
        rows: result.targets.map((t) => [t.name, t.target, t.baseline ?? '', t.measured, t.met === null ? 'not measured' : t.met ? 'yes' : 'NO']),
      }),
    );
  }
  for (const u of result.unavailable) process.stdout.write(`not available: ${u}\n`);
  for (const n of result.notes) process.stdout.write(`note: ${n}\n`);
  const dir = result.mode === 'quick' ? path.join(RESULTS_DIR, 'quick') : RESULTS_DIR;
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${result.name}.json`);
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
  return file;
}

/**
 * Reads a written result, if any.
 *
 * @param name - benchmark name
 * @param mode - full or quick
 * @returns the document, or null
 */
export function readResult(name: string, mode: 'full' | 'quick'): BenchResult | null {
  const file = path.join(mode === 'quick' ? path.join(RESULTS_DIR, 'quick') : RESULTS_DIR, `${name}.json`);
  if (!fs.existsSync(file)) return null;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as BenchResult;
}
