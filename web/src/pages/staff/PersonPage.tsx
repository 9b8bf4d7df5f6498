/**
 * A person's page under the purpose of the task (`/persons/:personId?purpose=…`): masked fields with a "show"
 * action per field that asks for the reason and says it is recorded; participation history by employer;
 * household; health-insurance cards.
 */
import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Modal, Space, Table, Tabs, Tag, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { ErrorAlert } from '../../lib/errors';
import { formatDate, formatVnd } from '../../lib/format';
import { usePurposes } from '../../lib/purposes';
import { currentLang } from '../../i18n';
import { BreakGlassDialog } from './BreakGlassDialog';
import { ContactChangeDialog } from './ContactChangeDialog';
import { isRefusedRead, RefusalHelp } from './RefusalHelp';

type UnmaskField = paths['/api/registry/persons/{personId}/unmask']['post']['requestBody']['content']['application/json']['field'];
const FIELDS: readonly UnmaskField[] = ['personalId', 'socialInsuranceNo', 'dateOfBirth', 'phone', 'street'];

/** The page. */
export default function PersonPage(): React.JSX.Element {
  const { t } = useTranslation();
  const { personId = '' } = useParams();
  const [params] = useSearchParams();
  const purpose = params.get('purpose') ?? '';
  const purposes = usePurposes();
  const purposeName = purposes.data?.purposes.find((x) => x.code === purpose)?.[currentLang()] ?? purpose;
  const [revealed, setRevealed] = useState<Partial<Record<string, string>>>({});
  const [asking, setAsking] = useState<UnmaskField | null>(null);
  const [breakGlass, setBreakGlass] = useState(false);
  const [editing, setEditing] = useState(false);
  const path = { personId };
  const query = { purpose };
  const person = useQuery({ queryKey: ['person', personId, purpose], queryFn: () => unwrap(api.GET('/api/registry/persons/{personId}', { params: { path, query } })), enabled: !!purpose });
  const participation = useQuery({ queryKey: ['participation', personId, purpose], queryFn: () => unwrap(api.GET('/api/registry/persons/{personId}/participation', { params: { path, query } })), enabled: !!person.data });
  const household = useQuery({ queryKey: ['household', personId, purpose], queryFn: () => unwrap(api.GET('/api/registry/persons/{personId}/household', { params: { path, query } })), enabled: !!person.data });
  const cards = useQuery({ queryKey: ['cards', personId, purpose], queryFn: () => unwrap(api.GET('/api/registry/persons/{personId}/cards', { params: { path, query } })), enabled: !!person.data });
  const unmask = useMutation({
    mutationFn: (v: { field: UnmaskField; justification: string }) => unwrap(api.POST('/api/registry/persons/{personId}/unmask', { params: { path }, body: { purpose, ...v } })),
    onSuccess: (r) => {
      setRevealed((s) => ({ ...s, [r.field]: r.value === null ? '' : String(r.value) }));
      setAsking(null);
    },
  });

  if (!purpose) return <Alert type="warning" showIcon title={t('person.noPurpose')} description={<Link to="/search">{t('nav.search')}</Link>} />;
  if (person.error) {
    if (!isRefusedRead(person.error)) return <ErrorAlert error={person.error} />;
    return (
      <Card title={<h1 style={{ fontSize: 20, margin: 0 }}>{t('work.refusal.pageTitle')}</h1>}>
        <RefusalHelp purpose={purpose} kind="person" onBreakGlass={() => setBreakGlass(true)} />
        <BreakGlassDialog open={breakGlass} target={{ personId }} purpose={purpose} onClose={() => setBreakGlass(false)} />
      </Card>
    );
  }
  const p = person.data;
  const value = (f: UnmaskField): React.ReactNode => {
    const shown = revealed[f];
    if (shown !== undefined) return <Typography.Text strong data-testid={`revealed-${f}`}>{f === 'dateOfBirth' ? formatDate(shown) : shown}</Typography.Text>;
    const raw = p?.[f as keyof typeof p] as string | null | undefined;
    const masked = p?.masked.includes(f);
    return (
      <Space>
        <span>{f === 'dateOfBirth' && !masked ? formatDate(raw) : (raw ?? '')}</span>
        {masked && (
          <Button size="small" onClick={() => setAsking(f)} data-testid={`show-${f}`} aria-label={t('person.showField', { field: t(`person.${f}`) })}>
            {t('person.show')}
          </Button>
        )}
      </Space>
    );
  };

  return (
    <Card loading={person.isLoading} title={<h1 style={{ fontSize: 20, margin: 0 }}>{p?.fullName}</h1>} extra={
        <Space wrap>
          <Tag color="blue">{t('person.purposeTag', { purpose: purposeName })}</Tag>
          {p && (
            <Button size="small" onClick={() => setEditing(true)} data-testid="contact-change">
              {t('work.contact.open')}
            </Button>
          )}
        </Space>
      }
    >
      {p && (
        <Descriptions bordered column={{ xs: 1, md: 2 }} size="small" data-testid="person-fields">
          {FIELDS.map((f) => (
            <Descriptions.Item key={f} label={t(`person.${f}`)}>
              {value(f)}
            </Descriptions.Item>
          ))}
          <Descriptions.Item label={t('person.province')}>{p.provinceCode}</Descriptions.Item>
          <Descriptions.Item label={t('person.commune')}>{p.communeCode}</Descriptions.Item>
          <Descriptions.Item label={t('person.status')}>{p.status}</Descriptions.Item>
        </Descriptions>
      )}
      <Tabs
        style={{ marginTop: 16 }}
        items={[
          {
            key: 'participation',
            label: t('person.participation'),
            children: (
              <>
                <ErrorAlert error={participation.error} />
                <Table
                  rowKey={(r) => `${r.employerCode}-${r.fromMonth}`}
                  loading={participation.isLoading}
                  dataSource={participation.data?.periods ?? []}
                  pagination={{ pageSize: 12 }}
                  scroll={{ x: true }}
                  columns={[
                    { title: t('person.employer'), key: 'employer', render: (_v, r) => `${r.employerName} (${r.employerCode})` },
                    { title: t('person.from'), dataIndex: 'fromMonth' },
                    { title: t('person.to'), dataIndex: 'toMonth' },
                    { title: t('person.jobTitle'), dataIndex: 'jobTitle' },
                    { title: t('person.salary'), dataIndex: 'salaryBasis', render: (v: number | null) => (v === null ? '' : formatVnd(v)) },
                    { title: t('person.insurance'), dataIndex: 'insuranceTypes', render: (v: string[]) => v.join(', ') },
                  ]}
                />
              </>
            ),
          },
          {
            key: 'household',
            label: t('person.household'),
            children: (
              <>
                <ErrorAlert error={household.error} />
                {household.data?.household === null && <Typography.Text>{t('person.noHousehold')}</Typography.Text>}
                {household.data?.household && (
                  <Table
                    rowKey={(m) => m.person.id}
                    dataSource={household.data.household.members}
                    pagination={false}
                    columns={[
                      { title: t('person.relation'), dataIndex: 'relation' },
                      { title: t('person.fullName'), key: 'name', render: (_v, m) => m.person.fullName },
                      { title: t('person.dateOfBirth'), key: 'dob', render: (_v, m) => formatDate(m.person.dateOfBirth) || m.person.dateOfBirth },
                    ]}
                  />
                )}
              </>
            ),
          },
          {
            key: 'cards',
            label: t('person.cards'),
            children: (
              <>
                <ErrorAlert error={cards.error} />
                <Table
                  rowKey="cardCode"
                  dataSource={cards.data?.cards ?? []}
                  pagination={false}
                  scroll={{ x: true }}
                  columns={[
                    { title: t('person.cardCode'), dataIndex: 'cardCode' },
                    { title: t('person.clinic'), dataIndex: 'registeredClinicName' },
                    { title: t('person.validFrom'), dataIndex: 'validFrom', render: (v: string) => formatDate(v) },
                    { title: t('person.benefitLevel'), dataIndex: 'benefitLevel' },
                  ]}
                />
              </>
            ),
          },
        ]}
      />
      <ContactChangeDialog open={editing} personId={personId} purpose={purpose} onClose={() => setEditing(false)} />
      <Modal open={asking !== null} title={asking ? t('person.showField', { field: t(`person.${asking}`) }) : ''} footer={null} onCancel={() => setAsking(null)} destroyOnHidden>
        <Alert type="info" showIcon title={t('person.revealRecorded')} style={{ marginBottom: 12 }} />
        <Form<{ justification: string }> layout="vertical" onFinish={(v) => unmask.mutate({ field: asking!, justification: v.justification })}>
          <Form.Item name="justification" label={t('common.reason')} rules={[{ required: true, min: 5, message: t('person.reasonMin') }]}>
            <Input.TextArea rows={3} maxLength={500} data-testid="reveal-reason" />
          </Form.Item>
          <ErrorAlert error={unmask.error} />
          <Button type="primary" htmlType="submit" loading={unmask.isPending} style={{ marginTop: 8 }} data-testid="reveal-submit">
            {t('person.show')}
          </Button>
        </Form>
      </Modal>
    </Card>
  );
}
