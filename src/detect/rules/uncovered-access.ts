/**
 * Reads in other applications that no assignment covers (issue 15, item 4): an application's access log reports
 * that a staff member read a person's record, and Khiên's own decision over the assignment in force finds no
 * grant for it. In Khiên's own registry such a read is refused; in an application that cannot ask, it is an
 * alert — never a silent row (Decree 356/2025: processing only for the assigned task).
 */
import { detection, type RuleDefinition } from '../rule.ts';
import { UNCOVERED_PREFIX } from '../ingest/source-mapping.ts';

/** KHIEN-R026: an application reported a read that no assignment in force covers. */
export const uncoveredApplicationRead: RuleDefinition = {
  id: 'KHIEN-R026',
  name: { vi: 'Truy cập ngoài phân công trong phần mềm nghiệp vụ', en: 'Read outside any assignment in a business application' },
  description: {
    vi: 'Nhật ký của một phần mềm nghiệp vụ cho thấy cán bộ đã xem hoặc xuất hồ sơ của một người mà không có phân công (hoặc truy cập khẩn cấp) nào đang hiệu lực bao phủ.',
    en: 'A business application\'s access log shows a staff member viewing or exporting a person\'s record that no assignment (or break-glass grant) in force covers.',
  },
  severity: 'high',
  attack: 'T1213',
  defaults: {},
  kinds: ['access'],
  create() {
    return {
      size: () => 0,
      sweep: () => {},
      evaluate(input) {
        const e = input.event;
        if (e.kind !== 'access' || e.outcome !== 'allow' || e.grant !== null || !e.reason.startsWith(UNCOVERED_PREFIX)) return null;
        if (e.actor.type !== 'staff' || !e.source.system || e.source.system === 'khien') return null;
        return [detection(uncoveredApplicationRead, input, {
          system: e.source.system, action: e.action, resource: e.resource, purpose: e.purpose ?? '', reason: e.reason.slice(UNCOVERED_PREFIX.length), subjects: e.subjects.length,
        }, { accountId: input.accountId ?? e.actor.accountId })];
      },
    };
  },
};
