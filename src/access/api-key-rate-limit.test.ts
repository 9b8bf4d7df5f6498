/**
 * The API-key limiter: per key and minute of the app's clock, `Retry-After` on refusal, other callers not
 * counted, and with Redis one count shared by every node.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import net from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { createManualClock, type Clock } from '../platform/clock.ts';
import { installErrorHandler } from '../http/error-handler.ts';
import { registerApiKeyRateLimit } from './api-key-rate-limit.ts';
import type { Actor } from '../actors/context.ts';

/** A node: the limiter and one route, the caller taken from `x-key` (`staff` for a staff member). */
async function node(clock: Clock, redisUrl?: string, nameSpace?: string): Promise<{ app: FastifyInstance; stop: () => Promise<void> }> {
  const app = Fastify();
  installErrorHandler(app);
  app.decorateRequest('ctx', null as unknown as never);
  app.addHook('onRequest', async (request) => {
    const key = String(request.headers['x-key'] ?? '');
    const actor: Actor | null = key === 'staff' ? null : { type: 'external', apiKeyId: key, agreementId: 'ag', organisation: 'Cục Thuế', ratePerMinute: 3 };
    request.ctx = { requestId: request.id, actor, ip: request.ip, userAgent: null, lang: 'vi' };
  });
  const stop = await registerApiKeyRateLimit(app, { clock, redisUrl, nameSpace });
  app.get('/x', async () => ({ ok: true }));
  await app.ready();
  return { app, stop: async () => { await stop(); await app.close(); } };
}

test('each key gets its agreement’s requests per minute, then 429 with Retry-After; staff are not counted', async () => {
  const clock = createManualClock('2026-06-15T03:00:10.000Z');
  const { app, stop } = await node(clock);
  try {
    const get = (key: string) => app.inject({ method: 'GET', url: '/x', headers: { 'x-key': key } });
    for (let i = 0; i < 3; i++) assert.equal((await get('k1')).statusCode, 200);
    const over = await get('k1');
    assert.equal(over.statusCode, 429);
    assert.equal(over.json<{ code: string }>().code, 'KHIEN_ACCESS_API_RATE_LIMITED');
    assert.ok(Number(over.headers['retry-after']) > 0);
    assert.equal((await get('k2')).statusCode, 200, 'another key has its own count');
    for (let i = 0; i < 10; i++) assert.equal((await get('staff')).statusCode, 200);
    clock.advance(60_000);
    assert.equal((await get('k1')).statusCode, 200, 'the next minute starts afresh');
  } finally {
    await stop();
  }
});

/** Whether a Redis answers on the URL's host and port. */
async function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const s = net.connect({ host: hostname, port: Number(port || 6379), timeout: 300 }, () => { s.destroy(); resolve(true); });
    s.on('error', () => resolve(false));
    s.on('timeout', () => { s.destroy(); resolve(false); });
  });
}

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

test('with Redis, two nodes share one count per key', async (t) => {
  if (!(await reachable(REDIS_URL))) {
    t.skip(`no Redis at ${REDIS_URL}`);
    return;
  }
  const clock = createManualClock('2026-06-15T03:00:10.000Z');
  const ns = `khien-test-${crypto.randomUUID()}-`;
  const a = await node(clock, REDIS_URL, ns);
  const b = await node(clock, REDIS_URL, ns);
  try {
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) codes.push((await (i % 2 ? b : a).app.inject({ method: 'GET', url: '/x', headers: { 'x-key': 'k1' } })).statusCode);
    assert.deepEqual(codes, [200, 200, 200, 429], 'the fourth request, on either node, is over the limit');
  } finally {
    await a.stop();
    await b.stop();
  }
});
