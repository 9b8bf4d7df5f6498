/**
 * The roles × routes matrix (issue 21): every operation of the running app's OpenAPI document is called by
 * every kind of caller — anonymous, a citizen session, an API key, an ingestion token, and a staff session of
 * each role (registered device, TOTP, CSRF header) — and only the callers `route-access.ts` declares for it get
 * past authentication and authorisation (any answer but 401/403). An operation missing from the table, or a
 * table entry no route has, fails the test: a new route cannot be forgotten.
 *
 * Requests carry an empty body and made-up ids: a caller is "through" when the answer is neither 401/403 nor the
 * input-validation 400 (which comes before any decision), e.g. a 404 for the made-up id or a 200. Writes whose body
 * is validated before the role is decided are therefore passed by nobody here; their role checks are the modules'
 * own tests. `KHIEN_MATRIX_PRINT=1` prints the observed table.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp } from '../app/test-app.ts';
import { headerActorResolver } from '../app/test-actor.ts';
import type { Actor } from '../actors/context.ts';
import { createStaffWithSession } from '../auth/test-support.ts';
import type { Role } from '../actors/roles.ts';
import { createIngestToken } from '../detect/ingest/ingest-tokens.ts';
import { ROUTE_ACCESS, MATRIX_CALLERS, type MatrixCaller } from './route-access.ts';

const ROLE_UNITS: ReadonlyArray<readonly [Role, string]> = [
  ['staff', 'P01-L1'], ['unit_head', 'P01'], ['security_officer', 'P01'], ['central_security_admin', 'VSS'], ['auditor', 'VSS'], ['system_admin', 'VSS'],
];

const UUID = '3f1c2a9e-5b7d-4c1e-9a2b-7d6e5f4a3b2c';

/** A made-up value for a path parameter (ids are UUIDs, sequence numbers integers, tokens opaque). */
function fill(path: string): string {
  return path.replace(/\{([^}]+)\}/g, (_m, name: string) => (/seq|number|version/i.test(name) ? '1' : /token/i.test(name) ? 'x'.repeat(43) : /code|province|unit/i.test(name) ? '01' : UUID));
}

test('every route lets through only the callers declared for it', async (t) => {
  const citizen: Actor = { type: 'citizen', personId: UUID, subject: 'matrix-subject', sessionId: 'matrix-session' };
  const { app, close } = await createTestApp({}, undefined, { extraResolvers: [headerActorResolver(new Map([['citizen', citizen]]))] });
  t.after(close);
  const admin = await createStaffWithSession(app, { unitId: 'VSS-CNTT', roles: [{ role: 'central_security_admin' }] });
  let res = await app.inject({
    method: 'POST', url: '/api/access/agreements', headers: admin.headers,
    payload: {
      organisation: 'Cục Thuế', legalBasis: 'Thỏa thuận số 12/TT-BHXH-CT', purpose: 'contribution_collection', categories: ['identity'],
      dailyRecordLimit: 1000, ratePerMinute: 10_000, validFrom: '2026-01-01T00:00:00.000Z', validUntil: '2036-01-01T00:00:00.000Z',
    },
  });
  assert.equal(res.statusCode, 201, res.body);
  res = await app.inject({ method: 'POST', url: `/api/access/agreements/${res.json<{ id: string }>().id}/keys`, headers: admin.headers });
  assert.equal(res.statusCode, 201, res.body);
  const apiKey = res.json<{ key: string }>().key;
  const { token: ingestToken } = await createIngestToken(app.khien.database.db, app.khien.clock, 'matrix-source');

  const sessions = new Map<Role, Record<string, string>>();
  const staffHeaders = async (role: Role, fresh: boolean): Promise<Record<string, string>> => {
    if (fresh || !sessions.has(role)) {
      const unitId = ROLE_UNITS.find(([r]) => r === role)![1];
      sessions.set(role, (await createStaffWithSession(app, { unitId, roles: [{ role }] })).headers);
    }
    return sessions.get(role)!;
  };
  const headersOf = async (caller: MatrixCaller, fresh: boolean): Promise<Record<string, string>> => {
    switch (caller) {
      case 'anonymous':
        return {};
      case 'citizen':
        return { 'x-test-actor': 'citizen' };
      case 'api_key':
        return { 'x-api-key': apiKey };
      case 'ingest_token':
        return { authorization: `Bearer ${ingestToken}` };
      default:
        return staffHeaders(caller, fresh);
    }
  };

  const doc = app.swagger() as { paths: Record<string, Record<string, unknown>> };
  const operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
  const missing = operations.filter((op) => !(op in ROUTE_ACCESS));
  const stale = Object.keys(ROUTE_ACCESS).filter((op) => !operations.includes(op));
  const observed: Record<string, MatrixCaller[]> = {};
  const wrong: string[] = [];
  for (const op of operations) {
    const [method, path] = op.split(' ') as [string, string];
    // Operations that end or change the caller's own session get a fresh one each time.
    const fresh = path.startsWith('/api/auth/');
    const through: MatrixCaller[] = [];
    for (const caller of MATRIX_CALLERS) {
      const headers = await headersOf(caller, fresh);
      const body = method === 'GET' || method === 'DELETE' ? undefined : {};
      const r = await app.inject({ method: method as 'GET', url: fill(path), headers, ...(body ? { payload: body } : {}) });
      assert.ok(r.statusCode !== 500, `${op} as ${caller}: ${r.statusCode} ${r.body.slice(0, 200)}`);
      // Refused at the door (401/403), or stopped by input validation before any decision or lookup: not through.
      const validation = r.statusCode === 400 && r.json<{ code?: string }>().code === 'KHIEN_COMMON_VALIDATION';
      if (r.statusCode !== 401 && r.statusCode !== 403 && !validation) through.push(caller);
    }
    observed[op] = through;
    const declared = ROUTE_ACCESS[op];
    if (declared && (declared.length !== through.length || declared.some((c) => !through.includes(c)))) {
      wrong.push(`${op}: declared [${declared.join(', ')}], got through [${through.join(', ')}]`);
    }
  }
  if (process.env.KHIEN_MATRIX_PRINT) {
    for (const [op, callers] of Object.entries(observed)) process.stdout.write(`  '${op}': [${callers.map((c) => `'${c}'`).join(', ')}],\n`);
  }
  assert.deepEqual(missing, [], 'operations missing from ROUTE_ACCESS');
  assert.deepEqual(stale, [], 'ROUTE_ACCESS entries no route has');
  assert.deepEqual(wrong, []);
});
