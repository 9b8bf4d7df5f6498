import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { createTestDatabase } from '../db/test-db.ts';
import { accounts, roleGrants, vpnAccounts } from '../auth/auth.schema.ts';
import { decoys, householdMembers, households, persons } from '../registry/registry.schema.ts';
import { createManualClock } from '../platform/clock.ts';
import { makeStaff } from '../seed/test-factories.ts';
import { createDbDetectContext } from './detect-context.ts';

test('the database-backed detect context loads accounts, HR status, VPN accounts, decoys and linked persons', async () => {
  const database = await createTestDatabase();
  const db = database.db;
  try {
    const clock = createManualClock('2026-03-02T03:00:00.000Z');
    const person = (id: string, street: string, householdId: string | null, n: number) => ({
      id, personalId: `0010900${String(n).padStart(5, '0')}`, fullName: 'Nguyễn Văn Mẫu', sex: 'M' as const, dateOfBirth: '1980-01-01',
      provinceCode: '01', communeCode: '01001', street, householdId,
    });
    const hh = crypto.randomUUID();
    const [me, spouse, neighbour, stranger, decoy, member] = Array.from({ length: 6 }, () => crypto.randomUUID());
    await db.insert(households).values({ id: hh, code: 'HGD0001', headPersonId: me, provinceCode: '01', communeCode: '01001', street: 'Số 1 Phố Mẫu' });
    await db.insert(persons).values([
      person(me!, 'Số 1 Phố Mẫu', hh, 1), person(spouse!, 'Số 9 Phố Khác', hh, 2), person(neighbour!, 'Số 1 Phố Mẫu', null, 3),
      person(stranger!, 'Số 5 Phố Lạ', null, 4), person(decoy!, 'Số 7 Phố Mồi', null, 5), person(member!, 'Số 3 Phố Xa', null, 6),
    ]);
    await db.insert(householdMembers).values([{ householdId: hh, personId: me!, relation: 'head' }, { householdId: hh, personId: member!, relation: 'child' }]);
    await db.insert(decoys).values({ personId: decoy! });
    const staff = await makeStaff(db, { unitId: 'P01-L1', personId: me });
    const retired = await makeStaff(db, { unitId: 'P79', status: 'retired' });
    const acc = crypto.randomUUID();
    const acc2 = crypto.randomUUID();
    await db.insert(accounts).values([
      { id: acc, staffId: staff.id, username: staff.staffNo, status: 'active', lastSignInAt: new Date('2026-01-01T00:00:00Z') },
      { id: acc2, staffId: retired.id, username: retired.staffNo, status: 'active' },
    ]);
    await db.insert(roleGrants).values([
      { id: crypto.randomUUID(), accountId: acc, role: 'staff', unitId: 'P01-L1', validFrom: new Date('2026-01-01'), validUntil: new Date('2026-12-31') },
      { id: crypto.randomUUID(), accountId: acc, role: 'unit_head', unitId: 'P01-L1', validFrom: new Date('2025-01-01'), validUntil: new Date('2025-12-31') },
    ]);
    await db.insert(vpnAccounts).values({
      id: crypto.randomUUID(), vpnUsername: 'vpn.mau', ownerAccountId: acc, purpose: 'remote work', justification: 'công tác', approvedBy: acc2,
      validFrom: new Date('2026-01-01'), validUntil: new Date('2026-06-30'), otpRequired: true, status: 'active', createdBy: acc2,
    });

    const ctx = await createDbDetectContext(db, clock);
    const facts = ctx.account(acc)!;
    assert.equal(facts.unitKind, 'local');
    assert.equal(facts.provinceCode, '01');
    assert.deepEqual(facts.roles, ['staff'], 'expired grants do not count');
    assert.equal(facts.lastActiveAt, '2026-01-01T00:00:00.000Z');
    assert.equal(ctx.peerGroup(acc), 'staff:local');
    assert.equal(ctx.account(acc2)!.hrStatus, 'retired');
    assert.equal(ctx.accountIdByUsername(staff.staffNo), acc);
    assert.equal(ctx.vpnAccount('vpn.mau')?.accountId, acc);
    assert.equal(ctx.vpnAccount('vpn.mau')?.validUntil, '2026-06-30T00:00:00.000Z');
    assert.ok(ctx.isDecoy(decoy!));
    assert.ok(!ctx.isDecoy(stranger!));
    for (const p of [me, spouse, neighbour, member]) assert.ok(ctx.isLinkedPerson(acc, p!), p);
    assert.ok(!ctx.isLinkedPerson(acc, stranger!));
    assert.equal(ctx.provinceOfIp('10.79.1.1'), '79');
    assert.deepEqual([...(await ctx.subjectProvinces([stranger!, 'not-a-uuid']))], [[stranger, '01']]);

    await db.insert(decoys).values({ personId: stranger! });
    await ctx.refresh();
    assert.ok(ctx.isDecoy(stranger!));
  } finally {
    await database.close();
  }
});
