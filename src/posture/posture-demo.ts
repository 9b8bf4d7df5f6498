/**
 * Demo mode only: synthetic posture records for the demo province (Hà Nội provincial office `P01`) so that a
 * new user sees assets, findings, a warning list and a draft monthly report for last month. Written through
 * the module's own services, acting as the demo security officer and central administrator, so every record
 * is in the audit log like any other (their actors come from auth through {@link DemoActorLookup}). Idempotent:
 * nothing is added once the unit has assets.
 */
import type { StaffActor } from '../actors/staff-actor.ts';
import { sql } from 'drizzle-orm';
import { queryRows } from '../db/client.ts';
import type { PostureModule } from './posture.module.ts';
import type { Acting } from './posture-action.ts';

/** The demo unit. */
export const DEMO_POSTURE_UNIT = 'P01';

const ASSETS_CSV = [
  'ref,name,kind,address,os,os_version,software,exposure,info_system,security_level,status',
  'HN-SRV-01,Máy chủ cổng dịch vụ công BHXH Hà Nội,server,10.1.0.10,Ubuntu,22.04,openssl:3.0.2; nginx:1.18.0,internet,Cổng dịch vụ công BHXH tỉnh,3,active',
  'HN-SRV-02,Máy chủ CSDL tiếp nhận hồ sơ,server,10.1.0.20,Oracle Linux,8.6,postgresql:14.5,agency_network,Hệ thống tiếp nhận hồ sơ,3,active',
  'HN-FW-01,Tường lửa biên,security_device,10.1.0.1,FortiOS,7.2.4,fortios:7.2.4,internet,Hạ tầng mạng tỉnh,3,active',
  'HN-SW-01,Thiết bị chuyển mạch lõi,network_device,10.1.0.2,Cisco IOS XE,17.6.1,,isolated,Hạ tầng mạng tỉnh,2,active',
  'HN-WS-01,Máy trạm bộ phận một cửa 01,workstation,10.1.2.21,Windows,10 22H2,microsoft office:2016,agency_network,,,active',
  'HN-WS-02,Máy trạm kế toán 02,workstation,10.1.2.22,Windows,11 23H2,,agency_network,,,active',
  'HN-APP-01,Ứng dụng tiếp nhận hồ sơ điện tử,application,tiepnhan.hn.example.vn,,,java:17.0.2,internet,Hệ thống tiếp nhận hồ sơ,3,active',
].join('\n');

/** Finds the actor of an active demo account by login name (auth's; a port given by the app's demo step). */
export type DemoActorLookup = (username: string) => Promise<StaffActor | null>;

/**
 * Loads the demo posture records (idempotent).
 *
 * @param posture - the module
 * @param actorOf - the demo accounts' actors (auth's `findDemoActor`)
 * @param officerUsername - the demo security officer of P01
 * @param centralUsername - the demo central security administrator
 * @returns a line to print, or null when nothing was added
 */
export async function ensurePostureDemo(posture: PostureModule, actorOf: DemoActorLookup, officerUsername = 'DEMOAT01', centralUsername = 'DEMOQT01'): Promise<string | null> {
  const existing = await queryRows<{ n: number }>(posture.deps.db, sql`select count(*)::int as n from posture_assets where unit_id = ${DEMO_POSTURE_UNIT}`);
  if (Number(existing[0]?.n ?? 0) > 0) return null;
  const officer = await actorOf(officerUsername);
  const central = await actorOf(centralUsername);
  if (!officer || !central) return null;
  const as = (actor: StaffActor): Acting => ({ actor, requestId: null, ip: null, userAgent: 'khien-demo' });
  await posture.assets.importFile(as(officer), DEMO_POSTURE_UNIT, 'csv', Buffer.from(ASSETS_CSV, 'utf8'), false);
  const findings = [
    { kind: 'vulnerability' as const, title: 'OpenSSL: tràn bộ đệm khi xử lý chứng thư X.509 (CVE-2022-3602)', cve: 'CVE-2022-3602', product: 'openssl', productVersion: '3.0.2', cvss: 9.8 },
    { kind: 'vulnerability' as const, title: 'FortiOS: lỗ hổng SSL-VPN cho phép thực thi mã từ xa (CVE-2023-27997)', cve: 'CVE-2023-27997', product: 'fortios', productVersion: '7.2.4', cvss: 9.2 },
    { kind: 'vulnerability' as const, title: 'nginx: lỗi xử lý DNS resolver (CVE-2021-23017)', cve: 'CVE-2021-23017', product: 'nginx', productVersion: '1.18.0', cvss: 7.7 },
    { kind: 'vulnerability' as const, title: 'Windows 10 22H2: bản vá bảo mật tháng chưa được cài đặt', product: 'windows', productVersion: '10 22H2', cvss: 6.5 },
    { kind: 'malware' as const, title: 'Phát hiện Trojan.Win32.Agent trên máy trạm (phần mềm phòng chống mã độc tập trung)', product: 'windows', productVersion: '11 23H2', severity: 'high' as const },
  ];
  await posture.findings.open(as(officer), findings.map((f) => ({ unitId: DEMO_POSTURE_UNIT, ...f })), 'manual', 'demo');
  const now = posture.deps.clock.now();
  await posture.warnings.issue(as(central), {
    title: `Danh sách cảnh báo địa chỉ IP, tên miền độc hại tháng ${now.getUTCMonth() + 1}/${now.getUTCFullYear()}`,
    source: 'Trung tâm CNTT - BHXH Việt Nam',
    confirmBy: new Date(now.getTime() + 7 * 86_400_000),
    validUntil: new Date(now.getTime() + 90 * 86_400_000),
    unitIds: [DEMO_POSTURE_UNIT],
    indicators: [
      { kind: 'ip', value: '203.0.113.66', reason: 'Máy chủ điều khiển mã độc (C2) — dữ liệu tổng hợp' },
      { kind: 'ip', value: '198.51.100.23', reason: 'Nguồn dò quét mật khẩu VPN — dữ liệu tổng hợp' },
      { kind: 'domain', value: 'cap-nhat-bhxh.example.com', reason: 'Tên miền giả mạo cổng BHXH — dữ liệu tổng hợp' },
      { kind: 'hash', value: '44d88612fea8a8f36de82e1278abb02f', reason: 'Mẫu mã độc thử nghiệm — dữ liệu tổng hợp' },
    ],
  });
  const prev = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const month = `${prev.getUTCFullYear()}-${String(prev.getUTCMonth() + 1).padStart(2, '0')}`;
  await posture.reports.generate(as(officer), DEMO_POSTURE_UNIT, month);
  return `Dữ liệu mẫu ATTT (tài sản, lỗ hổng, danh sách cảnh báo, báo cáo tháng ${month}) cho ${DEMO_POSTURE_UNIT} / demo posture records for ${DEMO_POSTURE_UNIT}`;
}
