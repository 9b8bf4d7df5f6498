/**
 * The floor of the read path on this machine: the least a server can do and still keep the promise that every
 * read is recorded durably before it is answered. Fastify with no plugins, one raw prepared statement for the
 * person (the registry's own columns), then a hash-chained audit row of about 500 bytes appended through a
 * group commit (rows queued while the previous group commits; one statement and one WAL flush per group), then
 * the answer. No session, no decision, no masking, no detector: what the protected server costs beyond this is
 * the price of those, not of durability.
 *
 * `/raw/persons/:id` is the same server's plain read (the statement, no audit): floor ÷ raw is what durability
 * costs with nothing else in the way.
 *
 * The audit rows go to a table of their own (`bench_floor_audit`: seq, chain hash, body; primary key only),
 * created and dropped by {@link startFloorServer}.
 */
import crypto from 'node:crypto';
import Fastify from 'fastify';
import pg from 'pg';
import { eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { persons } from '../../src/registry/registry.schema.ts';

/** The person query: the registry's columns (as `loadPersons` reads them), by id, as one raw prepared statement. */
function personStatement(): string {
  const db = drizzle.mock();
  return db
    .select({
      id: persons.id,
      personalId: persons.personalId,
      socialInsuranceNo: persons.socialInsuranceNo,
      fullName: persons.fullName,
      sex: persons.sex,
      dateOfBirth: persons.dateOfBirth,
      provinceCode: persons.provinceCode,
      communeCode: persons.communeCode,
      street: persons.street,
      phone: persons.phone,
      status: persons.status,
    })
    .from(persons)
    .where(eq(persons.id, sql.placeholder('id')))
    .toSQL().sql;
}

const AUDIT_TABLE = 'bench_floor_audit';

interface Pending {
  readonly body: string;
  readonly resolve: () => void;
  readonly reject: (err: unknown) => void;
}

/**
 * A group-commit appender of hash-chained rows on one connection: while a group commits, new rows queue; the
 * next group takes them all. chain(n) = SHA-256(chain(n-1) ‖ SHA-256(body(n))).
 */
class FloorAppender {
  private queue: Pending[] = [];
  private flushing = false;
  private seq = 0;
  private chain: Buffer = Buffer.alloc(32);
  /** Groups committed and rows in them (diagnostics). */
  groups = 0;
  rows = 0;

  constructor(private readonly client: pg.Client) {}

  append(body: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ body, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    while (this.queue.length > 0) {
      const group = this.queue;
      this.queue = [];
      const rows = group.map((p) => {
        const leaf = crypto.createHash('sha256').update(p.body).digest();
        this.chain = crypto.createHash('sha256').update(this.chain).update(leaf).digest();
        this.seq += 1;
        return { seq: this.seq, chain: this.chain.toString('hex'), body: p.body };
      });
      try {
        await this.client.query({
          name: 'bench_floor_append',
          text: `insert into ${AUDIT_TABLE} (seq, chain, body) select x.seq, decode(x.chain, 'hex'), x.body from json_to_recordset($1::json) as x(seq bigint, chain text, body text)`,
          values: [JSON.stringify(rows)],
        });
        this.groups += 1;
        this.rows += rows.length;
        for (const p of group) p.resolve();
      } catch (err) {
        for (const p of group) p.reject(err);
      }
    }
    this.flushing = false;
  }
}

/** A running floor server. */
export interface FloorServer {
  readonly url: string;
  /** Statements sent to PostgreSQL so far (reads and group commits). */
  queries(): number;
  /** Audit groups committed and rows appended so far. */
  appended(): { groups: number; rows: number };
  close(): Promise<void>;
}

/**
 * Starts the floor server on a free port.
 *
 * @param databaseUrl - the bench database (the registry must be loaded)
 * @param poolSize - connections for reads (the appender has one more of its own)
 * @returns the server
 */
export async function startFloorServer(databaseUrl: string, poolSize: number): Promise<FloorServer> {
  // No idle timeout: connections stay between runs (a warm server), as the benchmark's other pools do.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, idleTimeoutMillis: 0 });
  const appendClient = new pg.Client({ connectionString: databaseUrl });
  let queries = 0;
  pool.on('connect', (client) => {
    const original = client.query;
    client.query = function countedQuery(this: unknown, ...args: unknown[]): unknown {
      queries++;
      return Reflect.apply(original, client, args);
    } as typeof client.query;
  });
  await appendClient.connect();
  await appendClient.query(`drop table if exists ${AUDIT_TABLE}`);
  await appendClient.query(`create table ${AUDIT_TABLE} (seq bigint primary key, chain bytea not null, body text not null)`);
  const appender = new FloorAppender(appendClient);
  const text = personStatement();
  const app = Fastify({ logger: false });
  // The floor's own plain read: the same statement, no audit (what durability is measured against).
  app.get<{ Params: { id: string } }>('/raw/persons/:id', async (request, reply) => {
    const { rows } = await pool.query({ name: 'bench_floor_person', text, values: [request.params.id] });
    const person = rows[0] as Record<string, unknown> | undefined;
    if (!person) return reply.code(404).send({ code: 'NOT_FOUND' });
    return person;
  });
  app.get<{ Params: { id: string } }>('/persons/:id', async (request, reply) => {
    const { rows } = await pool.query({ name: 'bench_floor_person', text, values: [request.params.id] });
    const person = rows[0] as Record<string, unknown> | undefined;
    if (!person) return reply.code(404).send({ code: 'NOT_FOUND' });
    // About 500 bytes: who read whom, for what, when, from where (as an access event carries).
    await appender.append(JSON.stringify({
      id: crypto.randomUUID(),
      time: new Date().toISOString(),
      kind: 'access',
      action: 'view',
      outcome: 'allow',
      reason: 'ALLOW_ASSIGNMENT',
      purpose: 'benefit_settlement',
      personId: request.params.id,
      record: 'person',
      categories: ['identity', 'contact', 'address'],
      requestId: request.id,
      ip: request.ip,
      userAgent: request.headers['user-agent'] ?? null,
      route: '/persons/:id',
    }));
    return person;
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    queries: () => queries + appender.groups,
    appended: () => ({ groups: appender.groups, rows: appender.rows }),
    async close() {
      await app.close();
      await pool.end();
      await appendClient.query(`drop table if exists ${AUDIT_TABLE}`).catch(() => undefined);
      await appendClient.end();
    },
  };
}

/**
 * The latency of one durable commit on this database: `count` single-row inserts of ~500-byte rows, one after
 * another on one connection, each its own transaction (one WAL flush each). This bounds what one connection can
 * do when each request must wait for its record to be durable.
 *
 * @param databaseUrl - the database
 * @param count - commits timed
 * @returns median and mean milliseconds per commit
 */
export async function measureCommitLatency(databaseUrl: string, count: number): Promise<{ p50Ms: number; meanMs: number; synchronousCommit: string }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const table = `bench_commit_latency_${crypto.randomBytes(3).toString('hex')}`;
  try {
    const sync = (await client.query<{ s: string }>("select current_setting('synchronous_commit') as s")).rows[0]?.s ?? 'unknown';
    await client.query(`create table ${table} (seq bigserial primary key, body text not null)`);
    const body = 'x'.repeat(500);
    const lat: number[] = [];
    for (let i = 0; i < count + 5; i++) {
      const t0 = performance.now();
      await client.query({ name: 'bench_commit_one', text: `insert into ${table} (body) values ($1)`, values: [body] });
      if (i >= 5) lat.push(performance.now() - t0);
    }
    lat.sort((a, b) => a - b);
    return { p50Ms: lat[Math.floor(lat.length / 2)] ?? 0, meanMs: lat.reduce((a, b) => a + b, 0) / Math.max(1, lat.length), synchronousCommit: sync };
  } finally {
    await client.query(`drop table if exists ${table}`).catch(() => undefined);
    await client.end();
  }
}
