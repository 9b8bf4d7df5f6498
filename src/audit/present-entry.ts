/**
 * Presenters of the audit API (field allowlists behind the response schemas, STYLE.md rule 25).
 */
import { Type, type Static } from '@sinclair/typebox';
import type { StoredEntry } from './audit.repo.ts';
import type { Checkpoint } from './checkpoint.ts';
import { formatCheckpointNote } from './checkpoint.ts';

/** An entry as the audit API returns it. */
export const EntrySchema = Type.Object({
  seq: Type.Integer(),
  time: Type.String(),
  kind: Type.String(),
  accountId: Type.Union([Type.String(), Type.Null()]),
  subjectIds: Type.Array(Type.String()),
  unitId: Type.Union([Type.String(), Type.Null()]),
  purpose: Type.Union([Type.String(), Type.Null()]),
  action: Type.Union([Type.String(), Type.Null()]),
  outcome: Type.Union([Type.String(), Type.Null()]),
  requestId: Type.Union([Type.String(), Type.Null()]),
  withheldUntil: Type.Union([Type.String(), Type.Null()]),
  leafHash: Type.String(),
  chainHash: Type.String(),
  /** Canonical JSON exactly as hashed (so anyone can recompute the leaf hash). */
  body: Type.String(),
});

/** A checkpoint as the audit API returns it. */
export const CheckpointSchema = Type.Object({
  origin: Type.String(),
  treeSize: Type.Integer(),
  rootHash: Type.String(),
  time: Type.String(),
  keyId: Type.String(),
  signature: Type.String(),
  /** The signed note, as kept by outside parties. */
  note: Type.String(),
});

/** Presents an entry. */
export function presentEntry(e: StoredEntry): Static<typeof EntrySchema> {
  return {
    seq: e.seq,
    time: e.time,
    kind: e.kind,
    accountId: e.accountId,
    subjectIds: [...e.subjectIds],
    unitId: e.unitId,
    purpose: e.purpose,
    action: e.action,
    outcome: e.outcome,
    requestId: e.requestId,
    withheldUntil: e.withheldUntil,
    leafHash: e.leafHash,
    chainHash: e.chainHash,
    body: e.body,
  };
}

/** Presents a checkpoint. */
export function presentCheckpoint(c: Checkpoint): Static<typeof CheckpointSchema> {
  return { origin: c.origin, treeSize: c.treeSize, rootHash: c.rootHash, time: c.time, keyId: c.keyId, signature: c.signature, note: formatCheckpointNote(c) };
}

/** CSV columns of the export. */
export const CSV_COLUMNS = ['seq', 'time', 'kind', 'accountId', 'subjectIds', 'unitId', 'purpose', 'action', 'outcome', 'requestId', 'withheldUntil', 'leafHash', 'chainHash'] as const;

/** Neutralises spreadsheet formulas (CSV injection): a cell starting with = + - @ or a control is quoted with '. */
export function csvSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One CSV row (subject ids joined by spaces). */
export function entryCsvRow(e: StoredEntry): string[] {
  return [String(e.seq), e.time, e.kind, e.accountId ?? '', e.subjectIds.join(' '), e.unitId ?? '', e.purpose ?? '', e.action ?? '', e.outcome ?? '', e.requestId ?? '', e.withheldUntil ?? '', e.leafHash, e.chainHash].map(csvSafe);
}
