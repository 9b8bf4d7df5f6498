import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { flattenKeys, readCatalogue, scanSource, sourceFiles } from './i18n-check.ts';

const SRC = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src');
const AREAS = path.join(SRC, 'i18n', 'areas');
/** The catalogue files of a language: the shared one and each area's. */
const files = (lang: string): string[] => [
  path.join(SRC, 'i18n', `${lang}.json`),
  ...readdirSync(AREAS).filter((f) => f.endsWith(`.${lang}.json`)).sort().map((f) => path.join(AREAS, f)),
];
const keysOf = (lang: string): string[] => files(lang).flatMap((f) => flattenKeys(readCatalogue(f)));
const vi = keysOf('vi');
const en = keysOf('en');

test('the checker finds a literal string and a missing key (so the tests below can fail)', () => {
  const found = scanSource('Probe.tsx', `export const P = () => <div title="Tiêu đề"><Button aria-label={'Close'}>Lưu</Button>{'Hủy'}{t('nope.key')}{t(\`roles.\${r}\`)}</div>;`);
  assert.equal(found.literals.length, 4, found.literals.join('\n'));
  assert.deepEqual(found.keys, ['nope.key']);
  assert.deepEqual(found.prefixes, ['roles.']);
  const clean = scanSource('Clean.tsx', `export const C = () => <div data-testid="x" rowKey="id">{t('app.name')} · </div>;`);
  assert.deepEqual(clean.literals, []);
});

test('both catalogues have the same keys, none empty', () => {
  assert.deepEqual(vi.filter((k) => !en.includes(k)), [], 'in vi.json, missing in en.json');
  assert.deepEqual(en.filter((k) => !vi.includes(k)), [], 'in en.json, missing in vi.json');
  for (const lang of ['vi', 'en']) {
    for (const f of files(lang)) assert.ok(!JSON.stringify(readCatalogue(f)).includes('""'), `${f} has an empty message`);
  }
});

test('each area catalogue holds one namespace of its own, defined nowhere else', () => {
  for (const lang of ['vi', 'en']) {
    const seen = new Map<string, string>();
    for (const f of files(lang)) {
      const tops = Object.keys(readCatalogue(f));
      if (f.includes(`${path.sep}areas${path.sep}`)) assert.equal(tops.length, 1, `${f}: one top-level namespace expected, found ${tops.join(', ')}`);
      for (const top of tops) {
        assert.ok(!seen.has(top), `namespace '${top}' is in both ${seen.get(top)} and ${f}`);
        seen.set(top, f);
      }
    }
  }
});

test('every key a component uses is in the catalogues, and no component shows a literal string', () => {
  const missing: string[] = [];
  const literals: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const rel = path.relative(SRC, file);
    const found = scanSource(rel, readFileSync(file, 'utf8'));
    literals.push(...found.literals);
    for (const k of found.keys) if (!vi.includes(k)) missing.push(`${rel}: ${k}`);
    for (const p of found.prefixes) if (!vi.some((k) => k.startsWith(p))) missing.push(`${rel}: ${p}…`);
  }
  assert.deepEqual(missing, [], 'keys used but not in the catalogues');
  assert.deepEqual(literals, [], 'literal strings in components: put them in web/src/i18n/ (vi.json/en.json or areas/<area>.{vi,en}.json)');
});
