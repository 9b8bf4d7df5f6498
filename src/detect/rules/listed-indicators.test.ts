import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createManualClock } from '../../platform/clock.ts';
import { createMemoryContext } from '../context.ts';
import { createDetector } from '../detector.ts';
import type { Detection } from '../rule.ts';
import { accessEvent, at, authEvent } from '../test-events.ts';
import { listedIndicatorSeen } from './listed-indicators.ts';

test('R023: a listed address or username on a read or sign-in fires once per indicator, address first', () => {
  const hits: Detection[] = [];
  const listed = new Set(['ip:203.0.113.9', 'account:cb000042']);
  const context = {
    ...createMemoryContext(),
    listedIndicator: (kind: 'ip' | 'domain' | 'hash' | 'account', value: string) => (listed.has(`${kind}:${value}`) ? { listId: 'L1', indicatorId: `${kind}-1`, unitIds: ['U9'] } : null),
  };
  const d = createDetector({ rules: [listedIndicatorSeen], context, clock: createManualClock(), onAlert: (h) => hits.push(h) });
  d.process(accessEvent('a1', at(0)));
  d.process(accessEvent('a1', at(1), { source: { ip: '203.0.113.9', system: 'khien' } }));
  d.process(authEvent('a2', at(2), { username: 'CB000042', source: { ip: '203.0.113.9', system: 'khien' } }));
  d.process(authEvent('a3', at(3), { username: 'CB000043', source: { ip: '10.1.0.1', system: 'khien' } }));
  assert.deepEqual(hits.map((h) => [h.groupKey, h.details.indicatorKind, h.details.indicatorId]), [
    ['ip:203.0.113.9', 'ip', 'ip-1'],
    ['ip:203.0.113.9', 'ip', 'ip-1'],
    ['account:cb000042', 'account', 'account-1'],
  ]);
  assert.equal(hits[0]!.unitId, 'P01-L1');
});
