/**
 * The columns the requester's export list and the head's approval list share (number, filed, records,
 * recipient, status), so that both show an export request the same way.
 */
import type { TFunction } from 'i18next';
import type { ColumnType } from 'antd/es/table';
import type { paths } from '../../api/schema';
import { formatDateTime, formatNumber } from '../../lib/format';
import { StatusTag } from '../../lib/status-tag';
import { exportStatusTone } from './export-status';

/** One export request as the list route returns it. */
export type ExportItem = paths['/api/access/exports']['get']['responses']['200']['content']['application/json']['items'][number];

/** The shared columns, by name. */
export interface ExportColumns {
  readonly requestNo: ColumnType<ExportItem>;
  readonly filedAt: ColumnType<ExportItem>;
  readonly records: ColumnType<ExportItem>;
  readonly recipient: ColumnType<ExportItem>;
  readonly status: ColumnType<ExportItem>;
}

/**
 * The shared columns in the current language.
 *
 * @param t - the translate function
 * @returns the columns by name
 */
export function exportColumns(t: TFunction): ExportColumns {
  return {
    requestNo: { title: t('work.exports.requestNo'), dataIndex: 'requestNo' },
    filedAt: { title: t('work.exports.filedAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
    records: { title: t('work.exports.records'), dataIndex: 'records', render: (v: number) => formatNumber(v) },
    recipient: { title: t('work.exports.recipient'), dataIndex: 'recipientName' },
    status: {
      title: t('work.exports.status'),
      dataIndex: 'status',
      render: (v: string) => (
        <StatusTag tone={exportStatusTone(v)} testId="export-status">
          {t(`work.exports.statuses.${v}`)}
        </StatusTag>
      ),
    },
  };
}
