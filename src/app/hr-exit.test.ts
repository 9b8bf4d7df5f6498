import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp } from './test-app.ts';
import { HR_EXIT_HOOKS } from './hr-exit.ts';

test('the composition root registers the HR-exit hooks once, in the declared order', async () => {
  const t = await createTestApp();
  try {
    assert.deepEqual(t.app.khien.auth.hrHooks.names(), [...HR_EXIT_HOOKS]);
  } finally {
    await t.close();
  }
});
