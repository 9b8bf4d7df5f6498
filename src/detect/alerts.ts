/**
 * Alerts from detections: grouped per account × rule × key and deduplicated within a window (a repeat adds
 * its evidence and a count rather than a new alert), persisted within well under a second of the detection,
 * with a triage target time per severity. Rules on the high-confidence list ask the identity module to
 * suspend the account at once through the {@link AccountSuspender} port, and the alert records it. The
 * request is stored with the alert, in its transaction: when a node stops between the two, a sweep on any
 * node carries the suspension out (an alert is never left with a suspension asked for and not done).
 */
import type { Database } from '../db/client.ts';
import type { Clock } from '../platform/clock.ts';
import { newId } from '../platform/ids.ts';
import { appendToAlert, claimStaleSuspensions, evidenceHasEvent, findGroupAlert, insertAlert, setSuspension, type AlertRow } from './detect.repo.ts';
import type { AlertStatus } from './detect.schema.ts';
import { compactEvent } from './evidence.ts';
import { FALSE_POSITIVE_SUPPRESS_DAYS, findSuppressingAlert, suppressionEnd } from './suppressions.ts';
import type { Detection, Severity } from './rule.ts';

/** Port to the identity module: suspends an account (revokes sessions, blocks sign-in), as an admin event. */
export interface AccountSuspender {
  /**
   * Suspends an account.
   *
   * @param accountId - the account
   * @param reason - why (rule id and name; no personal data)
   * @param alertId - the alert that asked for it
   */
  suspend(accountId: string, reason: string, alertId: string): Promise<void>;
}

/** Triage targets (minutes to acknowledge) per severity. */
export const TARGET_MINUTES: Readonly<Record<Severity, number>> = { critical: 15, high: 60, medium: 240, low: 1440 };

/** A persisted alert as listeners receive it. */
export interface RaisedAlert {
  readonly alert: AlertRow;
  /** True for a new alert, false when a repeat was folded into an existing one. */
  readonly created: boolean;
  readonly detection: Detection;
}

/** Options of {@link createAlertService}. */
export interface AlertServiceOptions {
  readonly db: Database;
  readonly clock: Clock;
  /** Rule ids that suspend the account at once. */
  readonly suspendRules: ReadonlySet<string>;
  /** Resolves the suspender when the identity module is wired (null: record `unavailable`). */
  readonly suspender: () => AccountSuspender | null;
  /** Rule names for the suspension reason. */
  readonly ruleName: (ruleId: string) => string;
  /** Repeats within this window join the same alert (default 24 h). */
  readonly dedupWindowMs?: number;
  /** Days a false-positive triage suppresses its group's alerts (default 14, `suppressions.ts`; 0: never). */
  readonly suppressDays?: number;
  /** Evidence rows kept per alert (default 100); the count keeps growing beyond it. */
  readonly maxEvidence?: number;
  /** Longest wait before a batch is written (default 25 ms). */
  readonly flushDelayMs?: number;
  /**
   * Skip a detection whose event is already evidence of its group's alert (default false): detections
   * that come over the event stream may be delivered again after a node stops mid-batch.
   */
  readonly idempotent?: boolean;
  /**
   * How often suspensions asked for and not carried out are looked for (default 10 s; 0: never). A request
   * is taken over when older than twice this period.
   */
  readonly resumeSuspensionsEveryMs?: number;
  /**
   * Failures, with what failed (`alert persistence failed`, `account suspension failed`, …) and the ids
   * concerned (never personal data).
   */
  readonly onError?: (err: unknown, what: AlertFailure, ids?: { alertId?: string; ruleId?: string }) => void;
}

/** What an {@link AlertServiceOptions.onError} report is about. */
export type AlertFailure = 'alert persistence failed' | 'account suspension failed' | 'alert listener failed' | 'suspension sweep failed';

/** The alert service. */
export interface AlertService {
  /** Queues a detection (the detector's `onAlert`). */
  handle(detection: Detection): void;
  /** Writes everything queued; resolves when done. */
  flush(): Promise<void>;
  /** Subscribes to persisted alerts; returns the unsubscribe function. */
  onAlert(listener: (raised: RaisedAlert) => void): () => void;
  /** Tells the grouping cache that an alert changed status (after triage; `at`: when, for a false positive's suppression). */
  noteStatus(alertId: string, status: AlertStatus, at?: Date): void;
  /** When a false-positive triage at `at` stops suppressing its group (null: suppression off). */
  suppressedUntil(at: Date): Date | null;
  stats(): { queued: number; persisted: number; created: number; failed: number; suppressed: number };
  /**
   * Carries out the suspensions asked for before `staleBefore` and not done (their node stopped).
   *
   * @returns how many were taken over
   */
  resumeSuspensions(staleBefore: Date): Promise<number>;
  stop(): Promise<void>;
}

interface Group {
  id: string;
  status: AlertStatus;
  lastEventAt: number;
  evidence: number;
  /** For a false positive: detections up to this event time fold into it instead of opening an alert. */
  suppressedUntil?: number;
}

