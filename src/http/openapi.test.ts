import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp } from '../app/test-app.ts';
import { completeRouteSchema, deriveOperationId, explorerRequestInterceptor, securityFor } from './openapi.ts';

interface Operation {
  operationId?: string;
  tags?: string[];
  security?: Array<Record<string, string[]>>;
  responses?: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
}

test('a route under an unknown prefix gets no security, so the document test below fails for it', () => {
  assert.equal(securityFor('/api/somewhere-new/things'), undefined);
  const route = { method: 'POST' as const, url: '/api/somewhere-new/things', schema: {} as Record<string, unknown> };
  completeRouteSchema(route);
  assert.equal(route.schema.security, undefined);
  assert.equal(route.schema.operationId, 'postSomewhereNewThings');
});

test('operation ids are derived from method and path; state-changing staff routes need the CSRF header', () => {
  assert.equal(deriveOperationId('GET', '/api/access/assignments/:assignmentId'), 'getAccessAssignmentsByAssignmentId');
  assert.equal(deriveOperationId('GET', '/api/audit/checkpoints/latest.txt'), 'getAuditCheckpointsLatestTxt');
  const post = { method: 'POST' as const, url: '/api/access/assignments', schema: {} as Record<string, unknown> };
  completeRouteSchema(post);
  assert.deepEqual(post.schema.security, [{ session: [], csrf: [] }]);
  const get = { method: 'GET' as const, url: '/api/access/assignments', schema: {} as Record<string, unknown> };
  completeRouteSchema(get);
  assert.deepEqual(get.schema.security, [{ session: [] }]);
});

test('the explorer sends the readable CSRF cookie as x-csrf-token', () => {
  const g = globalThis as { document?: { cookie: string } };
  g.document = { cookie: 'a=1; khien_csrf=tok%2Den; b=2' };
  try {
    const noHeaders: Record<string, string> = {};
    assert.equal(explorerRequestInterceptor({ headers: noHeaders }).headers['x-csrf-token'], 'tok-en');
    assert.equal(explorerRequestInterceptor({ headers: { 'x-csrf-token': 'given' } }).headers['x-csrf-token'], 'given');
  } finally {
    delete g.document;
  }
});

test('every operation of the document has an operationId, tags, security and ErrorBody error responses', async () => {
  const t = await createTestApp();
  try {
    const res = await t.app.inject({ method: 'GET', url: '/openapi.json' });
    assert.equal(res.statusCode, 200);
    const doc = res.json<{ paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> } }>();
    assert.ok(doc.components.schemas.ErrorBody, 'ErrorBody is a shared component');
    assert.ok(doc.components.securitySchemes.csrf, 'the x-csrf-token scheme is declared');
    const problems: string[] = [];
    const ids = new Map<string, string>();
    let count = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        count += 1;
        const name = `${method.toUpperCase()} ${path}`;
        if (!op.operationId) problems.push(`${name}: no operationId`);
        else if (ids.has(op.operationId)) problems.push(`${name}: operationId ${op.operationId} also used by ${ids.get(op.operationId)}`);
        else ids.set(op.operationId, name);
        if (!op.tags?.length) problems.push(`${name}: no tags`);
        if (!Array.isArray(op.security)) problems.push(`${name}: no security requirement`);
        const changes = ['post', 'put', 'patch', 'delete'].includes(method);
        if (changes && op.security?.some((r) => 'session' in r && !('csrf' in r))) problems.push(`${name}: session without csrf`);
        const errors = Object.entries(op.responses ?? {}).filter(([s]) => /^[45]/.test(s));
        if (errors.length === 0) problems.push(`${name}: no error responses`);
        for (const [status, r] of errors) {
          // The health probe's 503 is its own report (which dependency is down), not an error.
          if (path === '/health' && status === '503') continue;
          const schema = r.content?.['application/json']?.schema;
          if (schema?.$ref !== '#/components/schemas/ErrorBody') problems.push(`${name}: ${status} is not ErrorBody`);
        }
      }
    }
    assert.ok(count > 100, `the document lists the routes (${count})`);
    assert.deepEqual(problems, []);

    const docs = await t.app.inject({ method: 'GET', url: '/docs/static/swagger-initializer.js' });
    assert.equal(docs.statusCode, 200);
    assert.match(docs.body, /requestInterceptor/);
  } finally {
    await t.close();
  }
});
