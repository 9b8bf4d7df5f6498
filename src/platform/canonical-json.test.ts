import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalJson, CanonicalJsonError } from './canonical-json.ts';

test('keys are sorted by UTF-16 code units at every depth, with no whitespace', () => {
  assert.equal(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } }), '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
  // RFC 8785 §3.2.3 example ordering: "\u20ac" (€) sorts before "\ud83d\ude00" (surrogates) but after "\r".
  assert.equal(canonicalJson({ '😀': 1, '€': 2, '\r': 3, '1': 4 }), '{"\\r":3,"1":4,"€":2,"😀":1}');
});

test('strings are NFC-normalised so both spellings of a Vietnamese name hash alike', () => {
  const composed = 'Nguy\u1ec5n';
  const decomposed = 'Nguye\u0302\u0303n';
  assert.notEqual(composed, decomposed);
  assert.equal(canonicalJson({ name: decomposed }), canonicalJson({ name: composed }));
  assert.equal(canonicalJson({ [decomposed]: 1 }), `{"${composed}":1}`);
});

test('numbers use the ECMAScript shortest form; undefined properties are dropped', () => {
  assert.equal(canonicalJson([1e21, 0.1, -0, 1.5e-7, 100]), '[1e+21,0.1,0,1.5e-7,100]');
  assert.equal(canonicalJson({ a: undefined, b: [undefined] }), '{"b":[null]}');
  assert.equal(canonicalJson('a"\u0001'), '"a\\"\\u0001"');
  assert.equal(canonicalJson(new Date('2026-01-02T03:04:05.678Z')), '"2026-01-02T03:04:05.678Z"');
});

test('values JSON cannot carry faithfully are refused', () => {
  assert.throws(() => canonicalJson(Number.NaN), CanonicalJsonError);
  assert.throws(() => canonicalJson({ x: Infinity }), CanonicalJsonError);
  assert.throws(() => canonicalJson(10n), CanonicalJsonError);
  assert.throws(() => canonicalJson(() => 1), CanonicalJsonError);
  assert.throws(() => canonicalJson(new Map()), CanonicalJsonError);
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  assert.throws(() => canonicalJson(cyclic), CanonicalJsonError);
  assert.throws(() => canonicalJson({ 'e\u0301': 1, '\u00e9': 2 }), CanonicalJsonError);
  // A shared (non-cyclic) object is fine.
  const shared = { k: 1 };
  assert.equal(canonicalJson({ a: shared, b: shared }), '{"a":{"k":1},"b":{"k":1}}');
});
