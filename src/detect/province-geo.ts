/**
 * Approximate location of each 2025 province's administrative centre (decimal degrees), used only to tell
 * whether two sign-ins are too far apart for the time between them (impossible travel). Accuracy of a few
 * kilometres is enough: the rule's distance floor is tens of kilometres.
 */
import type { IpPrefixRule } from './ip-province.ts';

/** Province code → [latitude, longitude]. */
export const PROVINCE_CENTRES: Readonly<Record<string, readonly [number, number]>> = {
  '01': [21.03, 105.85], '04': [22.67, 106.26], '08': [21.82, 105.21], '11': [21.39, 103.02],
  '12': [22.4, 103.46], '14': [21.33, 103.91], '15': [21.72, 104.9], '19': [21.59, 105.85],
  '20': [21.85, 106.76], '22': [20.95, 107.08], '24': [21.27, 106.19], '25': [21.32, 105.4],
  '31': [20.86, 106.68], '33': [20.65, 106.05], '37': [20.25, 105.97], '38': [19.81, 105.78],
  '40': [18.67, 105.68], '42': [18.34, 105.91], '44': [17.47, 106.62], '46': [16.46, 107.59],
  '48': [16.05, 108.2], '51': [15.12, 108.8], '52': [13.78, 109.22], '56': [12.24, 109.19],
  '66': [12.67, 108.04], '68': [11.94, 108.44], '75': [10.95, 106.82], '79': [10.78, 106.7],
  '80': [10.54, 106.41], '82': [10.36, 106.36], '86': [10.25, 105.97], '91': [10.01, 105.08],
  '92': [10.03, 105.78], '96': [9.18, 105.15],
};

/**
 * Great-circle distance between two province centres.
 *
 * @param a - province code
 * @param b - province code
 * @returns kilometres, or null when either is unknown
 */
export function provinceDistanceKm(a: string, b: string): number | null {
  const pa = PROVINCE_CENTRES[a];
  const pb = PROVINCE_CENTRES[b];
  if (!pa || !pb) return null;
  const rad = Math.PI / 180;
  const dLat = (pb[0] - pa[0]) * rad;
  const dLon = (pb[1] - pa[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(pa[0] * rad) * Math.cos(pb[0] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The demo addressing plan: each provincial network is `10.<code>.0.0/16` (code as a number, e.g. 79 →
 * `10.79.0.0/16`). Real deployments load their own prefixes (docs/DETECTION.md).
 *
 * @returns prefix rules for the 34 provinces
 */
export function defaultIpPrefixes(): IpPrefixRule[] {
  return Object.keys(PROVINCE_CENTRES).map((code) => ({ prefix: `10.${Number(code)}.0.0/16`, provinceCode: code }));
}
