/**
 * Information systems and their security-level dossiers: register a system, draft its dossier with the
 * criteria and documents, appraise and approve it at the competent level (classification-criteria.ts), and
 * re-assess it every year. Coverage against the 100 % target is in dossier-coverage.ts.
 */
import { liveGrants } from '../actors/live-grants.ts';
import type { StaffActor } from '../actors/staff-actor.ts';
import { newId } from '../platform/ids.ts';
import { GovernErrors } from './govern.errors.ts';
import { writeAudited } from './govern-events.ts';
import { READ_ROLES, WRITE_ROLES, isCentral, requireRole, requireUnitInScope, type Units, visibleUnits } from './govern-scope.ts';
import { authorityOf, levelOfCriteria, requiredDocuments, type Authority, type LegalBasis } from './classification-criteria.ts';
import * as repo from './govern.repo.ts';
import type { DOSSIER_DOCUMENT_KINDS, SYSTEM_TYPES } from './govern.schema.ts';
import type { Acting, GovernDeps } from './govern.types.ts';

const HEAD_ROLES: ReadonlySet<string> = new Set(['unit_head']);

/** A system as presented. */
export interface SystemView {
  id: string;
  code: string;
  name: string;
  description: string;
  ownerUnitId: string;
  systemType: (typeof SYSTEM_TYPES)[number];
  assetIds: string[];
  dossier: DossierView | null;
}

/** A dossier as presented. */
export interface DossierView {
  id: string;
  systemId: string;
  proposedLevel: number;
  legalBasis: LegalBasis;
  criteria: string[];
  reasoning: string;
  status: 'drafted' | 'appraised' | 'approved' | 'rejected';
  draftedAt: string;
  draftedBy: string;
  appraisedAt: string | null;
  appraisedBy: string | null;
  appraisalBody: string | null;
  appraisalNote: string | null;
  approvedAt: string | null;
  approvedBy: string | null;
  approvalRef: string | null;
  reassessDue: string | null;
  lastReassessedAt: string | null;
  current: boolean;
  documents: Array<{ id: string; kind: string; title: string; reference: string; addedAt: string }>;
}

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** Presents a dossier with its documents. */
export function presentDossier(d: repo.DossierRow, docs: readonly repo.DocumentRow[]): DossierView {
  return {
    id: d.id,
    systemId: d.systemId,
    proposedLevel: d.proposedLevel,
    legalBasis: d.legalBasis,
    criteria: d.criteria,
    reasoning: d.reasoning,
    status: d.status,
    draftedAt: d.draftedAt.toISOString(),
    draftedBy: d.draftedBy,
    appraisedAt: iso(d.appraisedAt),
    appraisedBy: d.appraisedBy,
    appraisalBody: d.appraisalBody,
    appraisalNote: d.appraisalNote,
    approvedAt: iso(d.approvedAt),
    approvedBy: d.approvedBy,
    approvalRef: d.approvalRef,
    reassessDue: d.reassessDue,
    lastReassessedAt: iso(d.lastReassessedAt),
    current: d.current,
    documents: docs.map((x) => ({ id: x.id, kind: x.kind, title: x.title, reference: x.reference, addedAt: x.addedAt.toISOString() })),
  };
}

/**
 * Whether the actor holds an authority (Decree 331/2026 Art. 18).
 *
 * @param actor - the actor
 * @param authority - the authority
 * @param agencyId - root of the unit tree (the system owner, the agency)
 * @param now - current time
 * @returns true when held
 */
export function holdsAuthority(actor: StaffActor, authority: Authority, agencyId: string, now: Date): boolean {
  if (authority === 'central_security') return isCentral(actor, now);
  return liveGrants(actor, HEAD_ROLES, now).some((g) => g.unitId === agencyId);
}

function addYear(d: Date): string {
  const x = new Date(d);
  x.setUTCFullYear(x.getUTCFullYear() + 1);
  return x.toISOString().slice(0, 10);
}

