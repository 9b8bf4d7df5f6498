import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('..', import.meta.url));

/**
 * Production files allowed to import registry tables or queries (DESIGN.md invariant 1: no route, job or export
 * reads the registry around the decision). Each entry says why.
 */
const ALLOWED: Readonly<Record<string, string>> = {
  'access/registry-reads.ts': 'the queries of the scoped accessor, the export builder and the scope checks (after/for decide)',
  'access/access-test-support.ts': 'test fixtures',
  'citizen/citizen.cli.ts': 'demo-mode-only CLI listing synthetic persons to sign in as (refuses in production)',
  'citizen/citizen.repo.ts': "the insured person's own records only (grant citizen_self, recorded before sending; citizen does not depend on access in DESIGN.md)",
  'app/audit-lookups.ts': "the audit search's person filter: an identifier → the internal person id in the lookup table, nothing of the person returned (auditors' look-up is recorded without the identifier)",
};

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return walk(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

const isTestFile = (rel: string): boolean => /\.test\.ts$|test-support|test-helpers|test-factories/.test(rel);

test('no production code outside the allowlist imports registry tables or queries', () => {
  const offenders: string[] = [];
  for (const file of walk(SRC)) {
    const rel = path.relative(SRC, file).split(path.sep).join('/');
    if (rel.startsWith('registry/') || rel.startsWith('seed/') || isTestFile(rel) || rel in ALLOWED) continue;
    const text = fs.readFileSync(file, 'utf8');
    if (/from\s+['"][^'"]*registry\/registry\.(schema|repo)\.ts['"]/.test(text) || /from\s+['"]\.\/registry\.(schema|repo)\.ts['"]/.test(text)) offenders.push(rel);
  }
  assert.deepEqual(offenders, [], `read the registry through access/registry-accessor.ts: ${offenders.join(', ')}`);
});

test('inside the access module, only the accessor, exports and scope checks call the registry queries', () => {
  const users = walk(path.join(SRC, 'access'))
    .map((f) => path.relative(SRC, f).split(path.sep).join('/'))
    .filter((rel) => !isTestFile(rel) && rel !== 'access/registry-reads.ts')
    .filter((rel) => /import\s+(?!type\s)[^;]*from\s+['"]\.\/registry-reads\.ts['"]/.test(fs.readFileSync(path.join(SRC, rel), 'utf8')));
  const allowed = new Set([
    'access/registry-accessor.ts', // decide → load → mask → record
    'access/exports.ts', // decide per record → build file → record every record
    'access/assignments.ts', // scope validation: provinces of communes, employers, caseload ids (no personal data)
    'access/break-glass.ts', // the facts decide needs, before the grant
    'access/decision-service.ts', // decide per subject for business applications → record; returns no registry data
  ]);
  for (const rel of users) assert.ok(allowed.has(rel), `${rel} must go through the accessor`);
});
