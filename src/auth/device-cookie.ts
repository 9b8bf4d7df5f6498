/**
 * The device credential: a long-lived cookie `<deviceId>.<secret>` signed with the server's cookie secret.
 * The database keeps only the SHA-256 of the secret, compared in constant time.
 */
import { newId, newToken, safeEqual, sha256Hex } from '../platform/ids.ts';

/** A freshly issued device credential. */
export interface DeviceCredential {
  readonly deviceId: string;
  /** Cookie value before signing. */
  readonly cookieValue: string;
  /** SHA-256 of the secret, to store. */
  readonly secretHash: string;
}

/**
 * Issues a new device credential.
 *
 * @param deviceId - reuse an id (re-issue) or omit for a new device
 * @returns the credential
 */
export function issueDeviceCredential(deviceId: string = newId()): DeviceCredential {
  const secret = newToken(32);
  return { deviceId, cookieValue: `${deviceId}.${secret}`, secretHash: sha256Hex(secret) };
}

/** A presented device cookie after its signature was checked. */
export interface PresentedDevice {
  readonly deviceId: string;
  readonly secret: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Parses an unsigned device cookie value.
 *
 * @param value - the cookie value whose signature was already verified
 * @returns the device id and secret, or null when malformed
 */
export function parseDeviceCookie(value: string | null | undefined): PresentedDevice | null {
  if (!value) return null;
  const dot = value.indexOf('.');
  if (dot < 0) return null;
  const deviceId = value.slice(0, dot);
  const secret = value.slice(dot + 1);
  if (!UUID.test(deviceId) || secret.length < 20 || secret.length > 100) return null;
  return { deviceId, secret };
}

/**
 * Checks a presented secret against the stored hash in constant time.
 *
 * @param presented - the presented device
 * @param secretHash - stored SHA-256 hex
 * @returns true when they match
 */
export function deviceSecretMatches(presented: PresentedDevice, secretHash: string): boolean {
  return safeEqual(sha256Hex(presented.secret), secretHash);
}
