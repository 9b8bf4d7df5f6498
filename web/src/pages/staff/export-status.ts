/**
 * Export request statuses and their tag colours (the requester's and the head's lists).
 */

import type { Tone } from '../../lib/status-tag';

/** Every status, in list order. */
export const EXPORT_STATUSES = ['pending', 'approved', 'rejected', 'downloaded', 'expired'] as const;

/**
 * The tag tone of a status.
 *
 * @param status - the status
 * @returns the tone
 */
export function exportStatusTone(status: string): Tone {
  switch (status) {
    case 'pending':
      return 'warn';
    case 'approved':
      return 'ok';
    case 'rejected':
      return 'bad';
    default:
      return 'neutral';
  }
}
