import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wasWithheldUntil, withheldUntil, type WithholdingRule } from './withholding.ts';
import { staffAccessEvent } from './citizen-test-helpers.ts';

const now = new Date('2026-03-02T00:00:00.000Z');
const rule = (over: Partial<WithholdingRule>): WithholdingRule => ({
  subjectPersonId: null,
  purpose: null,
  accessedFrom: null,
  accessedTo: null,
  withheldUntil: new Date('2026-05-01T00:00:00.000Z'),
  liftedAt: null,
  ...over,
});

test('withholding rules × accesses → hidden until', () => {
  const ev = staffAccessEvent('me', { purpose: 'inspection_audit', time: '2026-02-15T10:00:00.000Z' });
  const may = new Date('2026-05-01T00:00:00.000Z');
  const rows: Array<[string, Parameters<typeof withheldUntil>[0], WithholdingRule[], Date | null]> = [
    ['no rule', ev, [], null],
    ['by purpose', ev, [rule({ purpose: 'inspection_audit' })], may],
    ['other purpose', ev, [rule({ purpose: 'card_issuance' })], null],
    ['by subject', ev, [rule({ subjectPersonId: 'me' })], may],
    ['other subject', ev, [rule({ subjectPersonId: 'you' })], null],
    ['subject and purpose', ev, [rule({ subjectPersonId: 'me', purpose: 'inspection_audit' })], may],
    ['subject but other purpose', ev, [rule({ subjectPersonId: 'me', purpose: 'card_issuance' })], null],
    ['window covers', ev, [rule({ purpose: 'inspection_audit', accessedFrom: new Date('2026-02-01'), accessedTo: new Date('2026-03-01') })], may],
    ['window misses', ev, [rule({ purpose: 'inspection_audit', accessedFrom: new Date('2026-02-16') })], null],
    ['expired rule', ev, [rule({ purpose: 'inspection_audit', withheldUntil: new Date('2026-03-01') })], null],
    ['lifted rule', ev, [rule({ purpose: 'inspection_audit', liftedAt: new Date('2026-03-01') })], null],
    ['unscoped rule ignored', ev, [rule({})], null],
    ['event carries a date', { ...ev, withheldUntil: '2026-04-01T00:00:00.000Z' }, [], new Date('2026-04-01T00:00:00.000Z')],
    ['event date passed', { ...ev, withheldUntil: '2026-03-01T00:00:00.000Z' }, [], null],
    ['latest wins', { ...ev, withheldUntil: '2026-09-01T00:00:00.000Z' }, [rule({ subjectPersonId: 'me' })], new Date('2026-09-01T00:00:00.000Z')],
  ];
  for (const [name, event, rules, expected] of rows) {
    assert.deepEqual(withheldUntil(event, 'me', rules, now), expected, name);
  }
});

test('an access shown now says until when it had been withheld', () => {
  const ev = staffAccessEvent('me', { purpose: 'inspection_audit', time: '2026-02-15T10:00:00.000Z' });
  const later = new Date('2026-06-01T00:00:00.000Z');
  const rows: Array<[string, Parameters<typeof wasWithheldUntil>[0], WithholdingRule[], Date | null]> = [
    ['never withheld', ev, [], null],
    ['decision ended', ev, [rule({ purpose: 'inspection_audit' })], new Date('2026-05-01T00:00:00.000Z')],
    ['decision lifted early', ev, [rule({ purpose: 'inspection_audit', liftedAt: new Date('2026-04-01T00:00:00.000Z') })], new Date('2026-04-01T00:00:00.000Z')],
    ['decision for someone else', ev, [rule({ subjectPersonId: 'you' })], null],
    ['lifted as soon as made', ev, [rule({ purpose: 'inspection_audit', createdAt: new Date('2026-04-01T00:00:00.000Z'), liftedAt: new Date('2026-04-01T00:00:00.000Z') })], null],
    ['ended before the access', ev, [rule({ purpose: 'inspection_audit', withheldUntil: new Date('2026-02-01T00:00:00.000Z') })], null],
    ['event date passed', { ...ev, withheldUntil: '2026-03-01T00:00:00.000Z' }, [], new Date('2026-03-01T00:00:00.000Z')],
    ['event date still ahead', { ...ev, withheldUntil: '2026-09-01T00:00:00.000Z' }, [], null],
  ];
  for (const [name, event, rules, expected] of rows) {
    assert.deepEqual(wasWithheldUntil(event, 'me', rules, later), expected, name);
  }
});
