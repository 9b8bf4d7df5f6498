/**
 * Issues the printable participation history: reads the person's summary and periods (each read recorded as
 * an access, as on screen), sums them, signs the verification code and renders the PDF.
 */
import { newId } from '../platform/ids.ts';
import type { CitizenActor } from '../actors/citizen-actor.ts';
import { periodsDigest, signDocumentCode, type DocumentFacts, type DocumentKey } from './document-code.ts';
import { readOwnParticipation, readOwnSummary, type OwnRecordsDeps, type RequestFacts } from './own-records.ts';
import { renderParticipationPdf } from './participation-pdf.ts';
import { summariseParticipation, vietnamMonth } from './participation-summary.ts';

/** Path of the portal's public check page (the QR code points there with `?code=`). */
export const CHECK_PAGE_PATH = '/portal/check';

/** An issued document. */
export interface IssuedDocument {
  readonly number: string;
  readonly code: string;
  readonly pdf: Buffer;
}

/**
 * Issues the participation history of the signed-in person as a signed PDF.
 *
 * @param deps - database, clock, recorder
 * @param key - Khiên's signing key
 * @param publicUrl - the server's public address (for the check page in the QR code)
 * @param actor - the signed-in citizen
 * @param facts - request id and source
 * @param lang - language of the document
 * @returns the document number, its verification code and the PDF
 * @throws KHIEN_CITIZEN_NOT_INSURED, KHIEN_CITIZEN_AUDIT_UNAVAILABLE
 */
export async function issueParticipationDocument(
  deps: OwnRecordsDeps,
  key: DocumentKey,
  publicUrl: string,
  actor: CitizenActor,
  facts: RequestFacts,
  lang: 'vi' | 'en',
): Promise<IssuedDocument> {
  const person = await readOwnSummary(deps, actor, facts);
  const periods = await readOwnParticipation(deps, actor, facts);
  const now = deps.clock.now();
  const summary = summariseParticipation(periods, vietnamMonth(now));
  const digest = periodsDigest(
    periods.map((p) => [p.fromMonth, p.toMonth, p.employerCode, p.salaryBasis, p.allowances, [...p.insuranceTypes].sort()]),
  );
  const number = `QT-${newId().replace(/-/g, '').slice(-10).toUpperCase()}`;
  const issuedAt = now.toISOString();
  const signed: DocumentFacts = {
    v: 1,
    k: 'participation',
    d: number,
    i: issuedAt,
    n: person.fullName.normalize('NFC'),
    p: person.personalIdMasked.slice(-4),
    m: summary.totals.map((x) => [x.type, x.months] as const),
    c: periods.length,
    h: digest,
  };
  const code = signDocumentCode(key, signed);
  const checkUrl = `${publicUrl}${CHECK_PAGE_PATH}?code=${code}`;
  const pdf = await renderParticipationPdf({ lang, number, issuedAt, person, periods, summary, digest, code, checkUrl });
  return { number, code, pdf };
}
