/**
 * The incident-response team (directive 000, annex 4.2): members by province with their qualifications, the
 * dedicated-officer check per provincial office (a province without one is red), meetings (at least one a
 * quarter) and drills, which can run as exercise cases of the respond module (never a breach, never exported).
 */
import { findStaff } from '../org/org.repo.ts';
import { newId } from '../platform/ids.ts';
import { GovernErrors } from './govern.errors.ts';
import { writeAudited } from './govern-events.ts';
import { READ_ROLES, WRITE_ROLES, requireRole, requireUnitInScope, visibleUnits, type Units } from './govern-scope.ts';
import { scopeOf } from './coverage-service.ts';
import * as repo from './team.repo.ts';
import type { Page } from './inspection.repo.ts';
import type { Acting, GovernDeps } from './govern.types.ts';

/** A member as presented. */
export interface MemberView {
  id: string;
  staffId: string;
  unitId: string;
  teamRole: 'leader' | 'member';
  dedicated: boolean;
  qualifications: string[];
  joinedOn: string;
  leftOn: string | null;
}

/** A drill as presented. */
export interface DrillView {
  id: string;
  unitId: string;
  title: string;
  scenario: string;
  heldOn: string;
  participantMemberIds: string[];
  timeline: Array<{ at: string; what: string }>;
  findings: string[];
  lessons: string[];
  caseId: string | null;
}

const presentMember = (m: repo.MemberRow): MemberView => ({ id: m.id, staffId: m.staffId, unitId: m.unitId, teamRole: m.teamRole, dedicated: m.dedicated, qualifications: m.qualifications, joinedOn: m.joinedOn, leftOn: m.leftOn });
const presentDrill = (d: repo.DrillRow): DrillView => ({ id: d.id, unitId: d.unitId, title: d.title, scenario: d.scenario, heldOn: d.heldOn, participantMemberIds: d.participantMemberIds, timeline: d.timeline, findings: d.findings, lessons: d.lessons, caseId: d.caseId });

/**
 * Whether a member is on the team on a day.
 *
 * @param m - the member
 * @param today - `YYYY-MM-DD`
 * @returns true when joined and not left
 */
export function isActiveMember(m: { joinedOn: string; leftOn: string | null }, today: string): boolean {
  return m.joinedOn <= today && (m.leftOn === null || m.leftOn > today);
}

/**
 * The dedicated-officer check: each provincial office needs at least one active dedicated officer among the
 * members of its subtree (directive 000, annex 4.2: 100 % of provincial offices).
 *
 * @param provinces - provincial offices (id, name)
 * @param members - members with unit
 * @param provinceOf - maps a unit to its provincial office (or null)
 * @param today - `YYYY-MM-DD`
 * @returns one line per province
 */
export function dedicatedOfficerCheck(
  provinces: ReadonlyArray<{ id: string; name: string }>,
  members: ReadonlyArray<{ unitId: string; dedicated: boolean; joinedOn: string; leftOn: string | null }>,
  provinceOf: (unitId: string) => string | null,
  today: string,
): Array<{ unitId: string; name: string; dedicatedOfficers: number; members: number; status: 'green' | 'red' }> {
  return provinces.map((p) => {
    const mine = members.filter((m) => provinceOf(m.unitId) === p.id && isActiveMember(m, today));
    const dedicated = mine.filter((m) => m.dedicated).length;
    return { unitId: p.id, name: p.name, dedicatedOfficers: dedicated, members: mine.length, status: dedicated > 0 ? 'green' : 'red' };
  });
}

/**
 * The quarterly meeting check of a year: quarters that have started by `today` need at least one meeting.
 *
 * @param year - the year
 * @param meetings - meeting dates
 * @param today - `YYYY-MM-DD`
 * @returns one line per quarter
 */
export function quarterlyMeetingCheck(year: number, meetings: ReadonlyArray<{ heldOn: string }>, today: string): Array<{ quarter: number; meetings: number; due: boolean; ok: boolean }> {
  return [1, 2, 3, 4].map((q) => {
    const from = `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`;
    const n = meetings.filter((m) => Number(m.heldOn.slice(0, 4)) === year && Math.ceil(Number(m.heldOn.slice(5, 7)) / 3) === q).length;
    const due = from <= today;
    return { quarter: q, meetings: n, due, ok: n > 0 || !due };
  });
}

/**
 * Creates the team service.
 *
 * @param deps - database, clock, recorder, ports
 * @param units - unit source
 * @returns the service functions
 */
