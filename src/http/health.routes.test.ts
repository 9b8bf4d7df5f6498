import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp } from './test-app.ts';

test('health reports a reachable, fully migrated database; unknown routes get a catalogued 404', async () => {
  const { app, close } = await createTestApp();
  try {
    const res = await app.inject({ method: 'GET', url: '/health' });
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.status, 'ok');
    assert.equal(body.database.reachable, true);
    assert.equal(body.database.migrationsApplied, body.database.migrationsExpected);

    const nf = await app.inject({ method: 'GET', url: '/nope' });
    assert.equal(nf.statusCode, 404);
    assert.equal(nf.json().code, 'KHIEN_COMMON_ROUTE_NOT_FOUND');
    assert.ok(nf.json().message.vi && nf.json().message.en);

    const spec = await app.inject({ method: 'GET', url: '/openapi.json' });
    assert.equal(spec.statusCode, 200);
    assert.equal(spec.json().openapi, '3.0.3');
  } finally {
    await close();
  }
});
