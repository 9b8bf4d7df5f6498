/**
 * Forms of the team page: add a member of the incident-response team (a staff member found by number or
 * name, the unit, role, dedicated flag, qualifications, joining day) and record a team meeting (unit, day,
 * the members who attended, the decisions).
 */
import { Checkbox, DatePicker, Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client';
import { StaffPicker } from '../../components/StaffPicker';
import { FormModal, linesOf } from './FormModal';
import { UnitSelect } from './shared';
import { vnToday } from '../../lib/vn-date';

interface MemberValues {
  staffId: string;
  unitId: string;
  teamRole: 'leader' | 'member';
  dedicated?: boolean;
  qualifications?: string;
  joinedOn: Dayjs;
}

/** Adds a member to the team. */
export function NewMemberForm(props: { open: boolean; onClose: () => void; unitId: string }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <FormModal<MemberValues>
      open={props.open}
      onClose={props.onClose}
      title={t('govern.team.newMember')}
      testId="member-form"
      refresh={['govern-members', 'govern-officers']}
      initialValues={{ unitId: props.unitId || undefined, teamRole: 'member', joinedOn: vnToday() }}
      submit={(v) =>
        unwrap(
          api.POST('/api/govern/team/members', {
            body: { staffId: v.staffId, unitId: v.unitId, teamRole: v.teamRole, dedicated: v.dedicated ?? false, qualifications: linesOf(v.qualifications), joinedOn: v.joinedOn.format('YYYY-MM-DD') },
          }),
        )
      }
    >
      <Form.Item name="staffId" label={t('govern.team.staff')} extra={t('govern.forms.staffHelp')} rules={[{ required: true, message: t('govern.forms.staffRequired') }]}>
        <StaffPicker by="staff" aria-label={t('govern.team.staff')} testId="member-staff" />
      </Form.Item>
      <Form.Item name="unitId" label={t('govern.unit')} rules={[{ required: true, message: t('govern.forms.unitRequired') }]}>
        <UnitSelect testId="member-unit" />
      </Form.Item>
      <Form.Item name="teamRole" label={t('govern.team.role')}>
        <Radio.Group options={(['member', 'leader'] as const).map((r) => ({ value: r, label: t(`govern.team.roles.${r}`) }))} />
      </Form.Item>
      <Form.Item name="dedicated" valuePropName="checked" extra={t('govern.team.dedicatedHelp')}>
        <Checkbox data-testid="member-dedicated">{t('govern.team.dedicated')}</Checkbox>
      </Form.Item>
      <Form.Item name="qualifications" label={t('govern.team.qualifications')} extra={t('govern.onePerLine')}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="joinedOn" label={t('govern.team.joinedOn')} rules={[{ required: true, message: t('form.required') }]}>
        <DatePicker format="DD/MM/YYYY" />
      </Form.Item>
    </FormModal>
  );
}

interface MeetingValues {
  unitId: string;
  heldOn: Dayjs;
  attendeeMemberIds: string[];
  decisions?: string;
}

/** A member as the meeting form offers them. */
export interface MemberChoice {
  readonly id: string;
  readonly unitId: string;
  readonly staffNo: string;
  readonly fullName: string;
  readonly leftOn: string | null;
}

/** Records a team meeting. */
export function NewMeetingForm(props: { open: boolean; onClose: () => void; unitId: string; members: readonly MemberChoice[] }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <FormModal<MeetingValues>
      open={props.open}
      onClose={props.onClose}
      title={t('govern.team.newMeeting')}
      testId="meeting-form"
      refresh={['govern-meetings']}
      initialValues={{ unitId: props.unitId || undefined, heldOn: vnToday() }}
      submit={(v) => unwrap(api.POST('/api/govern/team/meetings', { body: { unitId: v.unitId, heldOn: v.heldOn.format('YYYY-MM-DD'), attendeeMemberIds: v.attendeeMemberIds, decisions: linesOf(v.decisions) } }))}
    >
      <Form.Item name="unitId" label={t('govern.unit')} rules={[{ required: true, message: t('govern.forms.unitRequired') }]}>
        <UnitSelect testId="meeting-unit" />
      </Form.Item>
      <Form.Item name="heldOn" label={t('govern.team.heldOn')} rules={[{ required: true, message: t('form.required') }]}>
        <DatePicker format="DD/MM/YYYY" disabledDate={(d) => d.isAfter(vnToday(), 'day')} />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a: MeetingValues, b: MeetingValues) => a.unitId !== b.unitId}>
        {({ getFieldValue }) => {
          const unit = getFieldValue('unitId') as string | undefined;
          const choices = props.members.filter((m) => m.leftOn === null && (!unit || m.unitId === unit || m.unitId.startsWith(`${unit}-`)));
          return (
            <Form.Item name="attendeeMemberIds" label={t('govern.team.attendees')} rules={[{ required: true, type: 'array', min: 1, message: t('govern.forms.attendeesRequired') }]}>
              <Select
                mode="multiple"
                aria-label={t('govern.team.attendees')}
                optionFilterProp="label"
                data-testid="meeting-attendees"
                options={choices.map((m) => ({ value: m.id, label: `${m.staffNo} · ${m.fullName}` }))}
                notFoundContent={t('govern.team.noMembers')}
              />
            </Form.Item>
          );
        }}
      </Form.Item>
      <Form.Item name="decisions" label={t('govern.team.decisions')} extra={t('govern.onePerLine')}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}
