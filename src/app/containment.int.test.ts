import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { createTestApp } from './test-app.ts';
import { blockedAddresses } from '../respond/respond.schema.ts';
import type { AdminEvent } from '../events/types.ts';

test('a blocked address is refused on every route with a catalogued 403, others pass', async () => {
  const { app, close } = await createTestApp();
  try {
    await app.khien.database.db.insert(blockedAddresses).values({ address: '10.1.2.3', blockedAt: new Date(), blockedUntil: null });
    const event: AdminEvent = {
      id: crypto.randomUUID(),
      kind: 'admin',
      time: new Date().toISOString(),
      source: { system: 'khien' },
      actor: { type: 'system', accountId: null },
      action: 'case.containment.block_address',
      target: { type: 'address', id: 'test' },
      outcome: 'success',
    };
    app.khien.bus.publish(event);
    let res = await app.inject({ method: 'GET', url: '/health', remoteAddress: '10.1.2.3' });
    for (let i = 0; i < 20 && res.statusCode !== 403; i++) {
      await new Promise((r) => setTimeout(r, 50));
      res = await app.inject({ method: 'GET', url: '/health', remoteAddress: '10.1.2.3' });
    }
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().code, 'KHIEN_HTTP_ADDRESS_BLOCKED');
    const other = await app.inject({ method: 'GET', url: '/health', remoteAddress: '10.1.2.4' });
    assert.equal(other.statusCode, 200);
  } finally {
    await close();
  }
});
