import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createTestApp } from '../app/test-app.ts';

test('the console is served at / with deep links, its assets cached; the API and the explorer keep their 404s', async () => {
  const dist = await mkdtemp(path.join(os.tmpdir(), 'khien-web-'));
  await mkdir(path.join(dist, 'assets'));
  await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>console-probe</title>');
  await writeFile(path.join(dist, 'assets', 'index-abc.js'), 'console.log(1)');
  const { app, close } = await createTestApp({}, undefined, { webDist: dist });
  try {
    for (const url of ['/', '/signin', '/persons/3f1c/participation?tab=2']) {
      const res = await app.inject({ method: 'GET', url });
      assert.equal(res.statusCode, 200, url);
      assert.match(res.body, /console-probe/, url);
      assert.equal(res.headers['cache-control'], 'no-cache', url);
    }
    const js = await app.inject({ method: 'GET', url: '/assets/index-abc.js' });
    assert.equal(js.statusCode, 200);
    assert.match(String(js.headers['cache-control']), /immutable/);
    for (const url of ['/api/nope', '/assets/missing.js', '/favicon.ico']) {
      const res = await app.inject({ method: 'GET', url });
      assert.equal(res.statusCode, 404, url);
      assert.equal(res.json().code, 'KHIEN_COMMON_ROUTE_NOT_FOUND', url);
    }
    const about = await app.inject({ method: 'GET', url: '/about' });
    assert.match(about.body, /Bảo vệ dữ liệu cá nhân/, 'the server-rendered page moves to /about');
  } finally {
    await close();
    await rm(dist, { recursive: true, force: true });
  }
});
