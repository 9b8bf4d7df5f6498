import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessEvent, at, createHarness } from '../test-events.ts';
import { decoyRead, linkedPersonRead } from './linked-persons.ts';

test('R018 fires when staff read a household member, not for unrelated persons', async () => {
  const h = createHarness([linkedPersonRead]);
  h.context.link('a1', 'p-spouse');
  const hits = await h.feed(accessEvent('a1', at(0), { subjects: ['p-spouse'] }), accessEvent('a1', at(1), { subjects: ['p-spouse'] }));
  assert.equal(hits.length, 1);
  assert.equal(hits[0]!.details.linkedPersons, 1);
  const none = await h.feed(accessEvent('a2', at(2), { subjects: ['p-spouse'] }), accessEvent('a1', at(300), { subjects: ['p-other'] }));
  assert.equal(none.length, 0);
});

test('R019 fires on any touch of a decoy, even a denied one, and on nothing else', async () => {
  const h = createHarness([decoyRead]);
  h.context.addDecoy('p-decoy');
  const hits = await h.feed(
    accessEvent('a1', at(0), { subjects: ['p-x', 'p-decoy'] }),
    accessEvent('a2', at(1), { subjects: ['p-decoy'], outcome: 'deny' }),
    accessEvent('a3', at(2), { subjects: ['p-x'] }),
  );
  assert.equal(hits.length, 2);
  assert.equal(hits[0]!.severity, 'critical');
  assert.equal(hits[0]!.details.decoyId, 'p-decoy');
});
