/**
 * Demo-mode secrets: generated once into the data directory (mode 0600) so that `npm start` works on a fresh
 * machine and restarts keep the same cookie key. Production must configure them (config refuses otherwise).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Reads a secret file from the data directory, creating it with random content on first use.
 *
 * @param dataDir - the data directory
 * @param name - file name
 * @param make - generator of the initial content
 * @returns the secret
 */
export function readOrCreateSecret(dataDir: string, name: string, make: () => string = () => crypto.randomBytes(32).toString('base64')): string {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, name);
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    const value = make();
    fs.writeFileSync(file, `${value}\n`, { mode: 0o600, flag: 'wx' });
    return value;
  }
}