export function createTeamService(deps: GovernDeps, units: () => Promise<Units>) {
  const { db, clock } = deps;
  const today = (): string => clock.now().toISOString().slice(0, 10);

  async function checkUnit(acting: Acting, unitId: string): Promise<void> {
    const now = clock.now();
    requireRole(acting.actor, now, WRITE_ROLES);
    requireUnitInScope(acting.actor, unitId, await units(), now, WRITE_ROLES);
  }

  async function membersInScope(acting: Acting, unitId?: string, page?: Page): Promise<repo.MemberRow[]> {
    return repo.listMembers(db, scopeOf(acting, await units(), clock.now(), unitId), page);
  }

  return {
    /**
     * Adds a staff member to the team.
     *
     * @param acting - a writer covering the member's unit
     * @param input - staff record, unit, role, dedicated flag, qualifications, joining date
     * @returns the member
     * @throws KHIEN_GOVERN_STAFF_NOT_FOUND
     */
    async addMember(acting: Acting, input: { staffId: string; unitId: string; teamRole: 'leader' | 'member'; dedicated: boolean; qualifications: readonly string[]; joinedOn: string }): Promise<MemberView & { staffNo: string; fullName: string }> {
      await checkUnit(acting, input.unitId);
      const staff = await findStaff(db, input.staffId);
      if (!staff || staff.status !== 'active' || !(await units()).tree.isWithin(staff.unitId, input.unitId)) throw new GovernErrors.STAFF_NOT_FOUND();
      return writeAudited(deps, acting, 'govern.team.member.add', async (tx, now) => {
        const row = await repo.insertMember(tx, { id: newId(), ...input, qualifications: [...input.qualifications], createdAt: now });
        return { result: { ...presentMember(row), staffNo: staff.staffNo, fullName: staff.fullName }, target: { type: 'govern_team_member', id: row.id }, after: presentMember(row) };
      });
    },

    /**
     * Ends a membership.
     *
     * @param acting - a writer covering the member's unit
     * @param memberId - the member
     * @param leftOn - the last day
     */
    async endMember(acting: Acting, memberId: string, leftOn: string): Promise<void> {
      const m = await repo.findMember(db, memberId);
      if (!m) throw new GovernErrors.MEMBER_NOT_FOUND();
      try {
        await checkUnit(acting, m.unitId);
      } catch {
        throw new GovernErrors.MEMBER_NOT_FOUND();
      }
      await writeAudited(deps, acting, 'govern.team.member.end', async (tx) => {
        await repo.endMember(tx, m.id, leftOn);
        return { result: undefined, target: { type: 'govern_team_member', id: m.id }, after: { leftOn } };
      });
    },

    /**
     * Members in scope.
     *
     * @param acting - a reader
     * @param unitId - optional subtree
     * @param page - optional page (unit, joining date order)
     * @returns members with their staff number and name
     */
    async listMembers(acting: Acting, unitId?: string, page?: Page): Promise<Array<MemberView & { staffNo: string; fullName: string }>> {
      const rows = await membersInScope(acting, unitId, page);
      const names = await repo.findStaffNames(db, rows.map((m) => m.staffId));
      return rows.map((m) => ({ ...presentMember(m), staffNo: names.get(m.staffId)?.staffNo ?? '', fullName: names.get(m.staffId)?.fullName ?? '' }));
    },

    /**
     * The dedicated-officer check of the provincial offices in scope.
     *
     * @param acting - a reader
     * @returns one line per province, red when it has no dedicated officer
     */
    async dedicatedCheck(acting: Acting): Promise<ReturnType<typeof dedicatedOfficerCheck>> {
      const now = clock.now();
      requireRole(acting.actor, now, READ_ROLES);
      const u = await units();
      const scope = visibleUnits(acting.actor, u.tree, now, READ_ROLES);
      const provinces = [...u.byId.values()].filter((x) => x.kind === 'province' && scope.has(x.id)).sort((a, b) => a.id.localeCompare(b.id));
      const members = await repo.listMembers(db, [...scope]);
      const provinceOf = (unitId: string): string | null => u.tree.ancestors(unitId).find((a) => u.byId.get(a)?.kind === 'province') ?? null;
      return dedicatedOfficerCheck(provinces, members, provinceOf, today());
    },

    /**
     * Records a meeting.
     *
     * @param acting - a writer covering the unit
     * @param input - unit, date, attending members, decisions
     * @returns the meeting id
     */
    async addMeeting(acting: Acting, input: { unitId: string; heldOn: string; attendeeMemberIds: readonly string[]; decisions: readonly string[] }): Promise<{ id: string }> {
      await checkUnit(acting, input.unitId);
      return writeAudited(deps, acting, 'govern.team.meeting', async (tx, now) => {
        const row = await repo.insertMeeting(tx, { id: newId(), ...input, attendeeMemberIds: [...input.attendeeMemberIds], decisions: [...input.decisions], createdBy: acting.actor.accountId, createdAt: now });
        return { result: { id: row.id }, target: { type: 'govern_team_meeting', id: row.id }, after: { unitId: row.unitId, heldOn: row.heldOn, attendees: row.attendeeMemberIds.length } };
      });
    },

    /**
     * Meetings of a year in scope and the quarterly check.
     *
     * @param acting - a reader
     * @param year - the year
     * @param unitId - optional subtree
     * @param page - optional page of the meetings (date order); the quarters and the total count them all
     * @returns meetings (of the page), their total and quarters
     */
    async meetings(acting: Acting, year: number, unitId?: string, page?: Page): Promise<{ meetings: Array<{ id: string; unitId: string; heldOn: string; attendeeMemberIds: string[]; decisions: string[] }>; total: number; quarters: ReturnType<typeof quarterlyMeetingCheck> }> {
      const scope = scopeOf(acting, await units(), clock.now(), unitId);
      const [from, to] = [`${year}-01-01`, `${year}-12-31`];
      const [rows, dates] = await Promise.all([repo.listMeetings(db, scope, from, to, page), repo.listMeetingDates(db, scope, from, to)]);
      return {
        meetings: rows.map((r) => ({ id: r.id, unitId: r.unitId, heldOn: r.heldOn, attendeeMemberIds: r.attendeeMemberIds, decisions: r.decisions })),
        total: dates.length,
        quarters: quarterlyMeetingCheck(year, dates, today()),
      };
    },

    /**
     * Records a drill; with `runAsExercise` it opens an exercise case in the respond module first.
     *
     * @param acting - a writer covering the unit (a responder for `runAsExercise`)
     * @param input - unit, title, scenario, date, participants, timeline, findings, lessons
     * @returns the drill
     * @throws KHIEN_GOVERN_RESPOND_UNAVAILABLE when respond is not connected
     */
    async createDrill(
      acting: Acting,
      input: { unitId: string; title: string; scenario: string; heldOn: string; participantMemberIds: readonly string[]; timeline?: ReadonlyArray<{ at: string; what: string }>; findings?: readonly string[]; lessons?: readonly string[]; runAsExercise?: boolean },
    ): Promise<DrillView> {
      await checkUnit(acting, input.unitId);
      let caseId: string | null = null;
      if (input.runAsExercise) {
        const open = deps.ports.openExerciseCase;
        if (!open) throw new GovernErrors.RESPOND_UNAVAILABLE();
        caseId = (await open(acting, { title: `Diễn tập / Drill: ${input.title}`, description: input.scenario, unitId: input.unitId })).id;
      }
      return writeAudited(deps, acting, 'govern.drill.create', async (tx, now) => {
        const row = await repo.insertDrill(tx, {
          id: newId(),
          unitId: input.unitId,
          title: input.title,
          scenario: input.scenario,
          heldOn: input.heldOn,
          participantMemberIds: [...input.participantMemberIds],
          timeline: [...(input.timeline ?? [])],
          findings: [...(input.findings ?? [])],
          lessons: [...(input.lessons ?? [])],
          caseId,
          createdBy: acting.actor.accountId,
          createdAt: now,
        });
        return { result: presentDrill(row), target: { type: 'govern_drill', id: row.id }, after: { unitId: row.unitId, heldOn: row.heldOn, caseId } };
      });
    },

    /**
     * Updates a drill's timeline, findings and lessons (after the exercise).
     *
     * @param acting - a writer covering the unit
     * @param drillId - the drill
     * @param patch - fields to replace
     * @returns the drill
     */
    async updateDrill(acting: Acting, drillId: string, patch: { timeline?: ReadonlyArray<{ at: string; what: string }>; findings?: readonly string[]; lessons?: readonly string[] }): Promise<DrillView> {
      const d = await repo.findDrill(db, drillId);
      if (!d) throw new GovernErrors.DRILL_NOT_FOUND();
      try {
        await checkUnit(acting, d.unitId);
      } catch {
        throw new GovernErrors.DRILL_NOT_FOUND();
      }
      return writeAudited(deps, acting, 'govern.drill.update', async (tx) => {
        const change = { ...(patch.timeline ? { timeline: [...patch.timeline] } : {}), ...(patch.findings ? { findings: [...patch.findings] } : {}), ...(patch.lessons ? { lessons: [...patch.lessons] } : {}) };
        await repo.updateDrill(tx, d.id, change);
        return { result: presentDrill({ ...d, ...change }), target: { type: 'govern_drill', id: d.id }, after: { findings: change.findings?.length, lessons: change.lessons?.length } };
      });
    },

    /**
     * Drills in scope.
     *
     * @param acting - a reader
     * @param unitId - optional subtree
     * @param page - optional page (date order)
     * @returns drills
     */
    async listDrills(acting: Acting, unitId?: string, page?: Page): Promise<DrillView[]> {
      return (await repo.listDrills(db, scopeOf(acting, await units(), clock.now(), unitId), page)).map(presentDrill);
    },
  };
}

/** The team service. */
export type TeamService = ReturnType<typeof createTeamService>;
