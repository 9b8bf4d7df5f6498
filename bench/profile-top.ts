/**
 * Prints where a CPU profile spent its time: the functions with the most self time, and the same grouped by
 * source file, from a `.cpuprofile` written by `node --cpu-prof` (or `npm run bench -- --profile`).
 *
 * Run: `npx tsx bench/profile-top.ts <file.cpuprofile | directory> [rows]`
 */
import fs from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}
interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/**
 * Self time per function and per file of a profile.
 *
 * @param file - a .cpuprofile
 * @returns total microseconds and the two rankings
 */
export function summariseProfile(file: string): { totalUs: number; byFunction: Array<[string, number]>; byFile: Array<[string, number]> } {
  const p = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const fn = new Map<string, number>();
  const files = new Map<string, number>();
  let totalUs = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const dt = p.timeDeltas[i] ?? 0;
    totalUs += dt;
    const sample = p.samples[i];
    const n = sample === undefined ? undefined : byId.get(sample);
    if (!n) continue;
    const short = n.callFrame.url.replace(/^file:\/\//, '').split('/').slice(-2).join('/');
    const key = `${n.callFrame.functionName || '(anonymous)'} ${short}${short ? `:${n.callFrame.lineNumber + 1}` : ''}`;
    fn.set(key, (fn.get(key) ?? 0) + dt);
    const url = n.callFrame.url;
    const group = url === '' ? n.callFrame.functionName || '(native)' : url.includes('/node_modules/') ? `node_modules/${url.split('/node_modules/')[1]?.split('/')[0] ?? ''}` : url.includes('/src/') ? `src/${url.split('/src/')[1]}` : url.startsWith('node:') ? 'node internals' : short;
    files.set(group, (files.get(group) ?? 0) + dt);
  }
  const rank = (m: Map<string, number>): Array<[string, number]> => [...m].sort((a, b) => b[1] - a[1]);
  return { totalUs, byFunction: rank(fn), byFile: rank(files) };
}

const target = process.argv[2];
if (target && import.meta.url === `file://${process.argv[1]}`) {
  const rows = Number(process.argv[3] ?? 20);
  const files = fs.statSync(target).isDirectory()
    ? fs.readdirSync(target).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(target, f))
    : [target];
  for (const f of files) {
    const s = summariseProfile(f);
    const pct = (us: number): string => `${((100 * us) / s.totalUs).toFixed(1).padStart(5)}%`;
    // A profile named `…-<n>req.cpuprofile` (bench/read-path.ts with BENCH_READ_PROFILE) also gets µs per request.
    const requests = Number(/-(\d+)req\.cpuprofile$/.exec(f)?.[1] ?? 0);
    const idle = s.byFile.find(([k]) => k === '(idle)')?.[1] ?? 0;
    const perReq = (us: number): string => (requests > 0 ? `${(us / requests).toFixed(1).padStart(7)} µs/req  ` : '');
    process.stdout.write(`\n${f}: ${(s.totalUs / 1e6).toFixed(1)} s sampled, ${((s.totalUs - idle) / 1e6).toFixed(2)} s busy${requests > 0 ? `, ${requests} requests: ${((s.totalUs - idle) / requests).toFixed(0)} µs busy per request` : ''}\n-- by file\n`);
    for (const [k, us] of s.byFile.slice(0, rows)) process.stdout.write(`${pct(us)}  ${perReq(us)}${k}\n`);
    process.stdout.write('-- by function (self time)\n');
    for (const [k, us] of s.byFunction.slice(0, rows)) process.stdout.write(`${pct(us)}  ${perReq(us)}${k}\n`);
  }
}
