/**
 * Forms of the systems page: register an information system (code, name, description, owner unit, type),
 * draft its security-level dossier (criteria met under the legal basis; the level is the highest of the
 * criteria, Decree 331/2026 Art. 8.2) and add a document to a dossier.
 */
import { Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { currentLang } from '../../i18n';
import { CodeField, FormModal } from './FormModal';
import { UnitSelect } from './shared';

const SYSTEM_TYPES = ['internal', 'citizen_services', 'infrastructure', 'industrial_control', 'other'] as const;
const LEGAL_BASES = ['decree-331-2026', 'decree-85-2016'] as const;
const DOC_KINDS = ['general_description', 'design', 'level_proposal', 'assurance_plan', 'professional_opinion', 'risk_assessment', 'security_regulation', 'appraisal_opinion', 'approval_decision'] as const;
/** Lists a system change shows in. */
const REFRESH = ['govern-systems', 'govern-cov-dossiers'] as const;

interface SystemValues {
  code: string;
  name: string;
  description: string;
  ownerUnitId: string;
  systemType: (typeof SYSTEM_TYPES)[number];
}

/** Registers an information system. */
export function NewSystemForm(props: { open: boolean; onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <FormModal<SystemValues>
      open={props.open}
      onClose={props.onClose}
      title={t('govern.systems.new')}
      testId="system-form"
      refresh={REFRESH}
      initialValues={{ systemType: 'internal' }}
      submit={(v) => unwrap(api.POST('/api/govern/systems', { body: { code: v.code.trim().toUpperCase(), name: v.name.trim(), description: v.description.trim(), ownerUnitId: v.ownerUnitId, systemType: v.systemType } }))}
    >
      <CodeField label={t('govern.systems.code')} />
      <Form.Item name="name" label={t('govern.systems.name')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="description" label={t('govern.systems.description')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item name="ownerUnitId" label={t('govern.systems.owner')} rules={[{ required: true, message: t('govern.forms.unitRequired') }]}>
        <UnitSelect testId="system-owner" />
      </Form.Item>
      <Form.Item name="systemType" label={t('govern.systems.type')} rules={[{ required: true, message: t('form.required') }]}>
        <Select options={SYSTEM_TYPES.map((k) => ({ value: k, label: t(`govern.systems.types.${k}`) }))} />
      </Form.Item>
    </FormModal>
  );
}

interface DossierValues {
  criteria: string[];
  legalBasis: (typeof LEGAL_BASES)[number];
  reasoning: string;
}

/** Drafts the security-level dossier of a system. */
export function DossierForm(props: { system: { id: string; code: string; name: string } | null; onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const criteria = useQuery({ queryKey: ['govern-criteria'], queryFn: () => unwrap(api.GET('/api/govern/criteria')), staleTime: Infinity });
  const levelOf = (codes: readonly string[] | undefined): number => Math.max(0, ...(codes ?? []).map((c) => (criteria.data ?? []).find((x) => x.code === c)?.level ?? 0));
  return (
    <FormModal<DossierValues>
      open={props.system !== null}
      onClose={props.onClose}
      title={t('govern.systems.draftFor', { code: props.system?.code ?? '', name: props.system?.name ?? '' })}
      testId="dossier-form"
      refresh={REFRESH}
      initialValues={{ legalBasis: 'decree-331-2026' }}
      submit={(v) =>
        unwrap(api.POST('/api/govern/systems/{id}/dossiers', { params: { path: { id: props.system!.id } }, body: { proposedLevel: levelOf(v.criteria), criteria: v.criteria, legalBasis: v.legalBasis, reasoning: v.reasoning.trim() } }))
      }
    >
      <Form.Item name="legalBasis" label={t('govern.systems.legalBasis')}>
        <Radio.Group options={LEGAL_BASES.map((b) => ({ value: b, label: t(`govern.systems.bases.${b}`) }))} />
      </Form.Item>
      <Form.Item name="criteria" label={t('govern.systems.criteria')} rules={[{ required: true, type: 'array', min: 1, message: t('govern.forms.criteriaRequired') }]}>
        <Select
          mode="multiple"
          data-testid="dossier-criteria"
          aria-label={t('govern.systems.criteria')}
          optionFilterProp="label"
          loading={criteria.isLoading}
          options={(criteria.data ?? []).map((c) => ({ value: c.code, label: `${t('govern.systems.levelN', { level: c.level })} — ${currentLang() === 'en' ? c.en : c.vi}` }))}
        />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a: DossierValues, b: DossierValues) => a.criteria !== b.criteria}>
        {({ getFieldValue }) => {
          const level = levelOf(getFieldValue('criteria') as string[] | undefined);
          return <p data-testid="dossier-level">{level > 0 ? t('govern.systems.levelFromCriteria', { level }) : t('govern.systems.levelPending')}</p>;
        }}
      </Form.Item>
      <Form.Item name="reasoning" label={t('govern.systems.reasoning')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
        <Input.TextArea rows={4} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

interface DocumentValues {
  kind: (typeof DOC_KINDS)[number];
  title: string;
  reference: string;
}

/** Adds a document to a dossier. */
export function DocumentForm(props: { dossierId: string | null; onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <FormModal<DocumentValues>
      open={props.dossierId !== null}
      onClose={props.onClose}
      title={t('govern.systems.addDocument')}
      testId="document-form"
      refresh={REFRESH}
      submit={(v) => unwrap(api.POST('/api/govern/dossiers/{id}/documents', { params: { path: { id: props.dossierId! } }, body: { kind: v.kind, title: v.title.trim(), reference: v.reference.trim() } }))}
    >
      <Form.Item name="kind" label={t('govern.systems.docKind')} rules={[{ required: true, message: t('form.required') }]}>
        <Select data-testid="document-kind" options={DOC_KINDS.map((k) => ({ value: k, label: t(`govern.systems.docKinds.${k}`) }))} />
      </Form.Item>
      <Form.Item name="title" label={t('govern.systems.docTitle')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="reference" label={t('govern.systems.docReference')} extra={t('govern.systems.docReferenceHelp')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
        <Input maxLength={300} />
      </Form.Item>
    </FormModal>
  );
}
