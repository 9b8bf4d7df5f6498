/** The HR import progress board: only the importer reads, entries end ten minutes after their last change, bounded. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createManualClock } from '../../platform/clock.ts';
import { createHrImportProgressBoard } from './hr-import-progress.ts';

test('the importer follows phases to done; another account and an unknown id see nothing', () => {
  const clock = createManualClock();
  const board = createHrImportProgressBoard(clock);
  const report = board.follow('imp-1', 'acct-a');
  assert.deepEqual(board.read('imp-1', 'acct-a'), { phase: 'validate', done: 0, total: 0 });
  report('prepare', 3, 40);
  assert.deepEqual(board.read('imp-1', 'acct-a'), { phase: 'prepare', done: 3, total: 40 });
  report('apply', 100, 250);
  board.finish('imp-1');
  assert.deepEqual(board.read('imp-1', 'acct-a'), { phase: 'done', done: 250, total: 250 });
  assert.equal(board.read('imp-1', 'acct-b'), null);
  assert.equal(board.read('imp-2', 'acct-a'), null);
});

test('an entry ends ten minutes after its last change, and at most 200 are held', () => {
  const clock = createManualClock();
  const board = createHrImportProgressBoard(clock);
  const report = board.follow('slow', 'acct-a');
  clock.advance(9 * 60_000);
  report('apply', 1, 2);
  clock.advance(9 * 60_000);
  assert.deepEqual(board.read('slow', 'acct-a'), { phase: 'apply', done: 1, total: 2 }, 'kept while it moves');
  clock.advance(2 * 60_000);
  assert.equal(board.read('slow', 'acct-a'), null);
  for (let i = 0; i < 250; i++) board.follow(`flood-${i}`, 'acct-a');
  assert.equal(board.read('flood-0', 'acct-a'), null, 'the oldest went first');
  assert.ok(board.read('flood-249', 'acct-a'));
  assert.ok(board.read('flood-50', 'acct-a'));
});
