/**
 * A small typed client of Khiên's decision service for Node applications (issue 15, item 2; protocol in
 * docs/INTEGRATION.md and the OpenAPI document at /docs/json, tag `decisions`). No dependencies: Node's fetch.
 *
 * ```ts
 * const khien = createDecisionClient({ baseUrl: 'https://khien.bhxh.internal', credential: process.env.KHIEN_SYSTEM_CREDENTIAL! });
 * const d = await khien.decide({ staffSession, action: 'view', purpose: 'contribution_collection', subject: '0123456789' });
 * if (d.outcome === 'allow') show(record, d.fields); // mask each field at its level
 * ```
 */

/** How much of a field or category may be shown. */
export type MaskLevel = 'clear' | 'partial' | 'hidden';

/** Data categories of the registry. */
export type DataCategory = 'identity' | 'contact' | 'address' | 'employment' | 'health_insurance' | 'benefits' | 'sensitive';

/** Person fields the answer gives a mask level for. */
export type PersonField = 'personalId' | 'socialInsuranceNo' | 'dateOfBirth' | 'phone' | 'street' | 'salary';

/** What is asked. */
export interface DecisionQuery {
  /** The staff member's Khiên session token, or the access token Khiên issued to this application at single sign-on. */
  staffSession: string;
  action: 'search' | 'view' | 'update' | 'export';
  /** Record about to be shown (default `person`). */
  record?: 'person' | 'participation' | 'household' | 'card';
  /** Purpose code (mục đích xử lý). */
  purpose: string;
  /** The staff member's address as the application saw it. */
  clientIp?: string;
}

/** The answer for one subject. */
export interface SubjectDecision {
  subject: string;
  personId: string | null;
  outcome: 'allow' | 'deny';
  reason: string;
  grant: { type: string; id: string; version?: number } | null;
  mask: Record<DataCategory, MaskLevel>;
  fields: Record<PersonField, MaskLevel>;
  auditEntryId: string;
  auditSeq: number;
}

/** A refusal of the service (bad credential, ended session, batch over 500, …) with its stable code. */
export class DecisionServiceError extends Error {
  /** HTTP status. */
  readonly status: number;
  /** Stable code, e.g. `KHIEN_ACCESS_STAFF_SESSION_INVALID`. */
  readonly code: string;
  /** Message in Vietnamese. */
  readonly vi: string;

  constructor(status: number, code: string, en: string, vi: string) {
    super(en);
    this.name = 'DecisionServiceError';
    this.status = status;
    this.code = code;
    this.vi = vi;
  }
}

/** Options of the client. */
export interface DecisionClientOptions {
  /** Khiên's base URL, e.g. `https://khien.bhxh.internal`. */
  baseUrl: string;
  /** The system's credential (`khs_…`), issued by the central security team. */
  credential: string;
  /** Per-request timeout (ms, default 2,000): on timeout the application must refuse, never show. */
  timeoutMs?: number;
  /** Replace fetch (tests). */
  fetch?: typeof fetch;
}

/** The client. */
export interface DecisionClient {
  /** Decides one subject (Khiên person id or 10-digit social insurance number). */
  decide(query: DecisionQuery & { subject: string }): Promise<SubjectDecision>;
  /** Decides up to 500 subjects (a list screen). */
  decideBatch(query: DecisionQuery & { subjects: readonly string[] }): Promise<SubjectDecision[]>;
}

/**
 * Creates a client.
 *
 * @param options - base URL, credential, timeout
 * @returns the client; its methods reject with {@link DecisionServiceError} on any refusal
 */
export function createDecisionClient(options: DecisionClientOptions): DecisionClient {
  const doFetch = options.fetch ?? fetch;
  const base = options.baseUrl.replace(/\/+$/, '');
  async function post<T>(path: string, body: unknown): Promise<T> {
    const res = await doFetch(`${base}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${options.credential}`, 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 2_000),
    });
    const payload = (await res.json().catch(() => null)) as unknown;
    if (!res.ok) {
      const e = (payload ?? {}) as { code?: string; message?: { en?: string; vi?: string } };
      throw new DecisionServiceError(res.status, e.code ?? 'KHIEN_UNKNOWN', e.message?.en ?? `HTTP ${res.status}`, e.message?.vi ?? `HTTP ${res.status}`);
    }
    return payload as T;
  }
  return {
    decide: (query) => post<SubjectDecision>('/api/decisions', query),
    decideBatch: async (query) => (await post<{ decisions: SubjectDecision[] }>('/api/decisions/batch', query)).decisions,
  };
}
