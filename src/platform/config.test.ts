import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, loadConfig, nodeNameOf } from './config.ts';

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

test('the event stream: NATS_URL lists nats:// servers, partitions and replicas are bounded, the node id is a plain name', () => {
  const c = loadConfig({ NATS_URL: 'nats://127.0.0.1:4222,nats://127.0.0.1:4223', NATS_PARTITIONS: '16', NATS_REPLICAS: '3', KHIEN_NODE_ID: 'node-1' });
  assert.equal(c.natsUrl, 'nats://127.0.0.1:4222,nats://127.0.0.1:4223');
  assert.equal(c.natsPartitions, 16);
  assert.equal(c.natsReplicas, 3);
  assert.equal(c.nodeId, 'node-1');
  assert.equal(loadConfig({}).natsUrl, undefined);
  assert.match(nodeNameOf(loadConfig({})), /^[A-Za-z0-9._-]+$/);
  assert.equal(nodeNameOf(c), 'node-1');
  assert.throws(
    () => loadConfig({ NATS_URL: 'http://x:4222', NATS_PARTITIONS: '0', NATS_REPLICAS: '2', KHIEN_NODE_ID: 'a b', DETECT_WORKERS: 'maybe' }),
    (err: unknown) => {
      assert.ok(err instanceof ConfigError);
      for (const name of ['NATS_URL', 'NATS_PARTITIONS', 'NATS_REPLICAS', 'KHIEN_NODE_ID', 'DETECT_WORKERS']) assert.match(err.message, new RegExp(name));
      return true;
    },
  );
});

test('a signing key that is not base64 of a 32-byte seed is refused at start-up, with the other problems and without echoing it', () => {
  const prod = { KHIEN_MODE: 'production', DATABASE_URL: 'postgres://db/khien', COOKIE_SECRET: 'c'.repeat(40) };
  for (const bad of ['x'.repeat(44), Buffer.alloc(16, 7).toString('base64'), Buffer.alloc(33, 7).toString('base64'), `${'A'.repeat(42)}!=`, `${'A'.repeat(43)}B`]) {
    assert.throws(() => loadConfig({ ...prod, AUDIT_SIGNING_KEY: bad, PORT: 'nope' }), (err: unknown) => {
      assert.ok(err instanceof ConfigError);
      assert.ok(err.problems.some((p) => p.startsWith('AUDIT_SIGNING_KEY')), bad);
      assert.ok(err.problems.some((p) => p.startsWith('PORT')));
      assert.ok(!err.message.includes(bad));
      return true;
    });
  }
  const good = Buffer.alloc(32, 9).toString('base64');
  assert.equal(loadConfig({ ...prod, AUDIT_SIGNING_KEY: good }).auditSigningKey, good);
  assert.equal(loadConfig({ ...prod, AUDIT_SIGNING_KEY: good.replace(/=+$/, '') }).mode, 'production');
});