/**
 * Creates the dossier service.
 *
 * @param deps - database, clock, recorder
 * @param units - the unit source
 * @returns the service functions
 */
export function createDossierService(deps: GovernDeps, units: () => Promise<Units>) {
  const { db, clock } = deps;

  async function agencyId(): Promise<string> {
    const u = await units();
    for (const unit of u.byId.values()) if (unit.parentId === null) return unit.id;
    return 'VSS';
  }

  async function loadSystem(actor: StaffActor, systemId: string, roles = READ_ROLES): Promise<repo.SystemRow> {
    const s = await repo.findSystem(db, systemId);
    const u = await units();
    if (!s || !visibleUnits(actor, u.tree, clock.now(), roles).has(s.ownerUnitId)) throw new GovernErrors.SYSTEM_NOT_FOUND();
    return s;
  }

  async function loadDossier(actor: StaffActor, dossierId: string): Promise<{ d: repo.DossierRow; s: repo.SystemRow }> {
    const d = await repo.findDossier(db, dossierId);
    if (!d) throw new GovernErrors.DOSSIER_NOT_FOUND();
    try {
      return { d, s: await loadSystem(actor, d.systemId) };
    } catch {
      throw new GovernErrors.DOSSIER_NOT_FOUND();
    }
  }

  /** Every asset must exist in the posture register and lie in the actor's scope. */
  async function checkAssets(actor: StaffActor, assetIds: readonly string[]): Promise<void> {
    if (assetIds.length === 0) return;
    const found = await deps.reads.assetUnits(assetIds);
    const u = await units();
    const scope = visibleUnits(actor, u.tree, clock.now(), WRITE_ROLES);
    const ok = new Set(found.filter((a) => scope.has(a.unitId)).map((a) => a.id));
    const bad = assetIds.find((id) => !ok.has(id));
    if (bad) throw new GovernErrors.UNKNOWN_ASSET(bad);
  }

  async function view(d: repo.DossierRow): Promise<DossierView> {
    return presentDossier(d, await repo.listDocuments(db, d.id));
  }

  function missing(have: readonly repo.DocumentRow[], need: readonly string[]): string[] {
    const kinds = new Set(have.map((x) => x.kind));
    return need.filter((k) => !kinds.has(k as repo.DocumentRow['kind']));
  }

  return {
    /**
     * Registers an information system of a unit in scope.
     *
     * @param acting - a unit head, security officer or the central team covering the owner unit
     * @param input - code, name, description, owner unit, type, posture assets
     * @returns the system
     * @throws KHIEN_GOVERN_SYSTEM_EXISTS, KHIEN_GOVERN_FORBIDDEN_UNIT, KHIEN_GOVERN_UNKNOWN_UNIT
     */
    async createSystem(
      acting: Acting,
      input: { code: string; name: string; description: string; ownerUnitId: string; systemType: SystemView['systemType']; assetIds?: readonly string[] },
    ): Promise<SystemView> {
      const now = clock.now();
      requireRole(acting.actor, now, WRITE_ROLES);
      requireUnitInScope(acting.actor, input.ownerUnitId, await units(), now, WRITE_ROLES);
      const assetIds = [...new Set(input.assetIds ?? [])];
      await checkAssets(acting.actor, assetIds);
      const { assetIds: _omit, ...fields } = input;
      void _omit;
      const row = { id: newId(), ...fields, createdBy: acting.actor.accountId, createdAt: now, updatedAt: now };
      return writeAudited(deps, acting, 'govern.system.create', async (tx) => {
        if (!(await repo.insertSystem(tx, row))) throw new GovernErrors.SYSTEM_EXISTS();
        await repo.replaceSystemAssets(tx, row.id, assetIds, now);
        const out: SystemView = { id: row.id, code: row.code, name: row.name, description: row.description, ownerUnitId: row.ownerUnitId, systemType: row.systemType, assetIds, dossier: null };
        return { result: out, target: { type: 'govern_system', id: row.id }, after: { code: row.code, ownerUnitId: row.ownerUnitId, assetIds } };
      });
    },

    /**
     * Lists the systems in scope with their current dossiers.
     *
     * @param acting - any reader
     * @param unitId - optional subtree
     * @param page - optional page (code order)
     * @returns systems
     */
    async listSystems(acting: Acting, unitId?: string, page?: { limit?: number; offset?: number }): Promise<SystemView[]> {
      const now = clock.now();
      requireRole(acting.actor, now, READ_ROLES);
      const u = await units();
      let scope = visibleUnits(acting.actor, u.tree, now, READ_ROLES);
      if (unitId) {
        requireUnitInScope(acting.actor, unitId, u, now, READ_ROLES);
        scope = new Set(u.tree.subtree(unitId));
      }
      const list = await repo.listSystemsOfUnits(db, [...scope], page);
      const ds = new Map((await repo.listCurrentDossiers(db, list.map((s) => s.id))).map((d) => [d.systemId, d]));
      const assetsOf = await repo.listSystemAssets(db, list.map((s) => s.id));
      const out: SystemView[] = [];
      for (const s of list) {
        const d = ds.get(s.id);
        out.push({ id: s.id, code: s.code, name: s.name, description: s.description, ownerUnitId: s.ownerUnitId, systemType: s.systemType, assetIds: assetsOf.get(s.id) ?? [], dossier: d ? await view(d) : null });
      }
      return out;
    },

    /**
     * Replaces the posture assets a system runs on.
     *
     * @param acting - a writer covering the owner unit
     * @param systemId - the system
     * @param assetIds - asset ids of the posture register
     */
    async setAssets(acting: Acting, systemId: string, assetIds: readonly string[]): Promise<void> {
      requireRole(acting.actor, clock.now(), WRITE_ROLES);
      const s = await loadSystem(acting.actor, systemId, WRITE_ROLES);
      await checkAssets(acting.actor, assetIds);
      await writeAudited(deps, acting, 'govern.system.assets', async (tx, now) => {
        await repo.replaceSystemAssets(tx, s.id, assetIds, now);
        return { result: undefined, target: { type: 'govern_system', id: s.id }, after: { assetIds } };
      });
    },

    /**
     * Drafts a new dossier for a system (it becomes the current one; earlier ones are kept).
     *
     * @param acting - a writer covering the owner unit
     * @param systemId - the system
     * @param input - proposed level, criteria, legal basis, reasoning
     * @returns the dossier
     * @throws KHIEN_GOVERN_LEVEL_MISMATCH, KHIEN_GOVERN_UNKNOWN_CRITERION
     */
    async draftDossier(acting: Acting, systemId: string, input: { proposedLevel: number; criteria: readonly string[]; legalBasis: LegalBasis; reasoning: string }): Promise<DossierView> {
      requireRole(acting.actor, clock.now(), WRITE_ROLES);
      const s = await loadSystem(acting.actor, systemId, WRITE_ROLES);
      const lvl = levelOfCriteria(input.criteria);
      if ('unknown' in lvl) throw new GovernErrors.UNKNOWN_CRITERION(lvl.unknown);
      if (lvl.level !== input.proposedLevel) throw new GovernErrors.LEVEL_MISMATCH(input.proposedLevel, lvl.level);
      const d = await writeAudited(deps, acting, 'govern.dossier.draft', async (tx, now) => {
        await repo.retireDossiers(tx, s.id);
        const row = await repo.insertDossier(tx, {
          id: newId(),
          systemId: s.id,
          proposedLevel: input.proposedLevel,
          legalBasis: input.legalBasis,
          criteria: [...input.criteria],
          reasoning: input.reasoning,
          draftedAt: now,
          draftedBy: acting.actor.accountId,
          updatedAt: now,
        });
        return { result: row, target: { type: 'govern_dossier', id: row.id }, after: { systemId: s.id, proposedLevel: row.proposedLevel, legalBasis: row.legalBasis, criteria: row.criteria } };
      });
      return view(d);
    },

    /**
     * Reads a dossier.
     *
     * @param acting - a reader covering the owner unit
     * @param dossierId - the dossier
     * @returns the dossier
     */
    async getDossier(acting: Acting, dossierId: string): Promise<DossierView> {
      requireRole(acting.actor, clock.now(), READ_ROLES);
      return view((await loadDossier(acting.actor, dossierId)).d);
    },

    /**
     * Adds a document to a dossier not yet approved.
     *
     * @param acting - a writer covering the owner unit
     * @param dossierId - the dossier
     * @param input - kind, title, reference (number and date, or a document-system link)
     * @returns the dossier
     */
    async addDocument(acting: Acting, dossierId: string, input: { kind: (typeof DOSSIER_DOCUMENT_KINDS)[number]; title: string; reference: string }): Promise<DossierView> {
      const now = clock.now();
      requireRole(acting.actor, now, WRITE_ROLES);
      const { d, s } = await loadDossier(acting.actor, dossierId);
      requireUnitInScope(acting.actor, s.ownerUnitId, await units(), now, WRITE_ROLES);
      if (d.status === 'approved' || d.status === 'rejected') throw new GovernErrors.BAD_TRANSITION(d.status, d.status);
      await writeAudited(deps, acting, 'govern.dossier.document', async (tx, at) => {
        const doc = await repo.insertDocument(tx, { id: newId(), dossierId: d.id, ...input, addedAt: at, addedBy: acting.actor.accountId });
        return { result: doc, target: { type: 'govern_dossier', id: d.id }, after: { documentId: doc.id, kind: doc.kind, reference: doc.reference } };
      });
      return view(d);
    },

    /**
     * Records the appraisal (thẩm định) of a drafted dossier.
     *
     * @param acting - the competent appraiser (the IT Centre's central security team)
     * @param dossierId - the dossier
     * @param input - outcome, note, appraising body and its reference for levels 4–5
     * @returns the dossier
     * @throws KHIEN_GOVERN_OUTSIDE_AUTHORITY, KHIEN_GOVERN_BAD_TRANSITION, KHIEN_GOVERN_DOCUMENTS_MISSING, KHIEN_GOVERN_EXTERNAL_REF_REQUIRED
     */
    async appraise(acting: Acting, dossierId: string, input: { outcome: 'appraised' | 'rejected'; note: string; appraisalBody?: string; externalRef?: string }): Promise<DossierView> {
      const now = clock.now();
      requireRole(acting.actor, now, WRITE_ROLES);
      const { d } = await loadDossier(acting.actor, dossierId);
      const auth = authorityOf(d.proposedLevel);
      if (!holdsAuthority(acting.actor, auth.appraise, await agencyId(), now)) throw new GovernErrors.OUTSIDE_AUTHORITY(d.proposedLevel, 'appraise');
      if (auth.externalAppraisal && input.outcome === 'appraised' && (!input.appraisalBody || !input.externalRef)) throw new GovernErrors.EXTERNAL_REF_REQUIRED();
      const out = await writeAudited(deps, acting, 'govern.dossier.appraise', async (tx, at) => {
        const locked = await repo.findDossier(tx, d.id, true);
        if (!locked || locked.status !== 'drafted' || !locked.current) throw new GovernErrors.BAD_TRANSITION(locked?.status ?? 'drafted', input.outcome);
        const gaps = missing(await repo.listDocuments(tx, d.id), requiredDocuments(d.proposedLevel).appraise);
        if (input.outcome === 'appraised' && gaps.length > 0) throw new GovernErrors.DOCUMENTS_MISSING(gaps.join(', '));
        const note = input.externalRef ? `${input.note} (${input.externalRef})` : input.note;
        await repo.updateDossier(tx, d.id, { status: input.outcome, appraisedAt: at, appraisedBy: acting.actor.accountId, appraisalBody: input.appraisalBody ?? 'Trung tâm Công nghệ thông tin', appraisalNote: note, updatedAt: at });
        return { result: undefined, target: { type: 'govern_dossier', id: d.id }, after: { status: input.outcome, level: d.proposedLevel } };
      });
      void out;
      return view((await repo.findDossier(db, d.id))!);
    },

    /**
     * Approves an appraised dossier at the competent level; the yearly re-assessment falls due a year later.
     *
     * @param acting - the competent approver (levels 1–2: the central team; 3–5: the head of the agency)
     * @param dossierId - the dossier
     * @param input - number of the approval decision
     * @returns the dossier
     * @throws KHIEN_GOVERN_OUTSIDE_AUTHORITY, KHIEN_GOVERN_BAD_TRANSITION, KHIEN_GOVERN_DOCUMENTS_MISSING
     */
    async approve(acting: Acting, dossierId: string, input: { approvalRef: string }): Promise<DossierView> {
      const now = clock.now();
      requireRole(acting.actor, now, WRITE_ROLES);
      const { d } = await loadDossier(acting.actor, dossierId);
      const auth = authorityOf(d.proposedLevel);
      if (!holdsAuthority(acting.actor, auth.approve, await agencyId(), now)) throw new GovernErrors.OUTSIDE_AUTHORITY(d.proposedLevel, 'approve');
      await writeAudited(deps, acting, 'govern.dossier.approve', async (tx, at) => {
        const locked = await repo.findDossier(tx, d.id, true);
        if (!locked || locked.status !== 'appraised' || !locked.current) throw new GovernErrors.BAD_TRANSITION(locked?.status ?? 'drafted', 'approved');
        const gaps = missing(await repo.listDocuments(tx, d.id), requiredDocuments(d.proposedLevel).approve);
        if (gaps.length > 0) throw new GovernErrors.DOCUMENTS_MISSING(gaps.join(', '));
        await repo.updateDossier(tx, d.id, { status: 'approved', approvedAt: at, approvedBy: acting.actor.accountId, approvalRef: input.approvalRef, reassessDue: addYear(at), updatedAt: at });
        return { result: undefined, target: { type: 'govern_dossier', id: d.id }, after: { status: 'approved', level: d.proposedLevel, approvalRef: input.approvalRef } };
      });
      return view((await repo.findDossier(db, d.id))!);
    },

    /**
     * Records the yearly re-assessment of an approved dossier.
     *
     * @param acting - a writer covering the owner unit
     * @param dossierId - the dossier
     * @param input - outcome and note
     * @returns the dossier
     * @throws KHIEN_GOVERN_NOT_APPROVED
     */
    async reassess(acting: Acting, dossierId: string, input: { outcome: 'confirmed' | 'level_change_needed'; note: string }): Promise<DossierView> {
      const now = clock.now();
      requireRole(acting.actor, now, WRITE_ROLES);
      const { d, s } = await loadDossier(acting.actor, dossierId);
      requireUnitInScope(acting.actor, s.ownerUnitId, await units(), now, WRITE_ROLES);
      if (d.status !== 'approved') throw new GovernErrors.NOT_APPROVED();
      await writeAudited(deps, acting, 'govern.dossier.reassess', async (tx, at) => {
        await repo.insertReview(tx, { id: newId(), dossierId: d.id, reviewedAt: at, reviewedBy: acting.actor.accountId, outcome: input.outcome, note: input.note });
        await repo.updateDossier(tx, d.id, { lastReassessedAt: at, reassessDue: addYear(at), updatedAt: at });
        return { result: undefined, target: { type: 'govern_dossier', id: d.id }, after: { outcome: input.outcome } };
      });
      return view((await repo.findDossier(db, d.id))!);
    },
  };
}

/** The dossier service. */
export type DossierService = ReturnType<typeof createDossierService>;
