/**
 * Browser journey of the security programme's record keeping (issue 17, the creation forms): the central team
 * (DEMOQT01) registers an information system and drafts its security-level dossier with a document, adds a
 * course, plans an inspection, records the visit and a finding, and records a violation after confirming;
 * the security officer of Hà Nội (DEMOAT01) adds a team member found by name, records a meeting and ends the
 * membership after confirming, records a drill's results (timeline, lessons) and pages the year's meetings. Each form refuses an empty or malformed entry with a Vietnamese message first
 * (and once in English), and each list shows the new record without reloading. The pages are scanned with axe
 * in Vietnamese and the forms once in English.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { chooseOption, launchBrowser, scanPage, signInAs, startConsoleServer, waitForOutcome, type ConsoleServer } from './support.ts';
import { ensureGovernDemo } from '../../src/govern/govern-demo.ts';
import { staffActor } from '../../src/respond/respond-test-helpers.ts';
import { teamMeetings } from '../../src/govern/govern.schema.ts';
import { ensurePostureDemo } from '../../src/posture/posture-demo.ts';
import { findDemoActor } from '../../src/auth/demo/demo-accounts.ts';
import { randomUUID } from 'node:crypto';

let server: ConsoleServer;
let browser: Browser;

before(async () => {
  server = await startConsoleServer({ demo: true });
  assert.ok(await ensureGovernDemo(server.app.khien.database.db, new Date()));
  await ensurePostureDemo(server.app.khien.posture, (username) => findDemoActor(server.app.khien.auth.ctx, username));
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Today in Việt Nam as dd/mm/yyyy, or some days later. */
function vnDay(plusDays = 0): string {
  const d = new Date(Date.now() + 7 * 3_600_000 + plusDays * 86_400_000);
  const dd = (n: number): string => String(n).padStart(2, '0');
  return `${dd(d.getUTCDate())}/${dd(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** Waits until a dialog's form is gone (it closes with an animation). */
async function closed(page: Page, testId: string): Promise<void> {
  try {
    await page.getByTestId(testId).waitFor({ state: 'detached', timeout: 15_000 });
  } catch (err) {
    // Say why the dialog stayed: the server's refusal or the form's own messages.
    const text = await page.locator('.ant-modal-body').allInnerTexts().catch(() => []);
    throw new Error(`${testId} stayed open: ${text.join(' | ')}`, { cause: err });
  }
}

test('the central team registers a system, drafts its dossier and adds a document, adds a course, plans and records an inspection with a finding, records a violation', async () => {
  const central = await signInAs(server, browser, 'DEMOQT01');

  // A system: the empty form and a malformed code are refused in the browser, with Vietnamese messages.
  await central.goto(`${server.url}/govern/systems`);
  await central.getByTestId('systems-table').locator('tbody tr.ant-table-row').first().waitFor();
  await central.getByTestId('new-system').click();
  // The browser asks for reduced motion (support.ts): the dialog is there at once, neither it nor its mask animating.
  await central.getByTestId('system-form').waitFor();
  const dialogAnimations = await central.evaluate(
    () => document.getAnimations().filter((a) => a.playState === 'running' && a.effect instanceof KeyframeEffect && a.effect.target?.closest('.ant-modal-root') != null).length,
  );
  assert.equal(dialogAnimations, 0);
  await central.getByTestId('system-form-submit').click();
  await central.getByTestId('system-form').getByText('Bắt buộc nhập').first().waitFor();
  await central.getByTestId('system-form').getByText('Chọn đơn vị').waitFor();
  await central.getByLabel('Mã hệ thống').fill('mã sai!');
  await central.getByTestId('system-form').getByText('Mã chỉ gồm 2–32 chữ cái không dấu, chữ số hoặc dấu gạch ngang').waitFor();
  await scanPage(central, 'govern-forms-system-invalid-vi');
  await central.getByLabel('Mã hệ thống').fill('a0-e2e');
  await central.getByLabel('Tên hệ thống').fill('Cổng thử nghiệm E2E');
  await central.getByLabel('Mô tả').fill('Hệ thống thử nghiệm của hành trình trình duyệt');
  await chooseOption(central, 'system-owner', /^P01 · /, 'P01');
  await central.getByTestId('system-form-submit').click();
  await closed(central, 'system-form');
  // The list asks again: the new system (first in code order) shows without a reload, with no dossier yet.
  const row = central.getByTestId('systems-table').locator('tr', { hasText: 'A0-E2E' });
  await row.getByText('Chưa có hồ sơ').waitFor();

  // Its dossier: the level follows the highest criterion chosen.
  await central.getByTestId('draft-A0-E2E').click();
  await central.getByTestId('dossier-form-submit').click();
  await central.getByTestId('dossier-form').getByText('Chọn ít nhất một tiêu chí').waitFor();
  await central.getByTestId('dossier-criteria').click();
  await central.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
  await central.keyboard.press('Escape');
  assert.match(await central.getByTestId('dossier-level').innerText(), /cấp độ \d/);
  await central.getByLabel('Thuyết minh').fill('Hệ thống nội bộ, không xử lý dữ liệu cá nhân của người dân');
  await central.getByTestId('dossier-form-submit').click();
  await closed(central, 'dossier-form');
  await row.getByText('Đã lập').waitFor();
  const system = (await server.app.khien.govern.dossiers.listSystems({ actor: staffActor('central_security_admin', 'VSS') })).find((s) => s.code === 'A0-E2E');
  assert.equal(system?.dossier?.status, 'drafted');
  assert.equal(system?.ownerUnitId, 'P01');

  // A document of the dossier, from the expanded row.
  await row.locator('.ant-table-row-expand-icon').click();
  await central.getByTestId('add-document-A0-E2E').click();
  await chooseOption(central, 'document-kind', 'Mô tả tổng quan');
  await central.getByLabel('Tên tài liệu').fill('Thuyết minh tổng quan hệ thống');
  await central.getByLabel('Số, ký hiệu văn bản').fill('01/TM-E2E');
  await central.getByTestId('document-form-submit').click();
  await closed(central, 'document-form');
  await central.getByText('Mô tả tổng quan: Thuyết minh tổng quan hệ thống (01/TM-E2E)').waitFor();
  await scanPage(central, 'govern-forms-systems-vi');

  // A course.
  await central.goto(`${server.url}/govern/training`);
  await central.getByRole('tab', { name: 'Khóa đào tạo, phổ biến' }).click();
  await central.getByTestId('new-course').click();
  await central.getByLabel('Mã khóa').fill('E2E-KH01');
  await central.getByLabel('Tên khóa').fill('Phổ biến quy chế bảo vệ dữ liệu cá nhân');
  await central.getByTestId('course-form-submit').click();
  await closed(central, 'course-form');
  await central.getByTestId('courses-table').getByText('E2E-KH01').waitFor();
  await scanPage(central, 'govern-forms-training-vi');

  // An inspection: planned, visited, a finding with its owner found by name.
  await central.goto(`${server.url}/govern/inspections`);
  await central.getByTestId('new-inspection').click();
  await chooseOption(central, 'inspection-unit', /^P01 · /, 'P01');
  await central.getByLabel('Trưởng đoàn').fill('Đoàn kiểm tra E2E');
  // Enter takes the typed date and submits the form.
  await central.getByLabel('Ngày dự kiến').fill(vnDay(0));
  await central.getByLabel('Ngày dự kiến').press('Enter');
  await closed(central, 'inspection-form');
  const visit = central.locator('tr', { hasText: 'Đoàn kiểm tra E2E' });
  await visit.getByRole('button', { name: 'Ghi nhận kết quả kiểm tra' }).click();
  await central.getByTestId('visit-form').getByLabel('Kết quả').fill('Đã kiểm tra tại chỗ, có biên bản');
  await central.getByTestId('visit-form-submit').click();
  await closed(central, 'visit-form');
  await visit.getByText('Đã kiểm tra tại chỗ, có biên bản').waitFor();
  await visit.getByRole('button', { name: 'Thêm kết luận' }).click();
  await central.getByTestId('finding-form').getByLabel('Kết luận', { exact: true }).fill('Máy trạm E2E chưa cài phần mềm phòng chống mã độc');
  await chooseOption(central, 'finding-owner', /^DEMOCB01 · /, 'DEMOCB01');
  await central.getByLabel('Hạn khắc phục').fill(vnDay(30));
  await central.getByLabel('Hạn khắc phục').press('Enter');
  await closed(central, 'finding-form');
  await central.getByTestId('findings-table').getByText('Máy trạm E2E chưa cài phần mềm phòng chống mã độc').waitFor();
  await scanPage(central, 'govern-forms-inspections-vi');

  // A violation, recorded only after confirming.
  await central.goto(`${server.url}/govern/violations`);
  await central.getByTestId('new-violation').click();
  await central.getByTestId('violation-form-submit').click();
  await central.getByTestId('violation-form').getByText('Chọn cán bộ').waitFor();
  await chooseOption(central, 'violation-staff', /^DEMOCB01 · /, 'DEMOCB01');
  await central.getByLabel('Số hiệu nguồn').fill('VV-E2E-01');
  await central.getByLabel('Nội dung vi phạm').fill('Cho mượn tài khoản nghiệp vụ');
  await central.getByLabel('Biện pháp xử lý').fill('Nhắc nhở, đổi mật khẩu');
  await central.getByTestId('violation-form-submit').click();
  await central.locator('.ant-modal-confirm').getByText('không xóa được').waitFor();
  await scanPage(central, 'govern-forms-violation-confirm-vi');
  await central.locator('.ant-modal-confirm').getByRole('button', { name: 'Ghi nhận' }).click();
  await closed(central, 'violation-form');
  await central.getByTestId('violations-table').getByText('DEMOCB01 · Nguyễn Thị Demo').waitFor();
  await scanPage(central, 'govern-forms-violations-vi');

  // Once in English: the form and its messages.
  await central.evaluate(() => localStorage.setItem('khien.lang', 'en'));
  await central.reload();
  await central.getByTestId('new-violation').click();
  await central.getByTestId('violation-form-submit').click();
  await central.getByTestId('violation-form').getByText('Choose a staff member').waitFor();
  await scanPage(central, 'govern-forms-violation-invalid-en');
});

test('the officer adds a team member found by name, records a meeting and ends the membership after confirming', async () => {
  const officer = await signInAs(server, browser, 'DEMOAT01');
  await officer.goto(`${server.url}/govern/team`);
  await officer.getByTestId('members-table').locator('tbody tr.ant-table-row').first().waitFor();
  await officer.getByTestId('new-member').click();
  await officer.getByTestId('member-form-submit').click();
  await officer.getByTestId('member-form').getByText('Chọn cán bộ').waitFor();
  await chooseOption(officer, 'member-staff', /^DEMOCB01 · Nguyễn Thị Demo/, 'Nguyễn Thị');
  await chooseOption(officer, 'member-unit', /^P01 · /, 'P01');
  await officer.getByTestId('member-form').getByLabel('Chứng chỉ, trình độ').fill('Chứng chỉ an toàn thông tin cơ bản');
  await officer.getByTestId('member-form-submit').click();
  await closed(officer, 'member-form');
  const member = officer.getByTestId('members-table').locator('tr', { hasText: 'DEMOCB01 · Nguyễn Thị Demo' });
  await member.getByText('Chứng chỉ an toàn thông tin cơ bản').waitFor();

  await officer.getByTestId('new-meeting').click();
  await chooseOption(officer, 'meeting-unit', /^P01 · /, 'P01');
  await officer.getByTestId('meeting-form-submit').click();
  await officer.getByTestId('meeting-form').getByText('Chọn ít nhất một thành viên dự họp').waitFor();
  await chooseOption(officer, 'meeting-attendees', /^DEMOCB01 · /, 'DEMOCB01');
  await officer.keyboard.press('Escape');
  await officer.getByTestId('meeting-form').getByLabel('Kết luận').fill('Rà soát tài khoản VPN của đơn vị');
  const before_ = (await server.app.khien.govern.team.meetings({ actor: staffActor('central_security_admin', 'VSS') }, Number(vnDay().slice(6)), 'P01')).meetings.length;
  await officer.getByTestId('meeting-form-submit').click();
  await closed(officer, 'meeting-form');
  await officer.getByText('Rà soát tài khoản VPN của đơn vị').waitFor();
  assert.equal((await server.app.khien.govern.team.meetings({ actor: staffActor('central_security_admin', 'VSS') }, Number(vnDay().slice(6)), 'P01')).meetings.length, before_ + 1);
  await scanPage(officer, 'govern-forms-team-vi');

  await member.getByTestId('end-member-DEMOCB01').click();
  await officer.locator('.ant-popconfirm').getByText('không hoàn tác').waitFor();
  await officer.locator('.ant-popconfirm').getByRole('button', { name: 'Kết thúc tham gia' }).click();
  await member.getByTestId('end-member-DEMOCB01').waitFor({ state: 'detached' });
  // Joined and left today: both days show.
  await member.getByText(vnDay()).nth(1).waitFor();

  // A drill's results: the demo timeline shown for editing, an entry without its moment refused, then saved.
  const central = { actor: staffActor('central_security_admin', 'VSS') };
  await officer.getByTestId('drills-table').locator('tr', { hasText: 'Lộ lọt dữ liệu người tham gia' }).getByRole('button', { name: 'Ghi kết quả' }).click();
  const results = officer.getByTestId('drill-results-form');
  await results.getByTestId('timeline-entry-1').waitFor();
  await results.getByTestId('timeline-add').click();
  await results.getByTestId('timeline-entry-2').getByLabel('Diễn biến', { exact: true }).fill('Khôi phục dịch vụ, lập biên bản');
  await officer.getByTestId('drill-results-form-submit').click();
  await results.getByText('Nhập thời điểm').waitFor();
  await scanPage(officer, 'govern-forms-drill-results-vi');
  await results.getByTestId('timeline-entry-2').getByLabel('Thời điểm', { exact: true }).fill('10:45');
  await results.getByLabel('Bài học kinh nghiệm').fill('Trực 24/7 dịp cao điểm\nDiễn tập lại sau sáu tháng');
  await officer.getByTestId('drill-results-form-submit').click();
  await closed(officer, 'drill-results-form');
  const drill = (await server.app.khien.govern.team.listDrills(central, 'P01')).find((d) => d.title === 'Lộ lọt dữ liệu người tham gia');
  assert.deepEqual(drill?.timeline, [{ at: '08:30', what: 'Cảnh báo bất thường' }, { at: '09:10', what: 'Khóa tài khoản' }, { at: '10:45', what: 'Khôi phục dịch vụ, lập biên bản' }]);
  assert.deepEqual(drill?.lessons, ['Trực 24/7 dịp cao điểm', 'Diễn tập lại sau sáu tháng']);

  // Server paging: 21 meetings earlier in the year push today's onto the second page; the pager counts them all.
  const year = Number(vnDay().slice(6));
  const attendee = (await server.app.khien.govern.team.listMembers(central, 'P01'))[0]!;
  await server.app.khien.database.db.insert(teamMeetings).values(
    Array.from({ length: 21 }, (_v, i) => ({ id: randomUUID(), unitId: 'P01', heldOn: `${year}-01-${String(i + 1).padStart(2, '0')}`, attendeeMemberIds: [attendee.id], decisions: [`Họp định kỳ số ${i + 1}`], createdBy: randomUUID(), createdAt: new Date() })),
  );
  const total = (await server.app.khien.govern.team.meetings(central, year, 'P01')).total;
  assert.ok(total > 21);
  await officer.reload();
  const meetingsPager = officer.getByTestId('meetings-pager');
  await meetingsPager.getByText(`Tổng cộng ${total}`).waitFor();
  await officer.getByTestId('meetings-table').getByText('Họp định kỳ số 1', { exact: true }).waitFor();
  await meetingsPager.getByRole('button', { name: 'Trang sau' }).click();
  await meetingsPager.getByText('Trang 2').waitFor();
  await officer.getByTestId('meetings-table').getByText('Rà soát tài khoản VPN của đơn vị').waitFor();
  await scanPage(officer, 'govern-forms-team-paged-vi');

  // The systems page: the reception software of Hà Nội linked to its database server in the asset register.
  await officer.goto(`${server.url}/govern/systems`);
  await officer.getByTestId('assets-TNHS-P01').click();
  await chooseOption(officer, 'system-assets', /^Máy chủ CSDL tiếp nhận hồ sơ/, 'CSDL');
  await officer.keyboard.press('Escape');
  await scanPage(officer, 'govern-forms-system-assets-vi');
  await officer.getByTestId('system-assets-form-submit').click();
  await closed(officer, 'system-assets-form');
  await waitForOutcome(officer, officer.getByTestId('assets-TNHS-P01').getByText('Tài sản (1)'), { name: 'system-assets' });
  const tnhs = (await server.app.khien.govern.dossiers.listSystems(central, 'P01')).find((x) => x.code === 'TNHS-P01');
  assert.equal(tnhs?.assetIds.length, 1);
});

test('the central team records the yearly re-assessment of an approved dossier', async () => {
  const central = await signInAs(server, browser, 'DEMOQT01');
  await central.goto(`${server.url}/govern/systems`);
  await central.getByTestId('reassess-VSSID').click();
  await central.getByTestId('reassess-form-submit').click();
  await central.getByTestId('reassess-form').getByText('Nhập nhận xét đánh giá lại').waitFor();
  await central.getByTestId('reassess-form').getByText('Cần điều chỉnh cấp độ').click();
  await central.getByTestId('reassess-form').getByLabel('Ý kiến').fill('Số người dùng tăng gấp đôi: đề xuất rà soát cấp độ');
  await scanPage(central, 'govern-forms-reassess-vi');
  await central.getByTestId('reassess-form-submit').click();
  await closed(central, 'reassess-form');
  const vssid = (await server.app.khien.govern.dossiers.listSystems({ actor: staffActor('central_security_admin', 'VSS') })).find((x) => x.code === 'VSSID');
  assert.ok(vssid?.dossier?.lastReassessedAt, 'the re-assessment is recorded');
  assert.ok((vssid?.dossier?.reassessDue ?? '') > new Date().toISOString().slice(0, 10), 'the next one falls due a year later');
});
