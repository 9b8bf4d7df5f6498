/**
 * Integer day arithmetic for the generator (days since 1970-01-01, proleptic Gregorian), avoiding a
 * `Date` object per value when millions of dates are produced. Algorithms from Howard Hinnant,
 * "chrono-compatible low-level date algorithms".
 */

/**
 * Day number of an ISO date.
 *
 * @param iso - `YYYY-MM-DD`
 * @returns days since 1970-01-01
 */
export function dayOf(iso: string): number {
  let y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const PAD2: readonly string[] = Array.from({ length: 32 }, (_, i) => String(i).padStart(2, '0'));

/**
 * ISO date of a day number.
 *
 * @param day - days since 1970-01-01
 * @returns `YYYY-MM-DD`
 */
export function isoOf(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${PAD2[m]}-${PAD2[d]}`;
}
