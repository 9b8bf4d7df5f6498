import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('..', import.meta.url));

/**
 * Production files allowed to call the registry's queries or use its tables (DESIGN.md invariant 1: no route,
 * job or export reads the registry around the decision). Every query over registry tables is in
 * `registry/registry.repo.ts` (reads) and `registry/registry-writes.repo.ts` (inserts); each entry here says
 * why its caller may use them. Type-only imports carry no data and are not counted.
 */
const ALLOWED: Readonly<Record<string, string>> = {
  'access/registry-accessor.ts': 'the scoped accessor: decide → load → mask → record',
  'access/exports.ts': 'the export builder: decide per record → build the file → record every record',
  'access/assignments.ts': 'scope validation: provinces of communes, employers and caseload ids (no personal data)',
  'access/break-glass.ts': 'the facts decide needs, before the grant',
  'access/decision-service.ts': "the decision service: SI number → person id and the subject's scope facts for decide, recorded before answering (no record returned)",
  'access/mapped-reads.ts': "reads reported by other applications' access logs: identifier → person id and scope facts for decide; ids and decisions only, recorded by detect",
  'citizen/citizen.cli.ts': 'demo-mode-only CLI listing synthetic persons to sign in as (refuses in production)',
  'citizen/citizen.repo.ts': "the insured person's own records only (grant citizen_self, recorded before sending; citizen does not depend on access in DESIGN.md)",
  'app/audit-lookups.ts': "the audit search's person filter: an identifier → the internal person id in the lookup table, nothing of the person returned (auditors' look-up is recorded without the identifier)",
  'app/detect-context.ts': "the detection context: ids of decoys and of the persons linked to each staff member, and the province of break-glass subjects — ids and codes held in memory for the detectors, nothing of a person returned to a client",
};

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return walk(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

const isTestFile = (rel: string): boolean => /\.test\.ts$|test-support|test-helpers|test-factories/.test(rel);
const relOf = (file: string): string => path.relative(SRC, file).split(path.sep).join('/');
/** A value import (not `import type`) of a registry schema or repo file. */
const REGISTRY_IMPORT = /import\s+(?!type\s)[^;]*?from\s+['"][^'"]*registry\/registry[a-z-]*\.(schema|repo)\.ts['"]/;
/** Source without comments (a table named in prose is not a query). */
const code = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

test('no production code outside the allowlist imports registry tables or queries', () => {
  const offenders: string[] = [];
  for (const file of walk(SRC)) {
    const rel = relOf(file);
    if (rel.startsWith('registry/') || rel.startsWith('seed/') || isTestFile(rel) || rel in ALLOWED) continue;
    if (REGISTRY_IMPORT.test(fs.readFileSync(file, 'utf8'))) offenders.push(rel);
  }
  assert.deepEqual(offenders, [], `read the registry through access/registry-accessor.ts: ${offenders.join(', ')}`);
});

test('no raw SQL outside registry/ names a registry table', () => {
  const offenders: string[] = [];
  for (const file of walk(SRC)) {
    const rel = relOf(file);
    if (rel.startsWith('registry/') || rel.startsWith('seed/') || isTestFile(rel)) continue;
    const names = code(fs.readFileSync(file, 'utf8')).match(/\bregistry_[a-z0-9_]+\b/g);
    if (names) offenders.push(`${rel}: ${[...new Set(names)].join(', ')}`);
  }
  assert.deepEqual(offenders, [], `queries over registry tables belong in registry/registry.repo.ts:\n${offenders.join('\n')}`);
});

test('inside the access module, only the accessor, exports and scope checks call the registry queries', () => {
  const users = walk(path.join(SRC, 'access'))
    .map(relOf)
    .filter((rel) => !isTestFile(rel))
    .filter((rel) => REGISTRY_IMPORT.test(fs.readFileSync(path.join(SRC, rel), 'utf8')));
  const allowed = new Set([
    'access/registry-accessor.ts', // decide → load → mask → record
    'access/exports.ts', // decide per record → build file → record every record
    'access/assignments.ts', // scope validation: provinces of communes, employers, caseload ids (no personal data)
    'access/break-glass.ts', // the facts decide needs, before the grant
    'access/decision-service.ts', // decide per subject for business applications → record; returns no registry data
    'access/mapped-reads.ts', // decide reads reported by other applications' logs (ids and decisions only)
  ]);
  for (const rel of users) assert.ok(allowed.has(rel), `${rel} must go through the accessor`);
  assert.ok(users.includes('access/registry-accessor.ts'), 'the guard sees the accessor import the registry reader');
});
