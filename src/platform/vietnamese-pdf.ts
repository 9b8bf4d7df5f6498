/**
 * A4 PDFs with correct Vietnamese text, as every signed or printed document of Khiên is made (Form 08, the
 * posture monthly report, the govern programme reports): pdfkit with the embedded DejaVu Sans font (regular `R`
 * and bold `B`), every string NFC-normalised, and the Vietnamese date, time and number formats.
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const REGULAR = path.join(FONT_DIR, 'DejaVuSans.ttf');
const BOLD = path.join(FONT_DIR, 'DejaVuSans-Bold.ttf');

/** Vietnam's UTC offset (no daylight saving). */
const VN_OFFSET_MS = 7 * 3_600_000;

/**
 * Formats a time as Vietnamese local time, e.g. `14:05 ngày 02/03/2026`.
 *
 * @param iso - ISO 8601 time
 * @returns the text
 */
export function formatVnTime(iso: string): string {
  const d = new Date(new Date(iso).getTime() + VN_OFFSET_MS);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${p(d.getUTCHours())}:${p(d.getUTCMinutes())} ngày ${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/**
 * Formats a calendar date `YYYY-MM-DD` as `DD/MM/YYYY`.
 *
 * @param date - the date
 * @returns the text
 */
export function formatVnDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * Formats a count with the Vietnamese thousands separator, e.g. `12.345`.
 *
 * @param n - the number
 * @returns the text
 */
export function formatVnNumber(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** An open document and the writing helpers every renderer uses. */
export interface VietnamesePdf {
  readonly pdf: PDFKit.PDFDocument;
  /** The bytes, once `pdf.end()` has been called. */
  readonly done: Promise<Buffer>;
  /** NFC-normalises a text (decomposed Vietnamese marks would render apart). */
  readonly t: (s: string) => string;
  /** Width between the margins. */
  readonly width: number;
  /** A centred line in font `R` or `B`. */
  readonly centre: (s: string, font: 'R' | 'B', size: number) => void;
  /** A section heading (bold, 11 pt, a little space above). */
  readonly heading: (s: string) => void;
}

/**
 * Opens an A4 document with the DejaVu fonts registered as `R` and `B`.
 *
 * @param options - pdfkit options (margins, info); size A4 is the default
 * @returns the document and its helpers
 */
export function openVietnamesePdf(options: PDFKit.PDFDocumentOptions): VietnamesePdf {
  const pdf = new PDFDocument({ size: 'A4', ...options });
  pdf.registerFont('R', REGULAR);
  pdf.registerFont('B', BOLD);
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const t = (s: string): string => s.normalize('NFC');
  const width = pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
  return {
    pdf,
    done,
    t,
    width,
    centre: (s, font, size) => {
      pdf.font(font).fontSize(size).text(t(s), { align: 'center', width });
    },
    heading: (s) => {
      pdf.moveDown(0.6).font('B').fontSize(11).text(t(s), { width });
    },
  };
}
