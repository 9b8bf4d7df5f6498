#!/usr/bin/env node
// Makes sure the console (web/) is installed and built, so that `npm install && npm start` serves it with no
// extra step: run by the root `postinstall` and `prestart`. Installs web/'s packages (npm registry only) when
// they are missing or older than web/package-lock.json, and builds web/dist when it is missing or older than
// any source file. Cheap when nothing changed (a few stat calls). KHIEN_SKIP_WEB=1 skips it; --force rebuilds.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const web = path.join(root, 'web');
const force = process.argv.includes('--force');
if (process.env.KHIEN_SKIP_WEB === '1' || !existsSync(path.join(web, 'package.json'))) process.exit(0);

const mtime = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0);
function newest(dir) {
  let max = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    max = Math.max(max, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return max;
}
function run(args) {
  const t0 = Date.now();
  console.log(`[web] npm ${args.join(' ')}`);
  const r = spawnSync('npm', args, { cwd: web, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`[web] npm ${args.join(' ')} failed (${r.status})`);
    process.exit(r.status ?? 1);
  }
  console.log(`[web] done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

const installed = path.join(web, 'node_modules', '.package-lock.json');
if (!existsSync(installed) || mtime(installed) < mtime(path.join(web, 'package-lock.json'))) run(['ci', '--no-audit', '--no-fund']);
const built = path.join(web, 'dist', 'index.html');
const sources = Math.max(newest(path.join(web, 'src')), mtime(path.join(web, 'index.html')), mtime(path.join(web, 'vite.config.ts')), mtime(path.join(web, 'package-lock.json')));
if (force || !existsSync(built) || mtime(built) < sources) run(['run', 'build']);
