import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_POLICY, remediationDeadline, sameVersion, severityOfCvss } from './severity.ts';

test('CVSS bands', () => {
  const cases: Array<[number, string]> = [[0, 'low'], [3.9, 'low'], [4, 'medium'], [6.9, 'medium'], [7, 'high'], [8.9, 'high'], [9, 'critical'], [10, 'critical']];
  for (const [score, band] of cases) assert.equal(severityOfCvss(score), band, String(score));
});

test('deadline by severity from the policy', () => {
  const at = new Date('2026-11-01T00:00:00Z');
  assert.equal(remediationDeadline(at, 'critical', DEFAULT_POLICY).toISOString(), '2026-11-08T00:00:00.000Z');
  assert.equal(remediationDeadline(at, 'low', { ...DEFAULT_POLICY, lowDays: 1 }).toISOString(), '2026-11-02T00:00:00.000Z');
});

test('versions compare by number', () => {
  const cases: Array<[string, string, boolean]> = [['1.18.0', '1.18', true], ['v3.0.2', '3.0.2', true], ['1.18.0', '1.20.0', false], ['10 22H2', '10 22h2', true], ['2.4', '2.4.1', false]];
  for (const [a, b, eq] of cases) assert.equal(sameVersion(a, b), eq, `${a} ${b}`);
});
