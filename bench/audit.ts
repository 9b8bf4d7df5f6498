/**
 * Benchmark 3 — audit: durable appends per second through the real group-commit appender
 * (`src/audit/appender.ts`: canonical JSON, hash chain, Merkle nodes, one transaction per group) at 1, 16
 * and 64 concurrent writers (full run also 256 and 1,024), against plain single-row inserts of the same rows
 * into a copy of the table (same columns and indexes, no chain, no tree, one commit per row, one connection per
 * writer as far as the server allows) and pgbench's single-row commit rate on the same database (the reference
 * line; bench/lib/baselines.ts); then
 * verification speed (`verifyChain`, recomputing every leaf, chain hash and tree node from the bodies) over
 * 1,000,000 and 10,000,000 entries (quick: 10,000 and 100,000).
 *
 * Which path writes what: the append rates are measured ONLY through the real appender. The logs that are
 * verified are filled by a bulk path that produces byte-identical entries with the appender's own code
 * (`prepareEntry` for the canonical body and leaf, `sealEntries` for seq, chain hash and Merkle nodes,
 * `insertEntryBatch` for the rows, audit_subjects included) in groups of 10,000 with two groups in flight,
 * because the appender's durable per-request path is not how a 10-million-entry log gets built in
 * minutes. The verifier cannot tell the two apart (it checks every hash); the bench output names the fill
 * rate as "bulk fill rows/s".
 *
 * Runs in a scratch database that it drops. PostgreSQL's `synchronous_commit` is left as configured
 * (recorded in the result): an acknowledged append has reached the WAL on disk.
 *
 * Targets: ≥ 50,000 durable appends/s; verification ≥ 1,000,000 entries/s.
 *
 * Run: `npx tsx bench/audit.ts [--quick]`; `BENCH_AUDIT_SECONDS` (seconds per writer level),
 * `BENCH_AUDIT_VERIFY_SIZES` (comma-separated log sizes) and `BENCH_AUDIT_FILL_BUDGET_S` (seconds allowed for
 * the bulk fills; default 1,800 in the full run, so that the 10,000,000-entry log is filled at about 9,000 rows/s
 * on two cores; 600 in the quick run) override the defaults.
 */
import os from 'node:os';
import type pg from 'pg';
import { runBenchmark, QUICK, withScratchDatabase, percentile, round, type BenchOutcome } from './lib/env.ts';
import type { Cell, TargetCheck } from './lib/results.ts';
import { createEventStream, syntheticAccounts, type EventStream, type SyntheticAccount } from './lib/synthetic-events.ts';
import { openDatabase, type DbHandle } from '../src/db/client.ts';
import { createAuditAppender, prepareEntry, readChainState, sealEntries, type ChainState } from '../src/audit/appender.ts';
import { insertEntryBatch } from '../src/audit/audit.repo.ts';
import type { Database } from '../src/db/client.ts';
import { verifyChain } from '../src/audit/verify-chain.ts';
import { verifyParallel } from '../src/audit/verify-parallel.ts';
import { canonicalJson } from '../src/platform/canonical-json.ts';
import { hashLeaf } from '../src/audit/merkle-tree.ts';
import { extractEntryFields } from '../src/audit/entry-fields.ts';
import { toHex } from '../src/audit/bytes.ts';
import { copyFloor, leanScan, FLOOR_GROUP, type CopyFloorLevel } from './lib/audit-floors.ts';
import { createPlainTwinPools, pgbenchSingleRowCommits, pgbenchTable, referenceLine } from './lib/baselines.ts';
import type { AccessEvent } from '../src/events/types.ts';
import { itemAt } from '../src/platform/arrays.ts';

