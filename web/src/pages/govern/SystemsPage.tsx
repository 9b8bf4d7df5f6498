/**
 * Information systems and their security-level dossiers: proposed level 1–5 with the criteria met, the
 * documents, and the workflow drafted → appraised → approved (dates, appraisal body, approval reference),
 * the yearly re-assessment due date; register a system, draft its dossier and add its documents; appraise and
 * approve from here when the caller has the authority (the server decides: `KHIEN_GOVERN_OUTSIDE_AUTHORITY`
 * otherwise). The list is paged on the server.
 */
import { useState } from 'react';
import { App, Button, Descriptions, Form, Input, List, Modal, Radio, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../lib/errors';
import { formatDate, formatDateTime } from '../../lib/format';
import { currentLang } from '../../i18n';
import { useMe, hasRole } from '../../lib/session';
import { GOVERN_WRITE, GovernPage, Percent, UnitSelect, useUnitName, Pill } from './shared';
import { DocumentForm, DossierForm, NewSystemForm } from './SystemForms';
import { Pager, useServerPage } from './Pager';
import { ReassessForm, SystemAssetsForm, type SystemAssets } from './SystemReviewForms';

const STATUS_COLOUR: Readonly<Record<string, string>> = { drafted: 'default', appraised: 'blue', approved: 'green', rejected: 'red' };
type Act = { kind: 'appraise' | 'approve'; dossierId: string };

/** The page. */
export default function SystemsPage(): React.JSX.Element {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const unitName = useUnitName();
  const [unitId, setUnitId] = useState<string>('');
  const [act, setAct] = useState<Act | null>(null);
  const [creating, setCreating] = useState(false);
  const [drafting, setDrafting] = useState<{ id: string; code: string; name: string } | null>(null);
  const [documenting, setDocumenting] = useState<string | null>(null);
  const [linking, setLinking] = useState<SystemAssets | null>(null);
  const [reassessing, setReassessing] = useState<{ id: string; code: string } | null>(null);
  const me = useMe();
  const canWrite = hasRole(me.data, GOVERN_WRITE);
  const pager = useServerPage();
  const systems = useQuery({
    queryKey: ['govern-systems', unitId, pager.page],
    queryFn: () => unwrap(api.GET('/api/govern/systems', { params: { query: { ...(unitId ? { unitId } : {}), ...pager.query } } })),
  });
  const coverage = useQuery({ queryKey: ['govern-cov-dossiers', unitId], queryFn: () => unwrap(api.GET('/api/govern/coverage/dossiers', { params: { query: unitId ? { unitId } : {} } })) });
  const criteria = useQuery({ queryKey: ['govern-criteria'], queryFn: () => unwrap(api.GET('/api/govern/criteria')), staleTime: Infinity });
  const criterionText = (code: string): string => {
    const c = (criteria.data ?? []).find((x) => x.code === code);
    return c ? `${code} — ${currentLang() === 'en' ? c.en : c.vi}` : code;
  };
  const done = (): void => {
    setAct(null);
    void queryClient.invalidateQueries({ queryKey: ['govern-systems'] });
    void queryClient.invalidateQueries({ queryKey: ['govern-cov-dossiers'] });
    void message.success(t('common.saved'));
  };
  const appraise = useMutation({
    mutationFn: (v: { id: string; outcome: 'appraised' | 'rejected'; note: string; appraisalBody?: string; externalRef?: string }) =>
      unwrap(api.POST('/api/govern/dossiers/{id}/appraise', { params: { path: { id: v.id } }, body: { outcome: v.outcome, note: v.note, appraisalBody: v.appraisalBody || undefined, externalRef: v.externalRef || undefined } })),
    onSuccess: done,
  });
  const approve = useMutation({
    mutationFn: (v: { id: string; approvalRef: string }) => unwrap(api.POST('/api/govern/dossiers/{id}/approve', { params: { path: { id: v.id } }, body: { approvalRef: v.approvalRef } })),
    onSuccess: done,
  });
  return (
    <GovernPage
      title={t('govern.nav.systems')}
      extra={
        <Space wrap>
          <UnitSelect
            value={unitId || undefined}
            onChange={(v) => {
              setUnitId(v);
              pager.setPage(0);
            }}
            allowClear
          />
          {canWrite ? (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="new-system">
              {t('govern.systems.new')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <ErrorAlert error={systems.error ?? coverage.error ?? appraise.error ?? approve.error} />
      {coverage.data ? (
        <Space style={{ marginBottom: 16 }} wrap>
          <span>{t('govern.coverage.dossiers')}</span>
          <Percent value={coverage.data.total.percent} />
          <span>{t('govern.systems.coveredOf', { covered: coverage.data.total.covered, total: coverage.data.total.total })}</span>
        </Space>
      ) : null}
      <Table
        rowKey="id"
        loading={systems.isLoading}
        dataSource={pager.rows(systems.data)}
        pagination={false}
        data-testid="systems-table"
        scroll={{ x: true }}
        expandable={{
          rowExpandable: (s) => s.dossier !== null,
          expandedRowRender: (s) =>
            s.dossier ? (
              <Descriptions size="small" column={1} bordered>
                <Descriptions.Item label={t('govern.systems.legalBasis')}>{t(`govern.systems.bases.${s.dossier.legalBasis}`)}</Descriptions.Item>
                <Descriptions.Item label={t('govern.systems.criteria')}>
                  <List size="small" dataSource={s.dossier.criteria} renderItem={(c) => <List.Item>{criterionText(c)}</List.Item>} />
                </Descriptions.Item>
                <Descriptions.Item label={t('govern.systems.reasoning')}>{s.dossier.reasoning}</Descriptions.Item>
                <Descriptions.Item label={t('govern.systems.drafted')}>{formatDateTime(s.dossier.draftedAt)}</Descriptions.Item>
                <Descriptions.Item label={t('govern.systems.appraised')}>
                  {s.dossier.appraisedAt ? `${formatDateTime(s.dossier.appraisedAt)} · ${s.dossier.appraisalBody ?? ''} · ${s.dossier.appraisalNote ?? ''}` : '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('govern.systems.approved')}>{s.dossier.approvedAt ? `${formatDateTime(s.dossier.approvedAt)} · ${s.dossier.approvalRef ?? ''}` : '—'}</Descriptions.Item>
                <Descriptions.Item label={t('govern.systems.lastReassessed')}>{s.dossier.lastReassessedAt ? formatDateTime(s.dossier.lastReassessedAt) : '—'}</Descriptions.Item>
                <Descriptions.Item label={t('govern.systems.documents')}>
                  <List size="small" dataSource={s.dossier.documents} locale={{ emptyText: t('govern.none') }} renderItem={(d) => <List.Item>{`${t(`govern.systems.docKinds.${d.kind}`, { defaultValue: d.kind })}: ${d.title} (${d.reference})`}</List.Item>} />
                  {canWrite && s.dossier.status !== 'rejected' ? (
                    <Button size="small" onClick={() => setDocumenting(s.dossier!.id)} data-testid={`add-document-${s.code}`}>
                      {t('govern.systems.addDocument')}
                    </Button>
                  ) : null}
                </Descriptions.Item>
              </Descriptions>
            ) : null,
        }}
        columns={[
          { title: t('govern.systems.code'), dataIndex: 'code' },
          { title: t('govern.systems.name'), dataIndex: 'name' },
          { title: t('govern.systems.owner'), dataIndex: 'ownerUnitId', render: (v: string) => unitName(v) },
          { title: t('govern.systems.level'), key: 'level', render: (_v, s) => (s.dossier ? t('govern.systems.levelN', { level: s.dossier.proposedLevel }) : '—') },
          {
            title: t('govern.status'),
            key: 'status',
            render: (_v, s) => (s.dossier ? <Pill tone={STATUS_COLOUR[s.dossier.status]}>{t(`govern.systems.states.${s.dossier.status}`)}</Pill> : <Pill tone="red">{t('govern.systems.noDossier')}</Pill>),
          },
          { title: t('govern.systems.reassessDue'), key: 'due', render: (_v, s) => formatDate(s.dossier?.reassessDue ?? null) },
          {
            title: t('govern.systems.assets'),
            key: 'assets',
            render: (_v, s) =>
              canWrite ? (
                <Button size="small" onClick={() => setLinking({ id: s.id, code: s.code, ownerUnitId: s.ownerUnitId, assetIds: s.assetIds })} data-testid={`assets-${s.code}`}>
                  {t('govern.systems.assetsButton', { n: s.assetIds.length })}
                </Button>
              ) : (
                s.assetIds.length
              ),
          },
          {
            title: '',
            key: 'act',
            render: (_v, s) =>
              s.dossier?.status === 'drafted' ? (
                <Button size="small" onClick={() => setAct({ kind: 'appraise', dossierId: s.dossier!.id })} data-testid={`appraise-${s.code}`}>
                  {t('govern.systems.appraise')}
                </Button>
              ) : s.dossier?.status === 'appraised' ? (
                <Button size="small" type="primary" onClick={() => setAct({ kind: 'approve', dossierId: s.dossier!.id })} data-testid={`approve-${s.code}`}>
                  {t('govern.systems.approve')}
                </Button>
              ) : canWrite && s.dossier?.status === 'approved' ? (
                <Button size="small" onClick={() => setReassessing({ id: s.dossier!.id, code: s.code })} data-testid={`reassess-${s.code}`}>
                  {t('govern.systems.reassess')}
                </Button>
              ) : canWrite && (s.dossier === null || s.dossier.status === 'rejected') ? (
                <Button size="small" onClick={() => setDrafting({ id: s.id, code: s.code, name: s.name })} data-testid={`draft-${s.code}`}>
                  {t('govern.systems.draft')}
                </Button>
              ) : null,
          },
        ]}
      />
      <Pager page={pager.page} more={pager.more(systems.data)} onPage={pager.setPage} testId="systems-pager" />
      <NewSystemForm open={creating} onClose={() => setCreating(false)} />
      <DossierForm system={drafting} onClose={() => setDrafting(null)} />
      <DocumentForm dossierId={documenting} onClose={() => setDocumenting(null)} />
      <SystemAssetsForm system={linking} onClose={() => setLinking(null)} />
      <ReassessForm dossier={reassessing} onClose={() => setReassessing(null)} />
      <Modal open={act?.kind === 'appraise'} title={t('govern.systems.appraise')} footer={null} onCancel={() => setAct(null)} destroyOnHidden>
        <Form<{ outcome: 'appraised' | 'rejected'; note: string; appraisalBody?: string; externalRef?: string }> layout="vertical" initialValues={{ outcome: 'appraised' }} onFinish={(v) => appraise.mutate({ id: act!.dossierId, ...v })}>
          <Form.Item name="outcome" label={t('govern.systems.outcome')}>
            <Radio.Group options={[{ value: 'appraised', label: t('govern.systems.states.appraised') }, { value: 'rejected', label: t('govern.systems.states.rejected') }]} />
          </Form.Item>
          <Form.Item name="note" label={t('govern.systems.note')} rules={[{ required: true, message: t('form.required') }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Form.Item name="appraisalBody" label={t('govern.systems.appraisalBody')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="externalRef" label={t('govern.systems.externalRef')} extra={t('govern.systems.externalRefHelp')}>
            <Input maxLength={200} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={appraise.isPending}>
            {t('govern.systems.appraise')}
          </Button>
        </Form>
      </Modal>
      <Modal open={act?.kind === 'approve'} title={t('govern.systems.approve')} footer={null} onCancel={() => setAct(null)} destroyOnHidden>
        <Form<{ approvalRef: string }> layout="vertical" onFinish={(v) => approve.mutate({ id: act!.dossierId, approvalRef: v.approvalRef })}>
          <Form.Item name="approvalRef" label={t('govern.systems.approvalRef')} extra={t('govern.systems.approveWarning')} rules={[{ required: true, message: t('form.required') }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={approve.isPending}>
            {t('govern.systems.approve')}
          </Button>
        </Form>
      </Modal>
    </GovernPage>
  );
}
