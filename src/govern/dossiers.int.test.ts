import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createManualClock } from '../platform/clock.ts';
import { createGovernTestApp, type GovernTestApp } from './govern-test-helpers.ts';
import { dossiers as dossierTable, systems as systemTable } from './govern.schema.ts';
import { eq } from 'drizzle-orm';

const clock = createManualClock('2026-12-05T03:00:00.000Z');
let t: GovernTestApp;
before(async () => {
  t = await createGovernTestApp(clock);
});
after(async () => t.close());

const DOCS = ['general_description', 'design', 'level_proposal', 'assurance_plan', 'risk_assessment', 'security_regulation'] as const;

async function post(who: Parameters<GovernTestApp['as']>[0] | null, url: string, payload: unknown) {
  return t.app.inject({ method: 'POST', url, payload: payload as object, headers: who ? t.as(who) : {} });
}

async function newSystem(code: string, ownerUnitId = 'P01'): Promise<string> {
  const r = await post(ownerUnitId === 'P79' ? 'officerHcm' : 'officerHn', '/api/govern/systems', { code, name: `Hệ thống ${code}`, description: 'Cổng dịch vụ công của BHXH tỉnh', ownerUnitId, systemType: 'citizen_services' });
  assert.equal(r.statusCode, 201, r.body);
  return r.json().id;
}

test('register: 401 without a session, 403 for plain staff and outside the unit subtree, nothing written', async () => {
  const body = { code: 'SYS-X', name: 'X', description: 'x', ownerUnitId: 'P01', systemType: 'internal' };
  assert.equal((await post(null, '/api/govern/systems', body)).statusCode, 401);
  const clerk = await post('clerk', '/api/govern/systems', body);
  assert.equal(clerk.json().code, 'KHIEN_AUTH_FORBIDDEN');
  const other = await post('officerHcm', '/api/govern/systems', body);
  assert.equal(other.statusCode, 403);
  assert.equal(other.json().code, 'KHIEN_GOVERN_FORBIDDEN_UNIT');
  const rows = await t.app.khien.database.db.select().from(systemTable).where(eq(systemTable.code, 'SYS-X'));
  assert.equal(rows.length, 0);
  assert.equal(t.actions('govern.system.create'), 0);
});

test('draft: the proposed level must be the highest criterion met', async () => {
  const id = await newSystem('SYS-LVL');
  const r = await post('officerHn', `/api/govern/systems/${id}/dossiers`, { proposedLevel: 2, criteria: ['L2_ONLINE_SERVICE', 'L3_PD_LARGE'], legalBasis: 'decree-331-2026', reasoning: 'r' });
  assert.equal(r.statusCode, 400);
  assert.equal(r.json().code, 'KHIEN_GOVERN_LEVEL_MISMATCH');
  const bad = await post('officerHn', `/api/govern/systems/${id}/dossiers`, { proposedLevel: 3, criteria: ['L9_NOPE'], legalBasis: 'decree-331-2026', reasoning: 'r' });
  assert.equal(bad.json().code, 'KHIEN_GOVERN_UNKNOWN_CRITERION');
  const rows = await t.app.khien.database.db.select().from(dossierTable).where(eq(dossierTable.systemId, id));
  assert.equal(rows.length, 0);
});

test('level 3: a provincial head or the central team approving is outside their authority; the agency head approves', async () => {
  const id = await newSystem('SYS-L3');
  const d = await post('officerHn', `/api/govern/systems/${id}/dossiers`, { proposedLevel: 3, criteria: ['L3_ADMIN_PROCEDURES', 'L2_ONLINE_SERVICE'], legalBasis: 'decree-331-2026', reasoning: 'Giải quyết thủ tục hành chính, trên 100.000 chủ thể' });
  assert.equal(d.statusCode, 201, d.body);
  const dossierId = d.json().id;
  // Appraisal before the documents are in.
  const early = await post('central', `/api/govern/dossiers/${dossierId}/appraise`, { outcome: 'appraised', note: 'Đạt' });
  assert.equal(early.statusCode, 409);
  assert.equal(early.json().code, 'KHIEN_GOVERN_DOCUMENTS_MISSING');
  // A provincial head cannot appraise.
  const headAppraise = await post('headHn', `/api/govern/dossiers/${dossierId}/appraise`, { outcome: 'appraised', note: 'Đạt' });
  assert.equal(headAppraise.json().code, 'KHIEN_GOVERN_OUTSIDE_AUTHORITY');
  for (const kind of DOCS) {
    const r = await post('officerHn', `/api/govern/dossiers/${dossierId}/documents`, { kind, title: `Tài liệu ${kind}`, reference: `123/BHXH-${kind}` });
    assert.equal(r.statusCode, 201, r.body);
  }
  // Approving before appraisal: the provincial head lacks the authority whatever the state.
  const headApprove = await post('headHn', `/api/govern/dossiers/${dossierId}/approve`, { approvalRef: '01/QĐ-BHXH' });
  assert.equal(headApprove.statusCode, 403);
  assert.equal(headApprove.json().code, 'KHIEN_GOVERN_OUTSIDE_AUTHORITY');
  const ap = await post('central', `/api/govern/dossiers/${dossierId}/appraise`, { outcome: 'appraised', note: 'Đạt yêu cầu' });
  assert.equal(ap.statusCode, 200, ap.body);
  assert.equal(ap.json().status, 'appraised');
  const centralApprove = await post('central', `/api/govern/dossiers/${dossierId}/approve`, { approvalRef: '01/QĐ-BHXH' });
  assert.equal(centralApprove.json().code, 'KHIEN_GOVERN_OUTSIDE_AUTHORITY');
  const [still] = await t.app.khien.database.db.select().from(dossierTable).where(eq(dossierTable.id, dossierId));
  assert.equal(still!.status, 'appraised');
  assert.equal(t.actions('govern.dossier.approve'), 0);
  const ok = await post('agencyHead', `/api/govern/dossiers/${dossierId}/approve`, { approvalRef: '01/QĐ-BHXH' });
  assert.equal(ok.statusCode, 200, ok.body);
  assert.equal(ok.json().status, 'approved');
  assert.equal(ok.json().approvedBy, t.cast.agencyHead.accountId);
  assert.equal(ok.json().reassessDue, '2027-12-05');
  assert.equal(t.actions('govern.dossier.approve'), 1);
  const again = await post('agencyHead', `/api/govern/dossiers/${dossierId}/approve`, { approvalRef: '01/QĐ-BHXH' });
  assert.equal(again.json().code, 'KHIEN_GOVERN_BAD_TRANSITION');
});