/**
 * Creates the alert service.
 *
 * @param opts - database, clock, suspension settings
 * @returns the service
 */
export function createAlertService(opts: AlertServiceOptions): AlertService {
  const window = opts.dedupWindowMs ?? 86_400_000;
  const maxEvidence = opts.maxEvidence ?? 100;
  const delay = opts.flushDelayMs ?? 25;
  const suppressDays = opts.suppressDays ?? FALSE_POSITIVE_SUPPRESS_DAYS;
  const groups = new Map<string, Group>();
  const byId = new Map<string, string>();
  const listeners = new Set<(raised: RaisedAlert) => void>();
  let queue: Detection[] = [];
  let timer: NodeJS.Timeout | null = null;
  let chain: Promise<void> = Promise.resolve();
  let stopped = false;
  const counters = { queued: 0, persisted: 0, created: 0, failed: 0, suppressed: 0 };

  const keyOf = (d: Detection): string => `${d.accountId ?? ''}|${d.ruleId}|${d.groupKey}`;
  const remember = (key: string, g: Group): void => {
    if (groups.size > 100_000) {
      const first = groups.keys().next();
      if (!first.done) {
        byId.delete(groups.get(first.value)!.id);
        groups.delete(first.value);
      }
    }
    groups.set(key, g);
    byId.set(g.id, key);
  };

  const suspends = (d: Detection): boolean => d.accountId !== null && opts.suspendRules.has(d.ruleId);

  const suspend = async (row: AlertRow, d: Detection): Promise<void> => {
    if (!row.accountId || !opts.suspendRules.has(row.ruleId)) return;
    const at = opts.clock.now();
    const port = opts.suspender();
    if (!port) {
      await setSuspension(opts.db, row.id, 'unavailable', at);
      row.suspensionStatus = 'unavailable';
      return;
    }
    try {
      await port.suspend(row.accountId, `${d.ruleId} ${opts.ruleName(d.ruleId)}`, row.id);
      await setSuspension(opts.db, row.id, 'done', at);
      row.suspensionStatus = 'done';
    } catch (err) {
      opts.onError?.(err, 'account suspension failed', { alertId: row.id, ruleId: row.ruleId });
      await setSuspension(opts.db, row.id, 'failed', at);
      row.suspensionStatus = 'failed';
    }
    row.suspensionRequestedAt = at;
  };

  const persistOne = async (d: Detection): Promise<void> => {
    const key = keyOf(d);
    const now = opts.clock.now();
    let g = groups.get(key);
    if (!g) {
      const found = await findGroupAlert(opts.db, { accountId: d.accountId, ruleId: d.ruleId, groupKey: d.groupKey });
      if (found) {
        g = { id: found.id, status: found.status, lastEventAt: found.lastEventAt.getTime(), evidence: found.evidenceCount };
        remember(key, g);
      } else if (suppressDays > 0) {
        const fp = await findSuppressingAlert(opts.db, { accountId: d.accountId, ruleId: d.ruleId, groupKey: d.groupKey }, new Date(now.getTime() - suppressDays * 86_400_000));
        if (fp) {
          g = { id: fp.id, status: 'false_positive', lastEventAt: fp.lastEventAt.getTime(), evidence: fp.evidenceCount, suppressedUntil: suppressionEnd(fp.triagedAt, suppressDays).getTime() };
          remember(key, g);
        }
      }
    }
    const evidence = (alertId: string, seq: number): { alertId: string; seq: number; eventId: string; eventTime: Date; summary: ReturnType<typeof compactEvent>; details: Record<string, string | number | boolean> } => ({
      alertId, seq, eventId: d.event.id, eventTime: new Date(d.eventTime), summary: compactEvent(d.event), details: { ...d.details },
    });
    // A false positive's suppression holds its group's detections until it expires (they join it, no new alert).
    const suppressed = g !== undefined && g.status === 'false_positive' && g.suppressedUntil !== undefined && d.eventTime <= g.suppressedUntil;
    const joinable = g && (suppressed || (g.status !== 'false_positive' && d.eventTime - g.lastEventAt <= window));
    if (g && opts.idempotent && (await evidenceHasEvent(opts.db, g.id, d.event.id))) return;
    if (g && joinable) {
      const ev = g.evidence < maxEvidence ? evidence(g.id, g.evidence + 1) : null;
      await appendToAlert(opts.db, g.id, { eventTime: new Date(d.eventTime), details: { ...d.details }, at: now, evidence: ev });
      if (ev) g.evidence++;
      g.lastEventAt = Math.max(g.lastEventAt, d.eventTime);
      counters.persisted++;
      if (suppressed) counters.suppressed++;
      emit({ alert: rowOf(g.id, d, now, g.status), created: false, detection: d });
      return;
    }
    const id = newId();
    const row: AlertRow = {
      id,
      ruleId: d.ruleId,
      severity: d.severity,
      status: 'new',
      accountId: d.accountId,
      unitId: d.unitId,
      groupKey: d.groupKey,
      count: 1,
      firstEventAt: new Date(d.eventTime),
      lastEventAt: new Date(d.eventTime),
      createdAt: now,
      updatedAt: now,
      dueAt: new Date(now.getTime() + TARGET_MINUTES[d.severity] * 60_000),
      details: { ...d.details },
      triageReason: null,
      triagedBy: null,
      triagedAt: null,
      // The request is durable with the alert: a node that stops before carrying it out leaves it to the sweep.
      suspensionRequestedAt: suspends(d) ? now : null,
      suspensionStatus: suspends(d) ? 'requested' : null,
    };
    await insertAlert(opts.db, row, evidence(id, 1));
    remember(key, { id, status: 'new', lastEventAt: d.eventTime, evidence: 1 });
    counters.persisted++;
    counters.created++;
    // Suspensions wait until the batch's alerts are stored, so that other alerts are not delayed by them.
    if (row.accountId && opts.suspendRules.has(row.ruleId)) suspensions.push({ row, d });
    else emit({ alert: row, created: true, detection: d });
  };
  const suspensions: Array<{ row: AlertRow; d: Detection }> = [];

  // A repeat's listeners get a light view of the alert (the database row holds the running count).
  const rowOf = (id: string, d: Detection, now: Date, status: AlertStatus): AlertRow => ({
    id, ruleId: d.ruleId, severity: d.severity, status, accountId: d.accountId, unitId: d.unitId, groupKey: d.groupKey,
    count: 0, firstEventAt: new Date(d.eventTime), lastEventAt: new Date(d.eventTime), createdAt: now, updatedAt: now,
    dueAt: now, details: { ...d.details }, triageReason: null, triagedBy: null, triagedAt: null, suspensionRequestedAt: null, suspensionStatus: null,
  });

  const emit = (raised: RaisedAlert): void => {
    for (const l of listeners) {
      try {
        l(raised);
      } catch (err) {
        opts.onError?.(err, 'alert listener failed', { alertId: raised.alert.id, ruleId: raised.alert.ruleId });
      }
    }
  };

  const drain = async (): Promise<void> => {
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      for (const d of batch) {
        try {
          await persistOne(d);
        } catch (err) {
          counters.failed++;
          opts.onError?.(err, 'alert persistence failed', { ruleId: d.ruleId });
        }
      }
      for (const { row, d } of suspensions.splice(0)) {
        try {
          await suspend(row, d);
        } catch (err) {
          opts.onError?.(err, 'account suspension failed', { alertId: row.id, ruleId: row.ruleId });
        }
        emit({ alert: row, created: true, detection: d });
      }
    }
  };

  const resumeSuspensions = async (staleBefore: Date): Promise<number> => {
    const port = opts.suspender();
    if (!port) return 0;
    const at = opts.clock.now();
    const claimed = await claimStaleSuspensions(opts.db, staleBefore, at);
    for (const a of claimed) {
      try {
        await port.suspend(a.accountId, `${a.ruleId} ${opts.ruleName(a.ruleId)}`, a.id);
        await setSuspension(opts.db, a.id, 'done', at);
      } catch (err) {
        opts.onError?.(err, 'account suspension failed', { alertId: a.id, ruleId: a.ruleId });
        await setSuspension(opts.db, a.id, 'failed', at);
      }
    }
    return claimed.length;
  };
  const every = opts.resumeSuspensionsEveryMs ?? 10_000;
  const sweeper = every > 0
    ? setInterval(() => {
        chain = chain.then(async () => {
          try {
            await resumeSuspensions(new Date(opts.clock.now().getTime() - 2 * every));
          } catch (err) {
            opts.onError?.(err, 'suspension sweep failed');
          }
        });
      }, every)
    : null;
  sweeper?.unref();

  const schedule = (): void => {
    if (timer || stopped) return;
    timer = setTimeout(() => {
      timer = null;
      chain = chain.then(drain);
    }, delay);
  };

  return {
    handle(d) {
      counters.queued++;
      queue.push(d);
      schedule();
    },
    flush() {
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
      chain = chain.then(drain);
      return chain;
    },
    onAlert(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    noteStatus(alertId, status, at) {
      const key = byId.get(alertId);
      const g = key ? groups.get(key) : undefined;
      if (!g) return;
      g.status = status;
      if (status === 'false_positive' && suppressDays > 0) g.suppressedUntil = suppressionEnd(at ?? opts.clock.now(), suppressDays).getTime();
    },
    suppressedUntil: (at) => (suppressDays > 0 ? suppressionEnd(at, suppressDays) : null),
    stats: () => ({ ...counters }),
    resumeSuspensions,
    async stop() {
      stopped = true;
      if (sweeper) clearInterval(sweeper);
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
      chain = chain.then(drain);
      await chain;
    },
  };
}
