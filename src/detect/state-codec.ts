/**
 * Encodes a detector's state ({@link DetectorState}) into bytes and back: the structured-clone format of V8
 * (maps, sets, NaN and ±Infinity, sparse arrays and shared references kept as they are) compressed with
 * gzip, with the sliding windows of `keyed-state.ts` tagged so that they come back as windows. Used by the
 * partition workers of the event stream to snapshot and restore detectors.
 */
import v8 from 'node:v8';
import zlib from 'node:zlib';
import type { DetectorState } from './detector.ts';
import { DistinctWindow, TimeWindow } from './keyed-state.ts';

const TIME_WINDOW = '\u0000tw';
const DISTINCT_WINDOW = '\u0000dw';

type Tagged = { readonly [TIME_WINDOW]: number[] } | { readonly [DISTINCT_WINDOW]: Array<[string | number, number]> };

/**
 * Copies a value graph, mapping each object once (shared references stay shared) through `leaf`, which may
 * replace an object with something else (a window with its tag, or back).
 */
function copyGraph(value: unknown, leaf: (v: object) => unknown, memo: Map<object, unknown>): unknown {
  if (value === null || typeof value !== 'object') return value;
  const known = memo.get(value);
  if (known !== undefined) return known;
  const replaced = leaf(value);
  if (replaced !== value) {
    memo.set(value, replaced);
    return replaced;
  }
  if (Array.isArray(value)) {
    const out: unknown[] = new Array<unknown>(value.length);
    memo.set(value, out);
    for (let i = 0; i < value.length; i++) if (i in value) out[i] = copyGraph(value[i], leaf, memo);
    return out;
  }
  if (value instanceof Map) {
    const out = new Map<unknown, unknown>();
    memo.set(value, out);
    for (const [k, v] of value) out.set(k, copyGraph(v, leaf, memo));
    return out;
  }
  if (value instanceof Set) {
    const out = new Set<unknown>();
    memo.set(value, out);
    for (const v of value) out.add(copyGraph(v, leaf, memo));
    return out;
  }
  const out: Record<string, unknown> = {};
  memo.set(value, out);
  for (const [k, v] of Object.entries(value)) out[k] = copyGraph(v, leaf, memo);
  return out;
}

const tag = (v: object): unknown => {
  if (v instanceof TimeWindow) return { [TIME_WINDOW]: v.dump() } satisfies Tagged;
  if (v instanceof DistinctWindow) return { [DISTINCT_WINDOW]: v.dump() } satisfies Tagged;
  return v;
};

const untag = (v: object): unknown => {
  if (TIME_WINDOW in v) return TimeWindow.load((v as { [TIME_WINDOW]: number[] })[TIME_WINDOW]);
  if (DISTINCT_WINDOW in v) return DistinctWindow.load((v as { [DISTINCT_WINDOW]: Array<[string | number, number]> })[DISTINCT_WINDOW]);
  return v;
};

/**
 * Encodes a detector state. Call it right after {@link Detector.snapshot}, before the next event.
 *
 * @param state - the state
 * @returns gzip-compressed bytes
 */
export function encodeDetectorState(state: DetectorState): Uint8Array {
  const plain = copyGraph(state, tag, new Map());
  return zlib.gzipSync(v8.serialize(plain), { level: 1 });
}

/**
 * Decodes bytes made by {@link encodeDetectorState}.
 *
 * @param bytes - the encoded state
 * @returns the state, or null when the bytes are not a state of this version (the caller then replays)
 */
export function decodeDetectorState(bytes: Uint8Array): DetectorState | null {
  let raw: unknown;
  try {
    raw = v8.deserialize(zlib.gunzipSync(bytes));
  } catch {
    return null;
  }
  if (raw === null || typeof raw !== 'object' || (raw as { version?: unknown }).version !== 1) return null;
  return copyGraph(raw, untag, new Map()) as DetectorState;
}
