import fs from 'node:fs';
const dir = process.argv[2];
const file = fs.readdirSync(dir).filter(f => f.endsWith('.cpuprofile')).map(f => dir + '/' + f).sort((a,b)=>fs.statSync(b).mtimeMs-fs.statSync(a).mtimeMs)[0];
const p = JSON.parse(fs.readFileSync(file, 'utf8'));
const self = new Map(); const byId = new Map(p.nodes.map(n => [n.id, n]));
const dt = p.timeDeltas; const total = dt.reduce((a,b)=>a+b,0);
const counts = new Map();
for (let i = 0; i < p.samples.length; i++) counts.set(p.samples[i], (counts.get(p.samples[i]) ?? 0) + dt[i]);
for (const [id, t] of counts) { const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + t); }
console.log('total ms', Math.round(total/1000));
for (const [k, t] of [...self].sort((a,b)=>b[1]-a[1]).slice(0, Number(process.argv[3] ?? 25))) console.log((t/1000).toFixed(0).padStart(7), (100*t/total).toFixed(1).padStart(5)+'%', k);
