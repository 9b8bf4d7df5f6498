import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dossierCoverage, percentOf, trainingCoverage } from './coverage-figures.ts';

test('percentOf: empty denominator is 100, one decimal otherwise', () => {
  assert.equal(percentOf(0, 0), 100);
  assert.equal(percentOf(1, 3), 33.3);
  assert.equal(percentOf(2, 3), 66.7);
  assert.equal(percentOf(0, 5), 0);
});

test('dossier coverage matches a hand count (missing, drafted, overdue re-assessment, approved)', () => {
  // P01: 4 systems: approved (due 2027), approved but re-assessment overdue, drafted, none → 1 of 4 = 25 %.
  // P79: 2 systems, both approved and current → 100 %. Total 3 of 6 = 50 %.
  const systems = [
    { id: 'a', ownerUnitId: 'P01' },
    { id: 'b', ownerUnitId: 'P01' },
    { id: 'c', ownerUnitId: 'P01' },
    { id: 'd', ownerUnitId: 'P01' },
    { id: 'e', ownerUnitId: 'P79' },
    { id: 'f', ownerUnitId: 'P79' },
  ];
  const dossiers = [
    { systemId: 'a', status: 'approved', reassessDue: '2027-03-01' },
    { systemId: 'b', status: 'approved', reassessDue: '2026-11-30' },
    { systemId: 'c', status: 'drafted', reassessDue: null },
    { systemId: 'e', status: 'approved', reassessDue: '2027-01-01' },
    { systemId: 'f', status: 'approved', reassessDue: '2026-12-05' },
  ];
  const out = dossierCoverage(systems, dossiers, '2026-12-05');
  assert.deepEqual(out.units, [
    { unitId: 'P01', total: 4, covered: 1, percent: 25, overdueReassessment: 1, missing: 2 },
    { unitId: 'P79', total: 2, covered: 2, percent: 100, overdueReassessment: 0, missing: 0 },
  ]);
  assert.deepEqual(out.total, { unitId: '*', total: 6, covered: 3, percent: 50 });
});

test('training coverage matches a hand count (role-mandatory courses, expiry, future dates)', () => {
  const courses = [
    { id: 'c1', code: 'ATTT-ALL', mandatoryFor: ['*'], validityMonths: 12 },
    { id: 'c2', code: 'ATTT-SO', mandatoryFor: ['security_officer'], validityMonths: 12 },
  ];
  const staff = [
    { id: 's1', unitId: 'P01', roles: ['staff'] }, // c1 on 2026-03-01: current → covered
    { id: 's2', unitId: 'P01', roles: ['staff'] }, // c1 on 2025-11-01: expired 2026-11-01 → overdue
    { id: 's3', unitId: 'P01', roles: ['security_officer'] }, // c1 ok, c2 missing → overdue (c2)
    { id: 's4', unitId: 'P79', roles: ['security_officer'] }, // c1 and c2 ok → covered
    { id: 's5', unitId: 'P79', roles: [] }, // nothing → overdue (c1)
  ];
  const attendance = [
    { courseId: 'c1', staffId: 's1', attendedOn: '2026-03-01' },
    { courseId: 'c1', staffId: 's2', attendedOn: '2025-11-01' },
    { courseId: 'c1', staffId: 's3', attendedOn: '2026-06-10' },
    { courseId: 'c1', staffId: 's4', attendedOn: '2026-01-10' },
    { courseId: 'c2', staffId: 's4', attendedOn: '2026-02-10' },
    { courseId: 'c1', staffId: 's5', attendedOn: '2026-12-20' }, // in the future: does not count
  ];
  const out = trainingCoverage(staff, courses, attendance, '2026-12-05');
  assert.deepEqual(out.units, [
    { unitId: 'P01', total: 3, covered: 1, percent: 33.3 },
    { unitId: 'P79', total: 2, covered: 1, percent: 50 },
  ]);
  assert.deepEqual(out.total, { unitId: '*', total: 5, covered: 2, percent: 40 });
  assert.deepEqual(out.overdue, [
    { staffId: 's2', unitId: 'P01', courses: ['ATTT-ALL'] },
    { staffId: 's3', unitId: 'P01', courses: ['ATTT-SO'] },
    { staffId: 's5', unitId: 'P79', courses: ['ATTT-ALL'] },
  ]);
});