const WRITERS = QUICK ? [1, 16, 64] : [1, 16, 64, 256, 1024];
const SECONDS = Number(process.env.BENCH_AUDIT_SECONDS ?? (QUICK ? 1 : 8));
const VERIFY_SIZES = (process.env.BENCH_AUDIT_VERIFY_SIZES ?? (QUICK ? '10000,100000' : '1000000,10000000')).split(',').map(Number);
const POOL = 20;
/** Worker threads of the range-parallel verifier (the machine's cores). */
const PARALLEL_WORKERS = Math.max(2, os.availableParallelism());
/** Seconds the verification fills may take in all; a size whose fill would not fit is reported, not faked. */
const FILL_BUDGET_S = Number(process.env.BENCH_AUDIT_FILL_BUDGET_S ?? (QUICK ? 600 : 1800));
/** Entries per bulk-fill group, and groups in flight. */
const FILL_GROUP = 10_000;
const FILL_IN_FLIGHT = 2;

interface LevelFigure {
  writers: number;
  appendsPerSec: number | null;
  appendP50Ms: number | null;
  appendP99Ms: number | null;
  plainInsertsPerSec: number | null;
  plainP50Ms: number | null;
  plainP99Ms: number | null;
}

function makeEvents(stream: EventStream, accounts: readonly SyntheticAccount[]): () => AccessEvent {
  let i = 0;
  return () => {
    stream.next(); // advance time realistically
    return stream.access(itemAt(accounts, i++ % accounts.length), {});
  };
}

/** Runs `writers` loops of `op` for `seconds`; returns ops/s and latency percentiles. */
async function drive(writers: number, seconds: number, op: () => Promise<unknown>): Promise<{ perSec: number; p50: number | null; p99: number | null; ops: number }> {
  const lat: number[] = [];
  let ops = 0;
  const t0 = performance.now();
  const until = t0 + seconds * 1000;
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (performance.now() < until) {
        const s = performance.now();
        await op();
        lat.push(performance.now() - s);
        ops++;
      }
    }),
  );
  const elapsed = (performance.now() - t0) / 1000;
  lat.sort((a, b) => a - b);
  return { perSec: ops / elapsed, p50: percentile(lat, 50), p99: percentile(lat, 99), ops };
}

/**
 * Bulk fill for the verification sizes (not an append measurement): the appender's own functions compute
 * every body, leaf, chain hash and Merkle node; groups of FILL_GROUP rows are inserted with two in flight.
 */
