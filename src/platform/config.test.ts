import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from './config.ts';

test('defaults give a demo configuration on the embedded database', () => {
  const c = loadConfig({});
  assert.equal(c.port, 3000);
  assert.equal(c.mode, 'demo');
  assert.equal(c.databaseUrl, undefined);
  assert.ok(Object.isFrozen(c));
});

test('every bad value is reported at once, in both languages', () => {
  assert.throws(
    () => loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x', SEED_PERSONS: '-5' }),
    (err: unknown) => {
      assert.ok(err instanceof ConfigError);
      const text = err.message;
      assert.match(text, /PORT="abc"/);
      assert.match(text, /LOG_LEVEL/);
      assert.match(text, /DATABASE_URL/);
      assert.match(text, /SEED_PERSONS/);
      assert.match(text, /Invalid configuration/);
      assert.match(text, /Cấu hình không hợp lệ/);
      return true;
    },
  );
});

test('production mode requires a database and keys, and never echoes secrets', () => {
  assert.throws(() => loadConfig({ KHIEN_MODE: 'production', COOKIE_SECRET: 'short' }), (err: unknown) => {
    assert.ok(err instanceof ConfigError);
    assert.match(err.message, /DATABASE_URL/);
    assert.match(err.message, /AUDIT_SIGNING_KEY/);
    assert.doesNotMatch(err.message, /short/);
    return true;
  });
});
