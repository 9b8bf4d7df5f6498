/**
 * The scope facts of the decision, read in one statement: area and the employers of open participation
 * periods only (closed periods do not widen an employer-scoped assignment), alone or with the person record.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDatabase } from '../db/test-db.ts';
import { ensureReferenceData, makeEmployer, makeParticipation, makePerson } from '../seed/test-factories.ts';
import { loadPersonWithFacts, loadPersons, loadSubjectFacts } from './registry.repo.ts';

test('facts list the open employers only; the person view gets record and facts together', async (t) => {
  const handle = await createTestDatabase();
  t.after(() => handle.close());
  const db = handle.db;
  await ensureReferenceData(db);
  const worker = await makePerson(db);
  const idle = await makePerson(db);
  const [e1, e2, old] = [await makeEmployer(db), await makeEmployer(db), await makeEmployer(db)];
  await makeParticipation(db, { personId: worker.id, employerId: e1.id, fromMonth: '2021-01' });
  await makeParticipation(db, { personId: worker.id, employerId: e2.id, fromMonth: '2022-01' });
  await makeParticipation(db, { personId: worker.id, employerId: old.id, fromMonth: '2015-01', toMonth: '2020-12' });
  await makeParticipation(db, { personId: idle.id, employerId: old.id, fromMonth: '2015-01', toMonth: '2020-12' });

  const facts = await loadSubjectFacts(db, [worker.id, idle.id, crypto.randomUUID()]);
  assert.equal(facts.size, 2);
  assert.deepEqual([...(facts.get(worker.id)?.employerIds ?? [])].sort(), [e1.id, e2.id].sort());
  assert.deepEqual(facts.get(idle.id)?.employerIds, []);
  assert.equal(facts.get(worker.id)?.provinceCode, worker.provinceCode);
  assert.equal(facts.get(worker.id)?.communeCode, worker.communeCode);

  const both = await loadPersonWithFacts(db, worker.id);
  assert.ok(both);
  assert.deepEqual({ ...both.facts, employerIds: [] }, { ...facts.get(worker.id)!, employerIds: [] });
  assert.deepEqual([...both.facts.employerIds].sort(), [e1.id, e2.id].sort());
  const [alone] = await loadPersons(db, [worker.id]);
  assert.deepEqual(both.person, alone);
  // The raw named statement (PostgreSQL, root handle) and Drizzle's (PGlite, transactions) read the same.
  const viaDrizzle = await db.transaction((tx) => loadPersonWithFacts(tx as unknown as typeof db, worker.id));
  assert.ok(viaDrizzle);
  assert.deepEqual(viaDrizzle.person, both.person);
  assert.deepEqual({ ...viaDrizzle.facts, employerIds: [...viaDrizzle.facts.employerIds].sort() }, { ...both.facts, employerIds: [...both.facts.employerIds].sort() });
  assert.deepEqual((await loadPersonWithFacts(db, idle.id))?.facts.employerIds, []);
  assert.equal(await loadPersonWithFacts(db, crypto.randomUUID()), undefined);
});