async function bulkFillTo(db: Database, next: () => AccessEvent, target: number, state: ChainState, deadline: number): Promise<ChainState> {
  let head = state;
  const inFlight = new Set<Promise<void>>();
  let failure: unknown = null;
  while (head.seq < target && performance.now() < deadline && failure === null) {
    const n = Math.min(FILL_GROUP, target - head.seq);
    const sealed = sealEntries(head, Array.from({ length: n }, () => prepareEntry(next())));
    head = sealed.next;
    const p = insertEntryBatch(db, sealed.entries, sealed.nodes).catch((err: unknown) => { failure = err; });
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
    if (inFlight.size >= FILL_IN_FLIGHT) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (failure !== null) throw failure;
  return head;
}

async function run(): Promise<BenchOutcome> {
  return withScratchDatabase('audit', async (url) => {
    const handle: DbHandle = await openDatabase({ databaseUrl: url, poolSize: POOL });
    try {
      await handle.migrate();
      const pool = handle.pool as pg.Pool;
      const sync = (await pool.query<{ s: string }>("select current_setting('synchronous_commit') as s")).rows[0]?.s ?? 'unknown';
      await pool.query(`create table bench_plain_entries (like audit_entries including defaults including indexes)`);
      await pool.query(`create sequence bench_plain_seq`);
      await pool.query(`alter table bench_plain_entries alter column seq set default nextval('bench_plain_seq')`);

      const accounts = syntheticAccounts(2000);
      const stream = createEventStream({ accounts, persons: 1_000_000, startMs: Date.UTC(2026, 10, 23, 1, 0, 0), meanGapMs: 20, seed: 5 });
      const next = makeEvents(stream, accounts);
      let appendErrors = 0;
      const figures: LevelFigure[] = [];
      // Baselines (bench/lib/baselines.ts): the plain twin gets as many connections as writers.
      const plainPools = createPlainTwinPools(url);
      for (const writers of WRITERS) {
        process.stdout.write(`  ${writers} writers: append…`);
        const appender = createAuditAppender({ db: handle.db, onError: () => { appendErrors++; } });
        await appender.recover();
        const a = await drive(writers, SECONDS, () => appender.append(next()));
        await appender.stop();
        process.stdout.write(' plain…');
        const plainPool = await plainPools.forWriters(writers);
        const p = await drive(writers, SECONDS, async () => {
          const e = next();
          const body = canonicalJson(e);
          const leaf = toHex(hashLeaf(Buffer.from(body, 'utf8')));
          const f = extractEntryFields(e);
          await plainPool.query(
            `insert into bench_plain_entries (time, kind, body, leaf_hash, chain_hash, event_id, account_id, subject_ids, unit_id, purpose, action, outcome, request_id)
             values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
            [e.time, e.kind, body, leaf, leaf, e.id, f.accountId, f.subjectIds, f.unitId, f.purpose, f.action, f.outcome, f.requestId],
          );
        });
        process.stdout.write(' done\n');
        figures.push({
          writers,
          appendsPerSec: round(a.perSec, 0),
          appendP50Ms: round(a.p50, 2),
          appendP99Ms: round(a.p99, 2),
          plainInsertsPerSec: round(p.perSec, 0),
          plainP50Ms: round(p.p50, 2),
          plainP99Ms: round(p.p99, 2),
        });
      }

      const plainConnections = WRITERS.map((w) => `${w}: ${plainPools.connections(w)}`).join(', ');
      await plainPools.close();
      process.stdout.write('  pgbench single-row commits…\n');
      const reference = await pgbenchSingleRowCommits(url, WRITERS, SECONDS);
      process.stdout.write('  COPY floor (1 and 2 connections)…');
      const floor: CopyFloorLevel[] = await copyFloor(url, next, SECONDS);
      process.stdout.write(` ${floor.map((l) => `${l.connections}: ${l.rowsPerSec.toLocaleString('en-US')} rows/s`).join(', ')}\n`);

      // Verification over growing logs (filled by the bulk path, see the header).
      let state = await readChainState(handle.db);
      const verify: Array<{ entries: number; fillPerSec: number | null; verifySeconds: number; entriesPerSec: number; entriesPerCpuSec: number; ok: boolean; parallelSeconds: number; parallelPerSec: number; parallelMode: string; leanPerSec: number }> = [];
      const unavailable: string[] = [];
      const fillDeadline = performance.now() + FILL_BUDGET_S * 1000;
      let fillRate: number | null = null;
      for (const target of VERIFY_SIZES) {
        const remaining = (fillDeadline - performance.now()) / 1000;
        if (fillRate !== null && (target - state.seq) / fillRate > remaining) {
          unavailable.push(`verification over ${target.toLocaleString('en-US')} entries: bulk-filling the log from ${state.seq.toLocaleString('en-US')} at the measured ${Math.round(fillRate).toLocaleString('en-US')} rows/s would take ${Math.round((target - state.seq) / fillRate)} s, beyond the remaining fill budget of ${Math.max(0, Math.round(remaining))} s (BENCH_AUDIT_FILL_BUDGET_S)`);
          continue;
        }
        process.stdout.write(`  bulk fill to ${target.toLocaleString('en-US')}…`);
        const before = state.seq;
        const tf = performance.now();
        state = await bulkFillTo(handle.db, next, target, state, fillDeadline);
        const fillSec = (performance.now() - tf) / 1000;
        if (state.seq > before) fillRate = (state.seq - before) / Math.max(fillSec, 1e-3);
        if (state.seq < target) {
          unavailable.push(`verification over ${target.toLocaleString('en-US')} entries: the fill budget (${FILL_BUDGET_S} s) ran out at ${state.seq.toLocaleString('en-US')} entries (${Math.round(fillRate ?? 0).toLocaleString('en-US')} rows/s); verified at that size instead`);
        }
        process.stdout.write(' verify…');
        const tv = performance.now();
        const cpu0 = process.cpuUsage();
        const report = await verifyChain(handle.db);
        const cpu = process.cpuUsage(cpu0);
        const vs = (performance.now() - tv) / 1000;
        const cpuSec = (cpu.user + cpu.system) / 1e6;
        process.stdout.write(` ${report.ok ? 'ok' : 'FAULTS'}; range-parallel (${PARALLEL_WORKERS} workers)…`);
        const tp = performance.now();
        const parallel = await verifyParallel(handle.db, { databaseUrl: url, workers: PARALLEL_WORKERS, minEntries: 0 });
        const ps = (performance.now() - tp) / 1000;
        process.stdout.write(` ${parallel.ok && parallel.rootHash === report.rootHash ? 'ok' : 'FAULTS'} (${parallel.mode}); lean scan (1 thread)…`);
        const lean = await leanScan(url);
        process.stdout.write(` ${lean.ok && lean.entries === report.size ? 'ok' : 'FAULTS'}\n`);
        verify.push({
          entries: report.size,
          fillPerSec: state.seq > before ? round((state.seq - before) / fillSec, 0) : null,
          verifySeconds: round(vs, 2) ?? 0,
          entriesPerSec: round(report.size / vs, 0) ?? 0,
          entriesPerCpuSec: round(report.size / Math.max(cpuSec, 1e-3), 0) ?? 0,
          ok: report.ok && parallel.ok && parallel.rootHash === report.rootHash && lean.ok && lean.entries === report.size,
          parallelSeconds: round(ps, 2) ?? 0,
          parallelPerSec: round(parallel.size / ps, 0) ?? 0,
          parallelMode: parallel.mode,
          leanPerSec: lean.entriesPerSec,
        });
      }

      const best = Math.max(...figures.map((f) => f.appendsPerSec ?? 0));
      const bestAt = figures.find((f) => f.appendsPerSec === best)?.writers ?? null;
      const largestVerify = verify[verify.length - 1];
      const targets: TargetCheck[] = [
        { name: 'durable appends', target: '>= 50,000 appends/s', measured: `${best.toLocaleString('en-US')}/s at ${bestAt} writers`, met: best >= 50_000, baseline: `${referenceLine(figures, reference)}; floor (COPY of ${FLOOR_GROUP.toLocaleString('en-US')}-entry groups hashed in Node, one commit each): ${floor.map((l) => `${l.rowsPerSec.toLocaleString('en-US')} rows/s on ${l.connections} connection${l.connections > 1 ? 's' : ''}`).join(', ')}` },
        {
          name: 'verification',
          target: '>= 1,000,000 entries/s',
          measured: largestVerify ? `${largestVerify.entriesPerSec.toLocaleString('en-US')}/s over ${largestVerify.entries.toLocaleString('en-US')}` : 'n/a',
          met: largestVerify ? largestVerify.entriesPerSec >= 1_000_000 : null,
        },
        {
          name: 'range-parallel verification',
          target: `>= 200,000 entries/s on two cores (issue 18)`,
          measured: largestVerify ? `${largestVerify.parallelPerSec.toLocaleString('en-US')}/s over ${largestVerify.entries.toLocaleString('en-US')} (${PARALLEL_WORKERS} worker threads, ${largestVerify.parallelMode})` : 'n/a',
          met: largestVerify ? largestVerify.parallelMode === 'parallel' && largestVerify.parallelPerSec >= 200_000 : null,
          baseline: largestVerify ? `floor: lean scan on one thread (leaf, chain and tree hashed, stored nodes not compared) ${largestVerify.leanPerSec.toLocaleString('en-US')}/s over the same log` : undefined,
        },
      ];
      const rows: Cell[][] = figures.map((f) => [
        f.writers, f.appendsPerSec, f.appendP50Ms, f.appendP99Ms, f.plainInsertsPerSec, f.plainP50Ms, f.plainP99Ms,
        f.appendsPerSec !== null && f.plainInsertsPerSec ? round(f.appendsPerSec / f.plainInsertsPerSec, 2) : null,
      ]);
      const notes = [
        `synchronous_commit=${sync}; the appender uses one connection per group commit; the plain twin one connection per writer (writers: connections, capped by the server's free connections: ${plainConnections})`,
        'append rates: the real appender (one durable group commit per batch, callers acknowledged after COMMIT); the plain twin inserts the same rows into a copy of audit_entries with its indexes, without chain, tree or audit_subjects',
        `verified logs: bulk-filled with the appender's own prepareEntry/sealEntries/insertEntryBatch in groups of ${FILL_GROUP.toLocaleString('en-US')} (identical entries; not an append-rate figure); "Node entries/CPU-s" is the verifier process's CPU time only (PostgreSQL's share is not in it)`,
        `floor (COPY): groups of ${FLOOR_GROUP.toLocaleString('en-US')} events prepared, hashed and sealed by the appender's own prepareEntry/sealEntries/encodeGroup, each sent as one COPY into a copy of audit_entries with its indexes (its own durable commit), no callers, tree nodes or audit_subjects written, no order between groups; 2 connections: two groups in flight`,
        'lean scan: one thread reads the log through the range verifier\'s scanner (binary COPY; leaf and chain hashes checked, tree nodes computed per 4,096-entry block, stored nodes not compared): the single-core floor of verification on this machine',
      ];
      if ('unavailable' in reference) unavailable.push(reference.unavailable);
      else unavailable.push(...reference.failures);
      if ('levels' in reference) notes.push('pgbench: `pgbench -n -f` with one single-row insert (~1 KB) per transaction, on the same database, as the reference line of what this PostgreSQL commits one row at a time');
      if (appendErrors > 0) notes.push(`${appendErrors} append batch errors reported by the appender`);
      if (verify.some((v) => !v.ok)) notes.push('verification reported faults on an honest log');
      return {
        tables: [
          {
            title: `Durable appends per second (${SECONDS} s per level)`,
            columns: ['writers', 'append/s', 'p50 ms', 'p99 ms', 'plain insert/s', 'plain p50', 'plain p99', 'append÷plain'],
            rows,
          },
          {
            title: 'Verification (chain + Merkle tree recomputed from the bodies)',
            columns: ['entries', 'bulk fill rows/s', 'verify s', 'entries/s', 'Node entries/CPU-s', 'range-parallel s', 'range-parallel entries/s', 'parallel ÷ sequential', 'lean scan entries/s (1 thread)', 'ok'],
            rows: verify.map((v) => [v.entries, v.fillPerSec, v.verifySeconds, v.entriesPerSec, v.entriesPerCpuSec, v.parallelSeconds, v.parallelPerSec, round(v.parallelPerSec / Math.max(v.entriesPerSec, 1), 2), v.leanPerSec, v.ok ? 'yes' : 'NO']),
          },
          {
            title: `Floor: durable COPY of ${FLOOR_GROUP.toLocaleString('en-US')}-entry groups, leaf, chain and tree hashed in Node (${SECONDS} s per level)`,
            columns: ['connections', 'rows/s', 'groups', 'best appender rate ÷ floor'],
            rows: floor.map((l) => [l.connections, l.rowsPerSec, l.groups, round(best / Math.max(l.rowsPerSec, 1), 2)]),
          },
          ...('levels' in reference ? [pgbenchTable(reference.levels)] : []),
        ],
        targets,
        data: { secondsPerLevel: SECONDS, synchronousCommit: sync, fillBudgetSeconds: FILL_BUDGET_S, writers: figures, verify, copyFloor: floor, pgbench: 'levels' in reference ? reference.levels : null },
        unavailable,
        notes,
      };
    } finally {
      await handle.close();
    }
  });
}

await runBenchmark({
  name: 'audit',
  title: 'Audit: group-commit appends and verification',
  reproduce: 'npx tsx bench/audit.ts   # --quick: 1 s per level, verify 10,000 and 100,000',
  usesDatabase: true,
  run,
});
