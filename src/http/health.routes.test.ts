import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp } from '../app/test-app.ts';

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

test('the home page speaks Vietnamese by default and English on request', async () => {
  const { app, close } = await createTestApp();
  try {
    const vi = await app.inject({ method: 'GET', url: '/' });
    assert.equal(vi.statusCode, 200);
    assert.match(vi.body, /Bảo vệ dữ liệu cá nhân/);
    assert.match(vi.body, /lang="vi"/);
    const en = await app.inject({ method: 'GET', url: '/?lang=en' });
    assert.match(en.body, /protecting the personal data/);
    assert.match(String(en.headers['set-cookie']), /khien_lang=en/);
    const again = await app.inject({ method: 'GET', url: '/', headers: { cookie: 'khien_lang=en' } });
    assert.match(again.body, /lang="en"/);
  } finally {
    await close();
  }
});
