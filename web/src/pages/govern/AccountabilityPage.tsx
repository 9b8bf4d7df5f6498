/**
 * A unit's accountability page: what its head answers for — incidents, open and overdue inspection
 * findings, systems without an approved dossier, training gaps, recertification items decided late and
 * violations — the same figures the central team sees for that unit.
 */
import { useState } from 'react';
import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../lib/errors';
import { useMe } from '../../lib/session';
import { GOVERN_READ, GovernPage, Percent, UnitSelect } from './shared';

/** The page. */
export default function AccountabilityPage(): React.JSX.Element {
  const { t } = useTranslation();
  const me = useMe();
  const own = me.data?.roles.find((r) => GOVERN_READ.includes(r.role))?.unitId ?? '';
  const [picked, setPicked] = useState<string>('');
  const unitId = picked || own;
  const figures = useQuery({ enabled: unitId !== '', queryKey: ['govern-accountability', unitId], queryFn: () => unwrap(api.GET('/api/govern/accountability', { params: { query: { unitId } } })) });
  const f = figures.data;
  const tile = (title: string, value: number, bad: boolean, to: string, testId: string): React.JSX.Element => (
    <Col xs={24} sm={12} lg={8}>
      <Card size="small">
        <Statistic title={title} value={value} valueStyle={{ color: bad ? '#cf1322' : undefined }} data-testid={testId} />
        <Link to={to}>{t('govern.accountability.open')}</Link>
      </Card>
    </Col>
  );
  return (
    <GovernPage title={t('govern.nav.accountability')} extra={<UnitSelect value={unitId || undefined} onChange={setPicked} />}>
      <ErrorAlert error={figures.error} />
      {f ? (
        <Row gutter={[16, 16]}>
          {tile(t('govern.accountability.incidents', { year: f.year }), f.incidents.thisYear, f.incidents.breaches > 0, '/govern/accountability', 'acc-incidents')}
          {tile(t('govern.accountability.openIncidents'), f.incidents.open, f.incidents.open > 0, '/govern/accountability', 'acc-open-incidents')}
          {tile(t('govern.accountability.overdueFindings'), f.findings.overdue, f.findings.overdue > 0, '/govern/inspections', 'acc-findings')}
          {tile(t('govern.accountability.missingDossiers'), f.dossiers.missing, f.dossiers.missing > 0, '/govern/systems', 'acc-dossiers')}
          {tile(t('govern.accountability.trainingOverdue'), f.training.overdue, f.training.overdue > 0, '/govern/training', 'acc-training')}
          {tile(t('govern.accountability.lateRecert'), f.recertification.lateItems, f.recertification.lateItems > 0, '/govern/recertifications', 'acc-recert')}
          {tile(t('govern.accountability.violations', { year: f.year }), f.violations, f.violations > 0, '/govern/violations', 'acc-violations')}
          <Col xs={24} sm={12} lg={8}>
            <Card size="small" title={t('govern.coverage.dossiers')}>
              <Percent value={f.dossiers.percent} />
            </Card>
          </Col>
          <Col xs={24} sm={12} lg={8}>
            <Card size="small" title={t('govern.coverage.training')}>
              <Percent value={f.training.percent} />
            </Card>
          </Col>
        </Row>
      ) : null}
    </GovernPage>
  );
}
