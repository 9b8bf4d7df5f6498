/**
 * Reads an OpenVAS / Greenbone report (the XML of `get_reports`, or a `<report>` exported from the web
 * interface) with fast-xml-parser: one entry per `<result>` with its host, NVT name, CVSS score and CVE
 * references. Informational results (threat `Log`, score 0) are skipped, as the scanner itself does in
 * its summaries. Nothing here touches the database.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { PostureErrors } from './posture.errors.ts';

/** One scanner result. */
export interface ScannerResult {
  /** Position of the `<result>` in the report (1-based). */
  readonly row: number;
  readonly host: string | null;
  readonly port: string | null;
  readonly name: string | null;
  readonly oid: string | null;
  /** CVSS base score, or null when missing or not a number in 0–10. */
  readonly cvss: number | null;
  /** Raw score text (for the error report). */
  readonly cvssText: string | null;
  readonly cves: readonly string[];
  readonly threat: string | null;
}

type Node = Record<string, unknown>;

const text = (v: unknown): string | null => {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || null;
  if (typeof v === 'object' && '#text' in (v as Node)) return text((v as Node)['#text']);
  return null;
};

function findResults(node: unknown, depth = 0): Node[] {
  if (!node || typeof node !== 'object' || depth > 6) return [];
  const n = node as Node;
  const results = n.results as Node | undefined;
  if (results && typeof results === 'object' && Array.isArray(results.result)) return results.result as Node[];
  for (const key of ['get_reports_response', 'report']) {
    const child = n[key];
    for (const c of Array.isArray(child) ? child : [child]) {
      const found = findResults(c, depth + 1);
      if (found.length) return found;
    }
  }
  return [];
}

/**
 * Parses a report.
 *
 * @param xml - the XML text
 * @returns results that are not informational
 * @throws KHIEN_POSTURE_IMPORT_UNREADABLE when the text is not well-formed XML or has no results element
 */
export function parseOpenVasReport(xml: string): ScannerResult[] {
  if (XMLValidator.validate(xml) !== true) throw new PostureErrors.IMPORT_UNREADABLE('XML');
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    // Entities are not expanded (no billion-laughs), every listed element is an array even when single.
    processEntities: false,
    isArray: (name) => name === 'result' || name === 'ref' || name === 'report',
  });
  const doc = parser.parse(xml) as Node;
  const results = findResults(doc);
  if (!results.length && !/<results[\s>]/.test(xml)) throw new PostureErrors.IMPORT_UNREADABLE('OpenVAS');
  const out: ScannerResult[] = [];
  results.forEach((r, i) => {
    const nvt = (r.nvt ?? {}) as Node;
    const threat = text(r.threat);
    const cvssText = text(r.severity) ?? text(nvt.cvss_base);
    const n = cvssText === null ? NaN : Number(cvssText);
    const cvss = Number.isFinite(n) && n >= 0 && n <= 10 ? Math.round(n * 10) / 10 : null;
    if (threat === 'Log' || (cvss === 0 && threat !== null)) return;
    const refs = ((nvt.refs as Node | undefined)?.ref ?? []) as Node[];
    const cves = refs.filter((x) => String(x['@_type'] ?? '').toLowerCase() === 'cve').map((x) => String(x['@_id'] ?? '')).filter((c) => /^CVE-\d{4}-\d{4,7}$/.test(c));
    const hostNode = r.host;
    out.push({
      row: i + 1,
      host: text(hostNode),
      port: text(r.port),
      name: text(nvt.name) ?? text(r.name),
      oid: typeof nvt['@_oid'] === 'string' ? nvt['@_oid'] : null,
      cvss,
      cvssText,
      cves,
      threat,
    });
  });
  return out;
}
