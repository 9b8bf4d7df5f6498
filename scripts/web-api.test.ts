import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { WEB_API_TYPES, generateWebApiTypes, loadServerDocument } from './web-api.ts';

test('the console\'s generated API types match the server\'s OpenAPI document (run `npm run web:api` after changing a route)', async () => {
  const committed = await readFile(WEB_API_TYPES, 'utf8');
  const doc = await loadServerDocument();
  const fresh = await generateWebApiTypes(doc);
  assert.ok(fresh.includes('ErrorBody'), 'the generator sees the shared error body');
  if (committed !== fresh) {
    const a = committed.split('\n');
    const b = fresh.split('\n');
    const at = a.findIndex((line, i) => line !== b[i]);
    assert.fail(`web/src/api/schema.d.ts is out of date at line ${at + 1}: committed ${JSON.stringify(a[at])}, server ${JSON.stringify(b[at])}. Run \`npm run web:api\`.`);
  }
});

test('a changed document is noticed', async () => {
  const doc = await loadServerDocument();
  const before = await generateWebApiTypes(doc);
  const paths = doc.paths as Record<string, unknown>;
  paths['/api/drift/probe'] = { get: { operationId: 'getDriftProbe', responses: { 200: { description: 'ok' } } } };
  assert.notEqual(await generateWebApiTypes(doc), before);
});
