/**
 * The block check of a range-parallel verification (`verify-range.ts`) stays an index range scan per level
 * whatever the planner's estimates: flattened into a join, over a 10,000,000-entry log the planner chose a hash
 * join over a sequential scan of the whole node table for every 4,096-entry block (about 1 s each). A test log
 * that large is too slow for the suite, so the test tells the planner to avoid nested loops (what it concluded
 * by itself at 10 M): the statement must leave it no other way than one index range per level. PostgreSQL
 * only (PGlite runs the sequential verifier).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from '../db/test-db.ts';
import { NODES_SQL } from './verify-range.ts';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

function scansOf(node: PlanNode, out: string[] = []): string[] {
  if (node['Relation Name'] === 'audit_tree_nodes') out.push(node['Node Type']);
  for (const child of node.Plans ?? []) scansOf(child, out);
  return out;
}

test('the block check reads each level by its primary-key range, never by scanning the node table', { skip: process.env.DATABASE_URL ? false : 'PostgreSQL only' }, async () => {
  const db = await createTestDatabase();
  try {
    // The interior nodes of a 262,144-entry tree (levels 1..12), as the appender stores them.
    await db.db.execute(sql`insert into audit_tree_nodes (level, idx, hash)
      select l, i, md5(l::text || ':' || i::text) || md5(i::text)
      from generate_series(1, 12) as l, lateral generate_series(0, (262144 >> l) - 1) as i`);
    await db.db.execute(sql`analyze audit_tree_nodes`);
    const start = 131_072;
    const levels = Array.from({ length: 12 }, (_, k) => k + 1);
    const params = [levels, levels.map((l) => Math.floor(start / 2 ** l)), levels.map((l) => Math.floor((start + 4096) / 2 ** l))];
    const client = await db.pool!.connect();
    try {
      await client.query('set enable_nestloop = off');
      const { rows } = await client.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(`explain (format json) ${NODES_SQL}`, params);
      const scans = scansOf(rows[0]!['QUERY PLAN'][0]!.Plan);
      assert.ok(scans.length > 0, 'the plan reads audit_tree_nodes');
      assert.deepEqual(scans.filter((s) => /Seq Scan/.test(s)), [], `scans of the node table: ${scans.join(', ')}`);
      const found = await client.query<{ n: number }>(NODES_SQL, params);
      assert.equal(found.rows[0]!.n, 4095, 'every interior node of the block (2,048 + 1,024 + … + 1)');
    } finally {
      client.release();
    }
  } finally {
    await db.close();
  }
});
