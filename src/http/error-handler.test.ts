/**
 * The error handler's safety net for driver errors (issue 21, defect 3): a value the database refuses
 * (SQLSTATE class 22 — out of range, invalid text, NUL in text) is a 400 with the catalogue body and nothing of
 * the driver's message; any other database failure stays a 500 without the message.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import Fastify, { type FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from '../db/test-db.ts';
import type { DbHandle } from '../db/client.ts';
import { installErrorHandler } from './error-handler.ts';

let database: DbHandle;
let app: FastifyInstance;

before(async () => {
  database = await createTestDatabase();
  app = Fastify({ logger: false });
  installErrorHandler(app);
  app.get<{ Querystring: { q: string } }>('/cast', async (request) => {
    const q = request.query.q;
    if (q === 'bigint') await database.db.execute(sql`select ${'9999999999999999999'}::bigint as x`);
    if (q === 'int') await database.db.execute(sql`select ${'zwölf'}::integer as x`);
    if (q === 'date') await database.db.execute(sql`select ${'2026-02-30'}::date as x`);
    if (q === 'nul') await database.db.execute(sql`select ${'a\u0000b'}::text as x`);
    if (q === 'missing') await database.db.execute(sql`select * from no_such_table_secret_value`);
    return { ok: true };
  });
  await app.ready();
});
after(async () => {
  await app.close();
  await database.close();
});

test('a value the database refuses is a 400 with the catalogue body, never the driver message', async () => {
  for (const q of ['bigint', 'int', 'date', 'nul']) {
    const res = await app.inject({ method: 'GET', url: `/cast?q=${q}` });
    assert.equal(res.statusCode, 400, `${q}: ${res.body}`);
    const b = res.json();
    assert.equal(b.code, 'KHIEN_COMMON_VALUE_OUT_OF_RANGE', q);
    assert.ok(b.message.vi && b.message.en && b.requestId, q);
    assert.ok(!/9999999999999999999|zwölf|2026-02-30|bigint|integer|syntax/i.test(res.body), `${q}: nothing of the driver's message`);
  }
});

test('any other database failure stays a 500 with the generic body', async () => {
  const res = await app.inject({ method: 'GET', url: '/cast?q=missing' });
  assert.equal(res.statusCode, 500);
  assert.equal(res.json().code, 'KHIEN_COMMON_INTERNAL');
  assert.ok(!res.body.includes('no_such_table_secret_value'));
});
