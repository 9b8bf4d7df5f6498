/**
 * Event time parsing on the detector's hot path. Events carry `toISOString()` times
 * (`YYYY-MM-DDTHH:MM:SS.sssZ`); consecutive events share the same date and hour, so the epoch milliseconds
 * of that hour are kept from the last full parse and only minutes, seconds and milliseconds are read from
 * the digits. Anything else (other formats, offsets, out-of-range fields) goes to `Date.parse`, so the result
 * is always what `Date.parse` returns.
 */

let hourPrefix = '';
let hourBase = Number.NaN;

/** Two decimal digits at `i`, or -1. */
function digits2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * Parses an event time.
 *
 * @param s - ISO 8601 time, normally from `Date.prototype.toISOString`
 * @returns milliseconds since the epoch, NaN when unparseable (exactly as `Date.parse`)
 */
export function parseEventTime(s: string): number {
  if (s.length === 24 && s.charCodeAt(23) === 90 && s.charCodeAt(13) === 58 && s.charCodeAt(16) === 58 && s.charCodeAt(19) === 46) {
    const mm = digits2(s, 14);
    const ss = digits2(s, 17);
    const ms1 = digits2(s, 20);
    const ms2 = s.charCodeAt(22) - 48;
    if (mm >= 0 && mm < 60 && ss >= 0 && ss < 60 && ms1 >= 0 && ms2 >= 0 && ms2 <= 9) {
      const within = mm * 60_000 + ss * 1000 + ms1 * 10 + ms2;
      if (hourPrefix.length === 13 && s.startsWith(hourPrefix)) return hourBase + within;
      const full = Date.parse(s);
      if (!Number.isNaN(full)) {
        hourPrefix = s.slice(0, 13);
        hourBase = full - within;
      }
      return full;
    }
  }
  return Date.parse(s);
}
