/**
 * The in-memory index of live warning-list indicators that the detector reads on its hot path (rule
 * KHIEN-R023): kind → normalised value → entries with their validity. Rebuilt from the database after every
 * warning-list change and by the periodic sweep, so a lookup never waits for the database.
 */
import { isIP } from 'node:net';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client.ts';
import type { Clock } from '../platform/clock.ts';
import type { IndicatorKind } from './posture.schema.ts';

/** A matched entry. */
export interface IndicatorHit {
  readonly listId: string;
  readonly indicatorId: string;
  readonly unitIds: readonly string[];
}

interface Entry extends IndicatorHit {
  readonly from: number;
  readonly until: number;
}

/** The index. */
export interface IndicatorIndex {
  /** The live entry for a value at a time, or null. */
  lookup(kind: IndicatorKind, value: string, atMs: number): IndicatorHit | null;
  /** Reloads from the database. */
  refresh(): Promise<void>;
  /** Number of indicators held. */
  size(): number;
}

/**
 * Normalises an indicator value the way the index stores it.
 *
 * @param kind - the kind
 * @param value - the raw value
 * @returns the normalised value, or null when it is not a valid value of that kind
 */
export function normaliseIndicator(kind: IndicatorKind, value: string): string | null {
  const v = value.normalize('NFC').trim();
  switch (kind) {
    case 'ip': {
      const s = v.replace(/^\[|\]$/g, '');
      return isIP(s) ? s.toLowerCase() : null;
    }
    case 'domain': {
      const d = v.toLowerCase().replace(/\.$/, '');
      return /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(d) ? d : null;
    }
    case 'hash': {
      const h = v.toLowerCase();
      return /^([0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64})$/.test(h) ? h : null;
    }
    case 'account': {
      const a = v.toLowerCase();
      return /^[a-z0-9._@-]{1,128}$/.test(a) ? a : null;
    }
  }
}

/**
 * Creates the index (empty until the first refresh).
 *
 * @param db - database
 * @param clock - clock (only entries not yet expired are loaded)
 * @returns the index
 */
export function createIndicatorIndex(db: Database, clock: Clock): IndicatorIndex {
  let map = new Map<string, Entry[]>();
  let count = 0;
  return {
    lookup(kind, value, atMs) {
      const list = map.get(`${kind}:${value.toLowerCase()}`);
      if (!list) return null;
      const e = list.find((x) => x.from <= atMs && atMs < x.until);
      return e ? { listId: e.listId, indicatorId: e.indicatorId, unitIds: e.unitIds } : null;
    },
    async refresh() {
      const now = clock.now().toISOString();
      const rows = await queryRows<{ id: string; list_id: string; kind: string; value: string; valid_from: string | Date; valid_until: string | Date; unit_ids: string[] }>(
        db,
        sql`select i.id, i.list_id, i.kind, i.value, i.valid_from, i.valid_until, l.unit_ids
              from posture_indicators i join posture_warning_lists l on l.id = i.list_id
             where i.valid_until > ${now}::timestamptz`,
      );
      const next = new Map<string, Entry[]>();
      for (const r of rows) {
        const key = `${r.kind}:${r.value}`;
        const list = next.get(key) ?? [];
        list.push({ listId: r.list_id, indicatorId: r.id, unitIds: r.unit_ids, from: new Date(r.valid_from).getTime(), until: new Date(r.valid_until).getTime() });
        next.set(key, list);
      }
      map = next;
      count = rows.length;
    },
    size: () => count,
  };
}
