/**
 * Starts a worker thread whose code is TypeScript without paying tsx's start-up in the worker (1–2 s each,
 * which made the range-parallel verification slower than the sequential one below ~500,000 entries): at first
 * use in a process the worker's entry file and its relative imports are bundled with esbuild (the compiler tsx
 * itself runs on; packages stay external) into `node_modules/.cache/khien-workers/<name>-<content hash>.mjs`,
 * and the worker loads that JavaScript. The TypeScript stays the one source: the bundle is rebuilt from it in
 * each process (tens of milliseconds) and a changed source gives a new file name. If esbuild or the cache
 * directory is unavailable, the worker loads the TypeScript through tsx's API as before.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** Inside the project, so that the bundle's bare imports (`pg`, …) resolve to the project's packages. */
const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/khien-workers/', import.meta.url));
const bundles = new Map<string, Promise<string | null>>();

async function bundle(entry: string): Promise<string | null> {
  try {
    const esbuild = await import('esbuild');
    const out = await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', write: false, logLevel: 'silent' });
    const code = out.outputFiles[0]?.contents;
    if (!code) return null;
    const file = path.join(CACHE_DIR, `${path.basename(entry, '.ts')}-${crypto.hash('sha256', code, 'hex').slice(0, 16)}.mjs`);
    if (!fs.existsSync(file)) {
      fs.mkdirSync(CACHE_DIR, { recursive: true });
      // Written aside and renamed: another process starting the same worker never reads half a file.
      const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
      fs.writeFileSync(tmp, code);
      fs.renameSync(tmp, file);
    }
    return file;
  } catch {
    return null;
  }
}

/**
 * The JavaScript file a worker entry is bundled into (built at the first call in a process).
 *
 * @param entryUrl - the worker's TypeScript entry (`new URL('./x.ts', import.meta.url)`)
 * @returns the bundle's path, or null when it cannot be built (the caller falls back to tsx)
 */
export function workerBundle(entryUrl: URL): Promise<string | null> {
  const entry = fileURLToPath(entryUrl);
  let p = bundles.get(entry);
  if (!p) {
    p = bundle(entry);
    bundles.set(entry, p);
  }
  return p;
}

/**
 * Starts a worker on a TypeScript entry: its bundle when it can be built, tsx otherwise.
 *
 * @param entryUrl - the worker's TypeScript entry
 * @param opts - worker options (`workerData`, …)
 * @returns the worker
 */
export async function startWorker(entryUrl: URL, opts: WorkerOptions): Promise<Worker> {
  const file = await workerBundle(entryUrl);
  if (file) return new Worker(pathToFileURL(file), opts);
  // Loader flags given to a worker's execArgv do not reach its module loader on Node 20: a two-line bootstrap
  // loads the entry through tsx's API instead.
  const api = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(entryUrl.href);
  return new Worker(`import(${api}).then((m) => m.tsImport(${entry}, ${entry}))`, { ...opts, eval: true });
}
