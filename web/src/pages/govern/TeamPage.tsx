/**
 * The incident-response team of a province: the dedicated-officer check of every provincial office (red when
 * none), the members with their qualifications, the year's meetings against "at least one a quarter", and
 * the drills (a new drill can be run as an exercise case in the respond module, never a breach); members are
 * added (found by staff number or name) and ended after confirmation, and meetings recorded, from here.
 */
import { useState } from 'react';
import { App, Button, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Popconfirm, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { hasRole, useMe } from '../../lib/session';
import { Flag, GOVERN_WRITE, GovernPage, UnitSelect, thisYear, useUnitName, Pill } from './shared';
import { NewMeetingForm, NewMemberForm } from './TeamForms';
import { Pager, useServerPage } from './Pager';
import { DrillResultsForm, type DrillResults } from './DrillResultsForm';
import { vnTodayIso } from '../../lib/vn-date';

interface DrillForm {
  title: string;
  scenario: string;
  heldOn: Dayjs;
  lessons?: string;
  runAsExercise?: boolean;
}

/** The page. */
export default function TeamPage(): React.JSX.Element {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const unitName = useUnitName();
  const [unitId, setUnitId] = useState<string>('');
  const [year, setYear] = useState<number>(thisYear());
  const [drilling, setDrilling] = useState(false);
  const [adding, setAdding] = useState<'member' | 'meeting' | null>(null);
  const [recording, setRecording] = useState<DrillResults | null>(null);
  const me = useMe();
  const canWrite = hasRole(me.data, GOVERN_WRITE);
  const memberPager = useServerPage();
  const meetingPager = useServerPage();
  const drillPager = useServerPage();
  const q = unitId ? { unitId } : {};
  const officers = useQuery({ queryKey: ['govern-officers'], queryFn: () => unwrap(api.GET('/api/govern/team/dedicated-officers')) });
  const members = useQuery({ queryKey: ['govern-members', unitId, memberPager.page], queryFn: () => unwrap(api.GET('/api/govern/team/members', { params: { query: { ...q, ...memberPager.query } } })) });
  // The whole team in view, unpaged: the attendees of a new meeting and the participants of a new drill come from it.
  const unitMembers = useQuery({ queryKey: ['govern-members', unitId, 'all'], enabled: canWrite, queryFn: () => unwrap(api.GET('/api/govern/team/members', { params: { query: q } })) });
  const meetings = useQuery({ queryKey: ['govern-meetings', unitId, year, meetingPager.page], queryFn: () => unwrap(api.GET('/api/govern/team/meetings', { params: { query: { year, ...q, ...meetingPager.query } } })) });
  const drills = useQuery({ queryKey: ['govern-drills', unitId, drillPager.page], queryFn: () => unwrap(api.GET('/api/govern/drills', { params: { query: { ...q, ...drillPager.query } } })) });
  const chooseUnit = (v: string): void => {
    setUnitId(v);
    memberPager.setPage(0);
    meetingPager.setPage(0);
    drillPager.setPage(0);
  };
  const createDrill = useMutation({
    mutationFn: (v: DrillForm) =>
      unwrap(
        api.POST('/api/govern/drills', {
          body: {
            unitId,
            title: v.title,
            scenario: v.scenario,
            heldOn: v.heldOn.format('YYYY-MM-DD'),
            participantMemberIds: (unitMembers.data ?? []).filter((m) => m.unitId === unitId && m.leftOn === null).map((m) => m.id),
            lessons: v.lessons ? v.lessons.split('\n').filter((l) => l.trim() !== '') : [],
            runAsExercise: v.runAsExercise ?? false,
          },
        }),
      ),
    onSuccess: () => {
      setDrilling(false);
      void queryClient.invalidateQueries({ queryKey: ['govern-drills'] });
      void message.success(t('common.saved'));
    },
  });
  const endMember = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/govern/team/members/{id}/end', { params: { path: { id } }, body: { leftOn: vnTodayIso() } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['govern-members'] });
      void queryClient.invalidateQueries({ queryKey: ['govern-officers'] });
      void message.success(t('common.saved'));
    },
  });
  const submitDrill = (v: DrillForm): void => {
    if (!v.runAsExercise) {
      createDrill.mutate(v);
      return;
    }
    modal.confirm({ title: t('govern.team.runAsExercise'), content: t('govern.team.exerciseConfirm'), okText: t('govern.team.runAsExercise'), cancelText: t('common.cancel'), onOk: () => createDrill.mutate(v) });
  };
  return (
    <GovernPage title={t('govern.nav.team')} extra={<UnitSelect value={unitId || undefined} onChange={chooseUnit} allowClear testId="team-unit" />}>
      <ErrorAlert error={officers.error ?? members.error ?? meetings.error ?? drills.error ?? createDrill.error ?? endMember.error} />
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {t('govern.team.officersTitle')}
      </Typography.Title>
      <Table
        rowKey="unitId"
        size="small"
        loading={officers.isLoading}
        dataSource={(officers.data ?? []).filter((o) => !unitId || o.unitId === unitId)}
        pagination={{ pageSize: 10 }}
        data-testid="officers-table"
        columns={[
          { title: t('govern.province'), dataIndex: 'unitId', render: (_v: string, r) => `${r.name} (${r.unitId})` },
          { title: t('govern.team.dedicatedOfficers'), dataIndex: 'dedicatedOfficers' },
          { title: t('govern.team.members'), dataIndex: 'members' },
          { title: t('govern.status'), dataIndex: 'status', render: (v: string) => <Flag ok={v === 'green'} yes={t('govern.team.hasOfficer')} no={t('govern.team.noOfficer')} /> },
        ]}
      />
      <Space style={{ margin: '16px 0 8px' }}>
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {t('govern.team.membersTitle')}
        </Typography.Title>
        {canWrite ? (
          <Button onClick={() => setAdding('member')} data-testid="new-member">
            {t('govern.team.newMember')}
          </Button>
        ) : null}
      </Space>
      <Table
        rowKey="id"
        size="small"
        loading={members.isLoading}
        dataSource={memberPager.rows(members.data)}
        pagination={false}
        data-testid="members-table"
        columns={[
          { title: t('govern.team.name'), key: 'name', render: (_v, m) => `${m.staffNo} · ${m.fullName}` },
          { title: t('govern.unit'), dataIndex: 'unitId', render: (v: string) => unitName(v) },
          { title: t('govern.team.role'), dataIndex: 'teamRole', render: (v: string) => t(`govern.team.roles.${v}`) },
          { title: t('govern.team.dedicated'), dataIndex: 'dedicated', render: (v: boolean) => (v ? <Pill tone="green">{t('govern.yes')}</Pill> : t('govern.no')) },
          { title: t('govern.team.qualifications'), dataIndex: 'qualifications', render: (v: string[]) => v.join(', ') },
          { title: t('govern.team.joinedOn'), dataIndex: 'joinedOn', render: (v: string) => formatDate(v) },
          { title: t('govern.team.leftOn'), dataIndex: 'leftOn', render: (v: string | null) => formatDate(v) },
          {
            title: '',
            key: 'act',
            render: (_v, m) =>
              canWrite && m.leftOn === null ? (
                <Popconfirm title={t('govern.team.endConfirm', { name: m.fullName })} okText={t('govern.team.end')} cancelText={t('common.cancel')} onConfirm={() => endMember.mutate(m.id)}>
                  <Button size="small" danger data-testid={`end-member-${m.staffNo}`}>
                    {t('govern.team.end')}
                  </Button>
                </Popconfirm>
              ) : null,
          },
        ]}
      />
      <Pager page={memberPager.page} more={memberPager.more(members.data)} onPage={memberPager.setPage} testId="members-pager" />
      <Space style={{ margin: '16px 0 8px' }}>
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {t('govern.team.meetingsTitle')}
        </Typography.Title>
        <InputNumber aria-label={t('govern.year')} min={2020} max={2100} value={year}
          onChange={(v) => {
            setYear(v ?? thisYear());
            meetingPager.setPage(0);
          }}
        />
        {canWrite ? (
          <Button onClick={() => setAdding('meeting')} data-testid="new-meeting">
            {t('govern.team.newMeeting')}
          </Button>
        ) : null}
      </Space>
      <Space wrap style={{ marginBottom: 8 }} data-testid="quarters">
        {(meetings.data?.quarters ?? []).map((qr) => (
          <Pill key={qr.quarter} tone={!qr.due ? 'default' : qr.ok ? 'green' : 'red'}>
            {t('govern.team.quarter', { quarter: qr.quarter, n: qr.meetings })}
          </Pill>
        ))}
      </Space>
      <Table
        rowKey="id"
        size="small"
        loading={meetings.isLoading}
        dataSource={meetingPager.rows(meetings.data?.meetings)}
        pagination={false}
        data-testid="meetings-table"
        columns={[
          { title: t('govern.unit'), dataIndex: 'unitId', render: (v: string) => unitName(v) },
          { title: t('govern.team.heldOn'), dataIndex: 'heldOn', render: (v: string) => formatDate(v) },
          { title: t('govern.team.attendees'), dataIndex: 'attendeeMemberIds', render: (v: string[]) => v.length },
          { title: t('govern.team.decisions'), dataIndex: 'decisions', render: (v: string[]) => v.join('; ') },
        ]}
      />
      <Pager page={meetingPager.page} more={meetingPager.more(meetings.data?.meetings)} onPage={meetingPager.setPage} total={meetings.data?.total} testId="meetings-pager" />
      <Space style={{ margin: '16px 0 8px' }}>
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {t('govern.team.drillsTitle')}
        </Typography.Title>
        <Button onClick={() => setDrilling(true)} disabled={!unitId} data-testid="new-drill">
          {t('govern.team.newDrill')}
        </Button>
      </Space>
      <Table
        rowKey="id"
        size="small"
        loading={drills.isLoading}
        dataSource={drillPager.rows(drills.data)}
        pagination={false}
        data-testid="drills-table"
        expandable={{
          expandedRowRender: (d) => (
            <div>
              <p>{d.scenario}</p>
              <ul>
                {d.timeline.map((e, i) => (
                  <li key={i}>{`${e.at}: ${e.what}`}</li>
                ))}
              </ul>
              <p>{`${t('govern.team.findings')}: ${d.findings.join('; ') || '—'}`}</p>
              <p>{`${t('govern.team.lessons')}: ${d.lessons.join('; ') || '—'}`}</p>
            </div>
          ),
        }}
        columns={[
          { title: t('govern.unit'), dataIndex: 'unitId', render: (v: string) => unitName(v) },
          { title: t('govern.team.drill'), dataIndex: 'title' },
          { title: t('govern.team.heldOn'), dataIndex: 'heldOn', render: (v: string) => formatDate(v) },
          { title: t('govern.team.participants'), dataIndex: 'participantMemberIds', render: (v: string[]) => v.length },
          { title: t('govern.team.exerciseCase'), dataIndex: 'caseId', render: (v: string | null) => (v ? <Pill tone="purple">{t('govern.team.exercise')}</Pill> : '—') },
          {
            title: '',
            key: 'act',
            render: (_v, d) =>
              canWrite ? (
                <Button size="small" onClick={() => setRecording(d)} data-testid={`drill-results-${d.id}`}>
                  {t('govern.team.results')}
                </Button>
              ) : null,
          },
        ]}
      />
      <Pager page={drillPager.page} more={drillPager.more(drills.data)} onPage={drillPager.setPage} testId="drills-pager" />
      <DrillResultsForm drill={recording} onClose={() => setRecording(null)} />
      <NewMemberForm open={adding === 'member'} onClose={() => setAdding(null)} unitId={unitId} />
      <NewMeetingForm open={adding === 'meeting'} onClose={() => setAdding(null)} unitId={unitId} members={unitMembers.data ?? []} />
      <Modal open={drilling} title={t('govern.team.newDrill')} footer={null} onCancel={() => setDrilling(false)} destroyOnHidden>
        <Form<DrillForm> layout="vertical" onFinish={submitDrill}>
          <Form.Item name="title" label={t('govern.team.drill')} rules={[{ required: true, message: t('form.required') }]}>
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item name="scenario" label={t('govern.team.scenario')} rules={[{ required: true, message: t('form.required') }]}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Form.Item name="heldOn" label={t('govern.team.heldOn')} rules={[{ required: true, message: t('form.required') }]}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
          <Form.Item name="lessons" label={t('govern.team.lessons')} extra={t('govern.onePerLine')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="runAsExercise" valuePropName="checked" extra={t('govern.team.exerciseHelp')}>
            <Checkbox>{t('govern.team.runAsExercise')}</Checkbox>
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={createDrill.isPending}>
            {t('govern.save')}
          </Button>
        </Form>
      </Modal>
    </GovernPage>
  );
}
