/**
 * SQL with its owners (issue 11, item 3): every query over a module's tables lives in that module's repos.
 * A production file of module X fails this test when it names a table of another module, either by importing
 * the table from the other module's `*.schema.ts` or by writing its name in raw SQL. Table ownership is read
 * from the schema files (the folder holding the `pgTable(…)` declaration owns the table, whatever its prefix:
 * `posture_signing_keys` is declared by auth).
 *
 * Not checked: `*.schema.ts` importing another schema (foreign keys), seeds, tests and test helpers.
 * The composition root (`app/`) owns no table: its adapters call the owners' repo functions.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('..', import.meta.url));

/**
 * Joins along an arrow of DESIGN.md's module table: a `*.repo.ts` of the module on the left may join the tables
 * of the modules on the right (read-only, in the statement of its own query), because it may import them
 * anyway and a list filtered by the staff member's unit must stay one paged statement (accounts ⋈ staff ⋈ unit
 * on the session path, the head's lists). Registry tables are never joined outside `registry/` (DESIGN.md
 * invariant 1: persons are read through the registry repo, after the decision).
 */
const JOINS_ALONG_ARROWS: Readonly<Record<string, readonly string[]>> = {
  auth: ['org'],
  access: ['org', 'auth'],
  detect: ['org'],
  respond: ['org'],
  posture: ['org'],
  govern: ['org'],
};

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return walk(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

const rel = (file: string): string => path.relative(SRC, file).split(path.sep).join('/');
const moduleOf = (r: string): string => (r.includes('/') ? r.split('/')[0]! : r.replace(/\.ts$/, ''));
/** Seeds, tests, test helpers, and the API fuzzer (test and benchmark tooling, never imported by the server). */
const isExempt = (r: string): boolean =>
  r.startsWith('seed/') || r.startsWith('app/api-fuzz') || /\.test\.ts$|test-support|test-helpers|test-factories|test-app\.ts$|test-actor\.ts$|test-db\.ts$|test-events\.ts$|\/fixtures\//.test(r);
/** Source without comments (a table named in prose is not a query). */
const code = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

interface Tables {
  /** table name → owning module */
  readonly byName: ReadonlyMap<string, string>;
  /** schema file → its exported table bindings */
  readonly bindings: ReadonlyMap<string, ReadonlySet<string>>;
}

function readTables(files: readonly string[]): Tables {
  const byName = new Map<string, string>();
  const bindings = new Map<string, Set<string>>();
  for (const file of files) {
    const r = rel(file);
    if (!/^[a-z-]+\/[a-z-]+\.schema\.ts$/.test(r)) continue;
    const text = fs.readFileSync(file, 'utf8');
    const names = new Set<string>();
    for (const m of text.matchAll(/export const (\w+)\s*=\s*pgTable\(\s*'([a-z0-9_]+)'/g)) {
      names.add(m[1]!);
      byName.set(m[2]!, moduleOf(r));
    }
    bindings.set(r, names);
  }
  return { byName, bindings };
}

/**
 * The places one production file names another module's table: `file: what`.
 *
 * @param r - the file, relative to `src/`
 * @param source - its text
 * @param tables - table ownership
 * @returns the findings (none when the file is clean or exempt)
 */
function scanFile(r: string, source: string, tables: Tables): string[] {
  if (isExempt(r)) return [];
  const out: string[] = [];
  const mod = moduleOf(r);
  const mayJoin = /\.repo\.ts$/.test(r) ? (JOINS_ALONG_ARROWS[mod] ?? []) : [];
  const foreign = (owner: string): boolean => owner !== mod && !mayJoin.includes(owner);
  const text = code(source);
  if (!r.endsWith('.schema.ts')) {
    for (const m of text.matchAll(/import\s+(?!type\s)\{([^}]*)\}\s*from\s+['"]([^'"]+\.schema\.ts)['"]/g)) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(r), m[2]!));
      const owner = moduleOf(target);
      if (!foreign(owner)) continue;
      const declared = tables.bindings.get(target) ?? new Set<string>();
      const imported = m[1]!.split(',').map((x) => x.trim()).filter((x) => x && !x.startsWith('type ')).map((x) => x.split(/\s+as\s+/)[0]!);
      const named = imported.filter((n) => declared.has(n));
      if (named.length > 0) out.push(`${r}: imports ${named.join(', ')} from ${target}`);
    }
  }
  const named = new Set<string>();
  for (const m of text.matchAll(/\b([a-z]+_[a-z0-9_]+)\b/g)) {
    const owner = tables.byName.get(m[1]!);
    if (owner !== undefined && foreign(owner)) named.add(m[1]!);
  }
  if (named.size > 0) out.push(`${r}: names ${[...named].join(', ')}`);
  return out;
}

const files = walk(SRC);
const tables = readTables(files);
const offenders = files.flatMap((file) => scanFile(rel(file), fs.readFileSync(file, 'utf8'), tables));

test("no production file names another module's table", () => {
  assert.deepEqual(offenders, [], `move these queries into the owning module's repo and call it (through a port when the arrow forbids the import):\n${offenders.join('\n')}`);
});

test('the check sees what it must: table imports and raw SQL of another module', () => {
  // Guard the guard: ownership is read from the schema files, and known cases are judged as intended.
  assert.equal(tables.byName.get('registry_persons'), 'registry');
  assert.equal(tables.byName.get('posture_signing_keys'), 'auth');
  assert.equal(tables.byName.get('org_staff'), 'org');
  assert.ok(tables.bindings.get('auth/auth.schema.ts')?.has('accounts'));
  const judged = (r: string, source: string): boolean => scanFile(r, source, tables).length > 0;
  assert.ok(judged('app/x.ts', 'const q = sql`select id from registry_persons`;'), 'raw SQL over registry tables in the root');
  assert.ok(judged('detect/x.ts', "import { accounts } from '../auth/auth.schema.ts';"), 'a table import against the arrows');
  assert.ok(judged('auth/x.ts', "import { staff } from '../org/org.schema.ts';"), 'a join along an arrow outside a repo');
  assert.ok(judged('access/x.repo.ts', 'sql`select 1 from registry_identifiers`'), 'registry tables are never joined outside registry/');
  assert.ok(!judged('auth/x.repo.ts', "import { staff } from '../org/org.schema.ts';"), 'a repo joins along its arrow');
  assert.ok(!judged('auth/x.ts', "import { HR_EVENT_KINDS } from '../org/hr.schema.ts';"), 'constants of a schema are not tables');
  assert.ok(!judged('app/x.ts', '// reads registry_persons through the repo'), 'prose is not a query');
  assert.ok(!judged('seed/x.ts', 'sql`insert into registry_persons`'), 'seeds are exempt');
});
