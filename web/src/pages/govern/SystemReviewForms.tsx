/**
 * Forms of the systems page for a registered system: the assets of the posture register it runs on (chosen
 * among the owner unit's assets, replacing the list), and the yearly re-assessment of its approved dossier
 * (confirmed, or a level change needed, with a note; the next one falls due a year later).
 */
import { Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { FormModal } from './FormModal';

/** Lists a change of these forms shows in. */
const REFRESH = ['govern-systems', 'govern-cov-dossiers'] as const;

/** The system whose assets are being set. */
export interface SystemAssets {
  readonly id: string;
  readonly code: string;
  readonly ownerUnitId: string;
  readonly assetIds: readonly string[];
}

/** Sets the posture assets a system runs on. */
export function SystemAssetsForm(props: { system: SystemAssets | null; onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const s = props.system;
  const assets = useQuery({
    queryKey: ['posture-assets', 'of-unit', s?.ownerUnitId],
    enabled: s !== null,
    queryFn: () => unwrap(api.GET('/api/posture/assets', { params: { query: { unitId: s?.ownerUnitId ?? '', limit: 500, offset: 0 } } })),
  });
  const options = (assets.data ?? []).map((a) => ({ value: a.id, label: `${a.name}${a.address ? ` · ${a.address}` : ''} (${a.unitId})` }));
  // Assets linked earlier but no longer listed (retired, or moved out of the unit) stay choosable by their id.
  for (const id of s?.assetIds ?? []) if (!options.some((o) => o.value === id)) options.push({ value: id, label: id });
  return (
    <FormModal<{ assetIds?: string[] }>
      open={s !== null}
      onClose={props.onClose}
      title={t('govern.systems.assetsTitle', { code: s?.code ?? '' })}
      testId="system-assets-form"
      refresh={REFRESH}
      initialValues={{ assetIds: [...(s?.assetIds ?? [])] }}
      submit={(v) => unwrap(api.PUT('/api/govern/systems/{id}/assets', { params: { path: { id: s?.id ?? '' } }, body: { assetIds: v.assetIds ?? [] } }))}
    >
      <Form.Item name="assetIds" label={t('govern.systems.assets')} extra={t('govern.systems.assetsHelp')} rules={[{ type: 'array', max: 200, message: t('govern.systems.assetsMax') }]}>
        <Select
          mode="multiple"
          allowClear
          loading={assets.isLoading}
          optionFilterProp="label"
          aria-label={t('govern.systems.assets')}
          data-testid="system-assets"
          options={options}
          notFoundContent={t('govern.systems.noAssets')}
        />
      </Form.Item>
    </FormModal>
  );
}

interface ReassessValues {
  outcome: 'confirmed' | 'level_change_needed';
  note: string;
}

/** Records the yearly re-assessment of an approved dossier. */
export function ReassessForm(props: { dossier: { id: string; code: string } | null; onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const d = props.dossier;
  return (
    <FormModal<ReassessValues>
      open={d !== null}
      onClose={props.onClose}
      title={t('govern.systems.reassessTitle', { code: d?.code ?? '' })}
      testId="reassess-form"
      refresh={REFRESH}
      initialValues={{ outcome: 'confirmed' }}
      submit={(v) => unwrap(api.POST('/api/govern/dossiers/{id}/reassess', { params: { path: { id: d?.id ?? '' } }, body: { outcome: v.outcome, note: v.note.trim() } }))}
    >
      <Form.Item name="outcome" label={t('govern.systems.outcome')}>
        <Radio.Group
          options={[
            { value: 'confirmed', label: t('govern.systems.reassessOutcomes.confirmed') },
            { value: 'level_change_needed', label: t('govern.systems.reassessOutcomes.level_change_needed') },
          ]}
        />
      </Form.Item>
      <Form.Item name="note" label={t('govern.systems.note')} rules={[{ required: true, whitespace: true, message: t('govern.systems.reassessNoteRequired') }]}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
