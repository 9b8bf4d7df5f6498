/**
 * Demo data of the security programme (demo mode only, synthetic): the action-plan register from directive
 * 000's annex with the Hà Nội office's progress, a few information systems with dossiers at each stage, the
 * incident-response team of a few provinces (Hà Nội with its dedicated officer, others red), meetings, a
 * drill, the mandatory briefing with part of the staff attended. Idempotent: runs once per database.
 */
import type { Database } from '../db/client.ts';
import { findStaffByNumbers } from '../org/org.repo.ts';
import * as teamRepo from './team.repo.ts';
import * as trainingRepo from './training.repo.ts';
import { newId } from '../platform/ids.ts';
import { ensurePlanTasks } from './action-plan-seed.ts';
import { attendance, courses, dossierDocuments, dossiers, drills, planTasks, systems, taskProgress, teamMeetings, teamMembers } from './govern.schema.ts';

const DOCS = ['general_description', 'design', 'level_proposal', 'assurance_plan', 'risk_assessment', 'security_regulation'] as const;

/**
 * Loads the demo programme once.
 *
 * @param db - the database
 * @param now - current time
 * @returns whether anything was loaded
 */
export async function ensureGovernDemo(db: Database, now: Date): Promise<boolean> {
  if ((await ensurePlanTasks(db)) === 0) return false;
  const year = now.getUTCFullYear();
  const day = (m: number, d: number): string => `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const [officer] = await findStaffByNumbers(db, ['DEMOAT01']);
  const [central] = await findStaffByNumbers(db, ['DEMOQT01']);
  const by = officer?.id ?? newId();
  await db.transaction(async (t) => {
    const tx = t as unknown as Database;
    const tasks = await tx.select().from(planTasks);
    const id = (code: string): string => tasks.find((x) => x.code === code)!.id;
    await tx.insert(taskProgress).values([
      { id: newId(), taskId: id('2.1'), unitId: 'P01', status: 'done', evidence: `Kế hoạch công tác trọng tâm năm ${year} có mục ATTT`, updatedBy: by, updatedAt: now },
      { id: newId(), taskId: id('2.3'), unitId: 'P01', status: 'in_progress', evidence: 'Đã quán triệt tại hội nghị cán bộ; còn cán bộ chưa tham dự', updatedBy: by, updatedAt: now },
      { id: newId(), taskId: id('4.2'), unitId: 'P01', status: 'done', evidence: 'Có viên chức chuyên trách ATTT tham gia Đội ứng cứu sự cố', updatedBy: by, updatedAt: now },
      { id: newId(), taskId: id('3.4'), unitId: 'VSS-CNTT', status: 'in_progress', evidence: 'Hồ sơ cấp độ VssID đã phê duyệt; Cổng dịch vụ công đang thẩm định', updatedBy: by, updatedAt: now },
    ]);
    const sys = [
      { code: 'VSSID', name: 'Ứng dụng VssID', owner: 'VSS-CNTT', type: 'citizen_services' as const, level: 3, criteria: ['L3_ADMIN_PROCEDURES', 'L3_PD_LARGE'], status: 'approved' as const },
      { code: 'CONG-DVC', name: 'Cổng dịch vụ công BHXH', owner: 'VSS-CNTT', type: 'citizen_services' as const, level: 3, criteria: ['L3_ADMIN_PROCEDURES'], status: 'appraised' as const },
      { code: 'TNHS-P01', name: 'Phần mềm tiếp nhận hồ sơ BHXH Hà Nội', owner: 'P01', type: 'citizen_services' as const, level: 2, criteria: ['L2_ONLINE_SERVICE'], status: 'drafted' as const },
      { code: 'QLVB-P01', name: 'Quản lý văn bản BHXH Hà Nội', owner: 'P01', type: 'internal' as const, level: 0, criteria: [], status: null },
    ];
    for (const s of sys) {
      const sid = newId();
      await tx.insert(systems).values({ id: sid, code: s.code, name: s.name, description: `${s.name} (dữ liệu minh họa)`, ownerUnitId: s.owner, systemType: s.type, createdBy: by, createdAt: now, updatedAt: now });
      if (!s.status) continue;
      const did = newId();
      const approved = s.status === 'approved';
      await tx.insert(dossiers).values({
        id: did,
        systemId: sid,
        proposedLevel: s.level,
        legalBasis: 'decree-331-2026',
        criteria: s.criteria,
        reasoning: 'Xác định theo tiêu chí của Nghị định 331/2026/NĐ-CP (dữ liệu minh họa)',
        status: s.status,
        draftedAt: now,
        draftedBy: by,
        appraisedAt: s.status === 'drafted' ? null : now,
        appraisedBy: s.status === 'drafted' ? null : (central?.id ?? by),
        appraisalBody: s.status === 'drafted' ? null : 'Trung tâm Công nghệ thông tin',
        approvedAt: approved ? now : null,
        approvedBy: approved ? (central?.id ?? by) : null,
        approvalRef: approved ? `01/QĐ-BHXH-${year}` : null,
        reassessDue: approved ? `${year + 1}-${now.toISOString().slice(5, 10)}` : null,
        updatedAt: now,
      });
      if (s.status !== 'drafted') await tx.insert(dossierDocuments).values(DOCS.map((kind) => ({ id: newId(), dossierId: did, kind, title: `${kind} — ${s.name}`, reference: `Số ${kind.length}/CNTT`, addedAt: now, addedBy: by })));
    }
    // The team: the Hà Nội office's dedicated officer, and non-dedicated members of two other provinces.
    const memberIds: string[] = [];
    if (officer) {
      const mid = newId();
      memberIds.push(mid);
      await tx.insert(teamMembers).values({ id: mid, staffId: officer.id, unitId: 'P01', teamRole: 'member', dedicated: true, qualifications: ['Chứng chỉ ATTT chuyên sâu'], joinedOn: day(1, 15), createdAt: now });
    }
    for (const unitId of ['P79', 'P48']) {
      const s = await teamRepo.findAnyActiveStaffOf(tx, unitId);
      if (!s) continue;
      const mid = newId();
      memberIds.push(mid);
      await tx.insert(teamMembers).values({ id: mid, staffId: s.id, unitId, teamRole: 'member', dedicated: false, qualifications: [], joinedOn: day(2, 1), createdAt: now });
    }
    if (memberIds.length > 0) {
      await tx.insert(teamMeetings).values([
        { id: newId(), unitId: 'P01', heldOn: day(2, 20), attendeeMemberIds: memberIds, decisions: ['Rà soát tài khoản VPN theo Chỉ thị 002'], createdBy: by, createdAt: now },
        { id: newId(), unitId: 'P01', heldOn: day(8, 12), attendeeMemberIds: memberIds, decisions: ['Chuẩn bị diễn tập ứng cứu sự cố lộ lọt dữ liệu'], createdBy: by, createdAt: now },
      ]);
      await tx.insert(drills).values({ id: newId(), unitId: 'P01', title: 'Lộ lọt dữ liệu người tham gia', scenario: 'Tài khoản nghiệp vụ bị chiếm dụng, tải xuống danh sách người tham gia', heldOn: day(9, 25), participantMemberIds: memberIds, timeline: [{ at: '08:30', what: 'Cảnh báo bất thường' }, { at: '09:10', what: 'Khóa tài khoản' }], findings: ['Cảnh báo đến chậm'], lessons: ['Trực 24/7 dịp cao điểm'], createdBy: by, createdAt: now });
    }
    const courseId = newId();
    await tx.insert(courses).values({ id: courseId, code: 'ATTT-QT', title: 'Phổ biến, quán triệt bảo đảm ATTT và bảo vệ tài khoản nghiệp vụ', kind: 'briefing', mandatoryFor: ['*'], validityMonths: 12, createdAt: now });
    const p01 = await trainingRepo.listActiveStaffIds(tx, 'P01');
    const attended = p01.filter((_, i) => i % 3 !== 2);
    if (attended.length > 0) await tx.insert(attendance).values(attended.map((s) => ({ id: newId(), courseId, staffId: s.id, attendedOn: day(3, 10), createdAt: now })));
  });
  return true;
}
