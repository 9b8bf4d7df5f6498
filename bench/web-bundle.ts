/**
 * Initial JavaScript of the console (issue 12, Benchmarks): for the sign-in page and for the staff workspace
 * (the search page inside the shell), the chunks the browser loads before the page renders — the entry and
 * its static imports, plus the page's own chunk and its static imports (from Vite's manifest) — each gzipped
 * (level 9). Targets: sign-in ≤ 250 KB gzip; the insured person's portal (its own entry, portal.html) ≤ 150 KB. Builds web/dist first when it is missing or stale.
 *
 *   npx tsx bench/web-bundle.ts [--quick]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { QUICK } from './lib/env.ts';
import { machineFacts } from './lib/machine.ts';
import { publishResult, type Cell } from './lib/results.ts';

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'web', 'dist');
const started = new Date();
execFileSync('node', [path.join(ROOT, 'scripts', 'ensure-web.mjs')], { stdio: 'inherit' });
const manifest = JSON.parse(readFileSync(path.join(DIST, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;

/** The chunk keys a key loads before running: itself and its static imports, transitively. */
function closure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const k of manifest[key]?.imports ?? []) closure(k, seen);
  return seen;
}
const gz = new Map<string, { raw: number; gzip: number }>();
function size(key: string): { raw: number; gzip: number } {
  const file = manifest[key]!.file;
  if (!gz.has(file)) {
    const bytes = readFileSync(path.join(DIST, file));
    gz.set(file, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  return gz.get(file)!;
}

// Two entries since the insured person's portal (issue 14): the console's is index.html.
const entry = 'index.html';
const PAGES: ReadonlyArray<{ name: string; keys: string[] }> = [
  { name: 'sign-in', keys: [entry, 'src/pages/auth/SignInPage.tsx'] },
  { name: 'staff workspace (search)', keys: [entry, 'src/shell/AppShell.tsx', 'src/pages/staff/SearchPage.tsx'] },
  { name: 'insured person portal', keys: ['portal.html'] },
];
const rows: Cell[][] = [];
const totals: Record<string, number> = {};
for (const p of PAGES) {
  const keys = new Set<string>();
  for (const k of p.keys) for (const c of closure(k)) keys.add(c);
  let total = 0;
  for (const k of [...keys].sort((a, b) => size(b).gzip - size(a).gzip)) {
    const s = size(k);
    total += s.gzip;
    rows.push([p.name, manifest[k]!.file.replace(/^assets\//, ''), Math.round(s.raw / 102.4) / 10, Math.round(s.gzip / 102.4) / 10]);
  }
  rows.push([p.name, `total (${keys.size} chunks)`, null, Math.round(total / 102.4) / 10]);
  totals[p.name] = total;
}
const signinKb = totals['sign-in']! / 1024;
const portalKb = totals['insured person portal']! / 1024;
publishResult({
  name: 'web-bundle',
  title: 'Console initial JavaScript',
  mode: QUICK ? 'quick' : 'full',
  status: 'ok',
  unavailable: [],
  machine: await machineFacts(null),
  startedAt: started.toISOString(),
  durationSeconds: (Date.now() - started.getTime()) / 1000,
  reproduce: 'npx tsx bench/web-bundle.ts',
  targets: [
    { name: 'sign-in initial JS', target: '<= 250 KB gzip', measured: `${signinKb.toFixed(1)} KB gzip`, met: signinKb <= 250 },
    { name: 'portal initial JS (issue 14)', target: '<= 150 KB gzip', measured: `${portalKb.toFixed(1)} KB gzip`, met: portalKb <= 150 },
  ],
  tables: [{ title: 'Initial JavaScript per page and chunk (KB; gzip level 9)', columns: ['page', 'chunk', 'raw KB', 'gzip KB'], rows }],
  data: Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, v])),
  notes: ['The person page and the unit-head pages are their own chunks, loaded on navigation; Ant Design components are split per page.'],
});
