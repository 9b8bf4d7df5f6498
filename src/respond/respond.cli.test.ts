import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDatabase } from '../db/test-db.ts';
import { createManualClock } from '../platform/clock.ts';
import { loadConfig } from '../platform/config.ts';
import { createMemoryRecorder } from '../events/memory-recorder.ts';
import { ensureReferenceData } from '../seed/test-factories.ts';
import { createRespondModule } from './respond.module.ts';
import { parseSince, runExportStix, runSendCef } from './respond.cli.ts';

test('--since takes an ISO time or a duration back from now', () => {
  const now = new Date('2026-03-02T02:00:00.000Z');
  assert.equal(parseSince('24h', now).toISOString(), '2026-03-01T02:00:00.000Z');
  assert.equal(parseSince('90m', now).toISOString(), '2026-03-02T00:30:00.000Z');
  assert.equal(parseSince('7d', now).toISOString(), '2026-02-23T02:00:00.000Z');
  assert.equal(parseSince('2026-03-01T00:00:00Z', now).toISOString(), '2026-03-01T00:00:00.000Z');
  assert.throws(() => parseSince('yesterday', now));
});

test('export-stix prints the bundle of the period; send-cef without a target fails with a readable message', async () => {
  const database = await createTestDatabase();
  try {
    await ensureReferenceData(database.db);
    const clock = createManualClock('2026-03-02T02:00:00.000Z');
    const m = createRespondModule({ db: database.db, clock, recorder: createMemoryRecorder() });
    await m.openCaseFromAlert({ id: 'al-cli', ruleId: 'KH-OFFHOURS-01', severity: 'high', accountId: 'acc', unitId: 'P01', evidenceEventIds: ['e'], time: '2026-03-02T01:00:00Z' });
    let out = '';
    const io = { database, clock, config: loadConfig({}, { logLevel: 'silent' }), write: (s: string) => { out += s; } };
    assert.equal(await runExportStix({ since: '24h' }, io), 0);
    const bundle = JSON.parse(out) as { type: string; objects: Array<{ type: string }> };
    assert.equal(bundle.type, 'bundle');
    assert.ok(bundle.objects.some((o) => o.type === 'incident'));
    assert.ok(bundle.objects.some((o) => o.type === 'sighting'));
    out = '';
    assert.equal(await runExportStix({ since: 'soon' }, io), 1);
    assert.match(out, /ISO 8601/);
    out = '';
    assert.equal(await runSendCef({ since: '24h' }, io), 1);
    assert.match(out, /SOC_SYSLOG_TARGET/);
  } finally {
    await database.close();
  }
});