test('level 4 needs the ministry appraisal reference; level 2 is approved by the central team', async () => {
  const id4 = await newSystem('SYS-L4');
  const d4 = (await post('officerHn', `/api/govern/systems/${id4}/dossiers`, { proposedLevel: 4, criteria: ['L4_NATIONAL_EGOV'], legalBasis: 'decree-331-2026', reasoning: 'r' })).json();
  for (const kind of [...DOCS, 'professional_opinion']) await post('officerHn', `/api/govern/dossiers/${d4.id}/documents`, { kind, title: kind, reference: 'x' });
  const noRef = await post('central', `/api/govern/dossiers/${d4.id}/appraise`, { outcome: 'appraised', note: 'n' });
  assert.equal(noRef.json().code, 'KHIEN_GOVERN_EXTERNAL_REF_REQUIRED');
  const withRef = await post('central', `/api/govern/dossiers/${d4.id}/appraise`, { outcome: 'appraised', note: 'n', appraisalBody: 'Bộ Công an (A05)', externalRef: '99/A05-P3' });
  assert.equal(withRef.json().appraisalBody, 'Bộ Công an (A05)');

  const id2 = await newSystem('SYS-L2', 'P79');
  const d2 = (await post('officerHcm', `/api/govern/systems/${id2}/dossiers`, { proposedLevel: 2, criteria: ['L2_PD_SMALL'], legalBasis: 'decree-85-2016', reasoning: 'r' })).json();
  for (const kind of DOCS) await post('officerHcm', `/api/govern/dossiers/${d2.id}/documents`, { kind, title: kind, reference: 'x' });
  assert.equal((await post('central', `/api/govern/dossiers/${d2.id}/appraise`, { outcome: 'appraised', note: 'n' })).statusCode, 200);
  assert.equal((await post('headHcm', `/api/govern/dossiers/${d2.id}/approve`, { approvalRef: 'q' })).json().code, 'KHIEN_GOVERN_OUTSIDE_AUTHORITY');
  const ok = await post('central', `/api/govern/dossiers/${d2.id}/approve`, { approvalRef: '02/QĐ-CNTT' });
  assert.equal(ok.json().status, 'approved');
  const re = await post('officerHcm', `/api/govern/dossiers/${d2.id}/reassess`, { outcome: 'confirmed', note: 'Không thay đổi' });
  assert.equal(re.statusCode, 200, re.body);
});

test('coverage per unit matches the hand count and is scoped to the reader', async () => {
  // P01: SYS-LVL (none), SYS-L3 (approved), SYS-L4 (appraised) → 1 of 3; P79: SYS-L2 approved → 1 of 1.
  const r = await t.app.inject({ method: 'GET', url: '/api/govern/coverage/dossiers', headers: t.as('central') });
  assert.equal(r.statusCode, 200, r.body);
  const body = r.json();
  assert.deepEqual(body.units.map((u: { unitId: string; covered: number; total: number; percent: number }) => [u.unitId, u.covered, u.total, u.percent]), [['P01', 1, 3, 33.3], ['P79', 1, 1, 100]]);
  assert.deepEqual(body.total, { unitId: '*', total: 4, covered: 2, percent: 50 });
  const hcm = (await t.app.inject({ method: 'GET', url: '/api/govern/coverage/dossiers', headers: t.as('headHcm') })).json();
  assert.deepEqual(hcm.units.map((u: { unitId: string }) => u.unitId), ['P79']);
  const denied = await t.app.inject({ method: 'GET', url: '/api/govern/coverage/dossiers?unitId=P01', headers: t.as('headHcm') });
  assert.equal(denied.json().code, 'KHIEN_GOVERN_FORBIDDEN_UNIT');
  const list = (await t.app.inject({ method: 'GET', url: '/api/govern/systems', headers: t.as('officerHcm') })).json();
  assert.deepEqual(list.map((s: { code: string }) => s.code), ['SYS-L2']);
  // Server paging in code order: the central team's four systems, two at a time.
  const codes = async (query: string): Promise<string[]> => (await t.app.inject({ method: 'GET', url: `/api/govern/systems${query}`, headers: t.as('central') })).json().map((s: { code: string }) => s.code);
  const all = await codes('');
  assert.equal(all.length, 4);
  assert.deepEqual([...(await codes('?limit=2&offset=0')), ...(await codes('?limit=2&offset=2')), ...(await codes('?limit=2&offset=4'))], all);
  assert.equal((await t.app.inject({ method: 'GET', url: '/api/govern/systems?limit=9999', headers: t.as('central') })).statusCode, 400);
});
