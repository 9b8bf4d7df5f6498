/**
 * Micro-benchmark of `decide` alone: decisions per second over an in-memory index of 1,000, 100,000 and
 * 1,000,000 assignments (20,000 staff accounts), mixing allowed and denied requests. The full comparison with
 * casbin and Cedar is `bench/decisions.ts`; this script is the quick, dependency-free figure.
 *
 * Run: `npx tsx bench/decide.ts [--quick]`.
 */
import crypto from 'node:crypto';
import { decide } from '../src/access/decide.ts';
import { createGrantStore } from '../src/access/grant-store.ts';
import type { AccessResource, DecisionEnv, IndexedAssignment } from '../src/access/decision-types.ts';
import type { StaffActor } from '../src/actors/staff-actor.ts';
import type { DataCategory } from '../src/events/types.ts';

const QUICK = process.argv.includes('--quick');
const SIZES = QUICK ? [1_000, 100_000] : [1_000, 100_000, 1_000_000];
const ACCOUNTS = 20_000;
const PROVINCES = ['01', '04', '08', '11', '12', '14', '15', '19', '20', '22', '24', '25', '31', '33', '37', '38', '40'];
const NOW = Date.parse('2026-06-15T03:00:00Z');

function assignment(accountId: string, i: number): IndexedAssignment {
  return {
    id: crypto.randomUUID(),
    assignmentId: crypto.randomUUID(),
    version: 1,
    accountId,
    purpose: i % 3 === 0 ? 'benefit_settlement' : 'contribution_collection',
    categories: new Set<DataCategory>(['identity', 'contact', 'address']),
    actions: new Set(['search', 'view']),
    provinces: new Set([PROVINCES[i % PROVINCES.length]!]),
    communes: new Set(),
    employers: new Set(),
    persons: new Set(),
    validFrom: NOW - 86_400_000,
    validUntil: NOW + (i % 10 === 0 ? -1 : 86_400_000),
  };
}

function actor(accountId: string): StaffActor {
  return {
    type: 'staff', accountId, staffId: accountId, username: 'CB', unitId: 'P01', provinceCode: '01',
    roles: [{ role: 'staff', unitId: 'P01', validUntil: '2099-01-01T00:00:00Z' }],
    sessionId: 's', deviceId: 'd', deviceRegistered: true, mfa: true, mustChangePassword: false,
  };
}

const accounts = Array.from({ length: ACCOUNTS }, () => crypto.randomUUID());
const actors = accounts.map(actor);
const resources: AccessResource[] = PROVINCES.map((p) => ({ kind: 'record', record: 'person', subject: { personId: 'p', provinceCode: p, communeCode: `${p}001`, employerIds: [] } }));

for (const size of SIZES) {
  const store = createGrantStore();
  const list: IndexedAssignment[] = [];
  for (let i = 0; i < size; i++) list.push(assignment(accounts[i % ACCOUNTS]!, i));
  store.replaceAll({ assignments: list, breakGlass: [], agreements: [], exportRequests: [], purposes: [] });
  const env: DecisionEnv = { now: NOW, grants: store };
  let allowed = 0;
  let n = 0;
  const t0 = process.hrtime.bigint();
  const budget = QUICK ? 300_000_000n : 2_000_000_000n;
  while (process.hrtime.bigint() - t0 < budget) {
    for (let k = 0; k < 10_000; k++, n++) {
      if (decide(actors[n % ACCOUNTS]!, 'view', resources[n % resources.length]!, n % 2 ? 'benefit_settlement' : 'contribution_collection', env).outcome === 'allow') allowed++;
    }
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  process.stdout.write(`decide: ${size.toLocaleString('en')} assignments → ${Math.round(n / seconds).toLocaleString('en')} decisions/s (${((seconds / n) * 1e6).toFixed(2)} µs each, ${((allowed / n) * 100).toFixed(1)} % allowed)\n`);
}
