/**
 * An external organisation calling with an API key bound to one data-sharing agreement.
 */

/** The caller behind an API key. */
export interface ExternalActor {
  readonly type: 'external';
  readonly apiKeyId: string;
  readonly agreementId: string;
  readonly organisation: string;
  /** Requests per minute the key's agreement allows (enforced by `http/api-key-rate-limit.ts`). */
  readonly ratePerMinute: number;
}
