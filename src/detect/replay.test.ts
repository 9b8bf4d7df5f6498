import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runReplay } from './detect.cli.ts';
import { eventOfLine, parseParamOverrides } from './replay.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const events = path.join(here, 'fixtures', 'replay-events.jsonl');
const context = path.join(here, 'fixtures', 'replay-context.json');

// Failure cases first.
test('replay refuses unknown rules, unknown parameters, wrong types and a missing file', async () => {
  assert.throws(() => parseParamOverrides(['KHIEN-R999.x=1']), /no rule KHIEN-R999/);
  assert.throws(() => parseParamOverrides(['R010.nope=1']), /has no parameter nope/);
  assert.throws(() => parseParamOverrides(['R010.lateMinutes=late']), /takes a number/);
  assert.throws(() => parseParamOverrides(['R003.outsideHomeProvince=yes']), /true or false/);
  assert.throws(() => parseParamOverrides(['lateMinutes=5']), /RULE.key=value/);
  let said = '';
  assert.equal(await runReplay(events, { param: ['R010.nope=1'] }, { write: (t) => (said += t) }), 1);
  assert.match(said, /nope/);
  assert.equal(await runReplay(path.join(here, 'fixtures', 'missing.jsonl'), {}, { write: () => {} }), 1);
  assert.deepEqual(eventOfLine('{"a":1}'), { reason: 'not_an_event' });
  assert.deepEqual(eventOfLine('nope'), { reason: 'bad_json' });
});

test('replay of the fixture: alerts as JSON lines with evidence, audit entries read through their body, bad lines counted', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'khien-replay-'));
  try {
    const out = path.join(dir, 'alerts.jsonl');
    let said = '';
    assert.equal(await runReplay(events, { context, out }, { write: (t) => (said += t) }), 0);
    const alerts = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { ruleId: string; details: Record<string, unknown>; evidence: Record<string, unknown>; accountId: string });
    assert.deepEqual(alerts.map((a) => a.ruleId).sort(), ['KHIEN-R004', 'KHIEN-R007', 'KHIEN-R010', 'KHIEN-R019']);
    const used = alerts.find((a) => a.ruleId === 'KHIEN-R007')!;
    assert.equal(used.details.kind, 'leaked_credential_used');
    assert.equal(used.evidence.ip, '185.40.1.7');
    const decoy = alerts.find((a) => a.ruleId === 'KHIEN-R019')!;
    assert.equal(decoy.evidence.subjectCount, 1, 'evidence counts persons, never names them');
    assert.ok(!JSON.stringify(alerts).includes('person-1'), 'no person id in the output');
    assert.match(said, /replayed 9 events/);
    assert.match(said, /line 4: bad_json/);

    // The same file with a rule change: R010 needs ten reads, the decoy rule knows no decoys without the context.
    const out2 = path.join(dir, 'alerts2.jsonl');
    assert.equal(await runReplay(events, { out: out2, param: ['KHIEN-R010.minReads=10'] }, { write: () => {} }), 0);
    const ids = readFileSync(out2, 'utf8').trim().split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { ruleId: string }).ruleId);
    assert.deepEqual(ids.sort(), ['KHIEN-R004', 'KHIEN-R007']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
