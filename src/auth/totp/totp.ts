/**
 * TOTP (RFC 6238) with the parameters every authenticator app supports: SHA-1, 6 digits, 30-second steps,
 * a window of ±1 step for clock skew. A code is accepted only for a step newer than the last accepted one
 * (replay refused; enforced atomically in `advanceTotpStep`).
 */
import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';

/** Step length, seconds. */
export const TOTP_PERIOD = 30;
/** Digits per code. */
export const TOTP_DIGITS = 6;
/** Steps of clock skew accepted either side. */
export const TOTP_WINDOW = 1;
/** Issuer shown by authenticator apps. */
export const TOTP_ISSUER = 'Khien BHXH';

/**
 * Creates a new random secret.
 *
 * @returns base32 secret (160 bits)
 */
export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

/**
 * The `otpauth://` URI for an authenticator app.
 *
 * @param secret - base32 secret
 * @param label - account label (the login name)
 * @returns the URI
 */
export function totpUri(secret: string, label: string): string {
  return new OTPAuth.TOTP({
    issuer: TOTP_ISSUER,
    label,
    secret: OTPAuth.Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD,
  }).toString();
}

/**
 * A QR code of the URI as a PNG data URL.
 *
 * @param uri - the otpauth URI
 * @returns `data:image/png;base64,…`
 */
export async function totpQrDataUrl(uri: string): Promise<string> {
  return QRCode.toDataURL(uri, { errorCorrectionLevel: 'M', margin: 2, width: 256 });
}

/**
 * The time step of a moment.
 *
 * @param at - the moment
 * @returns floor(unix seconds / 30)
 */
export function totpStep(at: Date): number {
  return Math.floor(at.getTime() / 1000 / TOTP_PERIOD);
}

/**
 * Generates the code of a moment (tests, demo output).
 *
 * @param secret - base32 secret
 * @param at - the moment
 * @param digits - code length (RFC vectors use 8)
 * @param algorithm - HMAC algorithm (RFC vectors use SHA1/SHA256/SHA512)
 * @returns the code
 */
export function generateTotp(secret: string, at: Date, digits = TOTP_DIGITS, algorithm = 'SHA1'): string {
  return OTPAuth.TOTP.generate({ secret: OTPAuth.Secret.fromBase32(secret), algorithm, digits, period: TOTP_PERIOD, timestamp: at.getTime() });
}

/**
 * Finds the step a code belongs to within the skew window.
 *
 * @param secret - base32 secret
 * @param code - the presented code
 * @param at - now
 * @returns the matching step, or null
 */
export function matchTotpStep(secret: string, code: string, at: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = OTPAuth.TOTP.validate({
    token: code,
    secret: OTPAuth.Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD,
    timestamp: at.getTime(),
    window: TOTP_WINDOW,
  });
  return delta === null ? null : totpStep(at) + delta;
}
