/**
 * `khien posture …` commands: the imports of the posture module from files, run as a named staff account
 * (`--as <username>`, whose live grants decide the scope exactly as on the API) through the same services and
 * audit recorder as the server. `import-assets` and `import-findings` read CSV or XLSX; `import-scan` reads an
 * OpenVAS/Greenbone XML report. `--dry-run` checks every row and writes nothing; without it a file with any
 * bad row is refused whole. With the embedded PGlite, stop the server first (one process per data directory).
 */
import fs from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { buildApp } from '../app/build-app.ts';
import { openDatabase } from '../db/client.ts';
import { loadConfig } from '../platform/config.ts';
import { formatMessage, isKhienError, lookupError } from '../platform/errors.ts';
import { findAccountByUsername, findActiveGrants } from '../auth/auth.repo.ts';
import type { StaffActor } from '../actors/staff-actor.ts';
import type { Acting } from '../posture/posture-action.ts';

/** Which import. */
export type PostureImportKind = 'assets' | 'findings' | 'scan';

/** Options of {@link runPostureImport}. */
export interface PostureImportOptions {
  readonly unit: string;
  readonly as: string;
  readonly dryRun?: boolean;
  readonly format?: string;
}

function describe(err: unknown): string {
  if (isKhienError(err)) {
    const spec = lookupError(err.code)!;
    const details = err.details === undefined ? '' : `\n${(err.details as unknown[]).map((d) => JSON.stringify(d)).join('\n')}`;
    return `${err.code}: ${formatMessage(spec.vi, err.params)} / ${formatMessage(spec.en, err.params)}${details}`;
  }
  if (err instanceof Error && !('query' in err) && err.name === 'Error') return err.message;
  return `Lỗi hệ thống / internal error (${err instanceof Error ? err.name : typeof err})`;
}

/**
 * Runs an import.
 *
 * @param kind - `assets`, `findings` or `scan`
 * @param file - the file
 * @param opts - unit, acting account, dry run, format (`csv`/`xlsx`, from the extension by default)
 * @param write - output (stdout by default)
 * @returns the exit code (0 done, 1 refused or failed)
 */
export async function runPostureImport(kind: PostureImportKind, file: string, opts: PostureImportOptions, write: (t: string) => void = (t) => process.stdout.write(t)): Promise<number> {
  const config = loadConfig(process.env, { logLevel: 'silent' });
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await database.migrate();
    const data = fs.readFileSync(file);
    const app = await buildApp(config, { database, quiet: true });
    try {
      const posture = app.khien.posture;
      if (!posture) throw new Error('posture module not wired');
      const now = app.khien.clock.now();
      const acc = await findAccountByUsername(database.db, opts.as.trim().toUpperCase());
      if (!acc || acc.account.status !== 'active') throw new Error(`Không có tài khoản hoạt động ${opts.as} / no active account ${opts.as}`);
      const actor: StaffActor = {
        type: 'staff',
        accountId: acc.account.id,
        staffId: acc.account.staffId,
        username: acc.account.username,
        unitId: acc.unitId,
        provinceCode: acc.provinceCode,
        roles: (await findActiveGrants(database.db, acc.account.id, now)).map((g) => ({ role: g.role, unitId: g.unitId, validUntil: g.validUntil.toISOString() })),
        sessionId: 'cli',
        deviceId: null,
        deviceRegistered: false,
        mfa: false,
        mustChangePassword: false,
      };
      const acting: Acting = { actor, requestId: null, ip: null, userAgent: 'khien-cli' };
      const dryRun = opts.dryRun === true;
      const format = (opts.format ?? path.extname(file).slice(1)).toLowerCase();
      let report: { errors: unknown[] };
      if (kind === 'scan') {
        report = await posture.findingImport.importScanner(acting, opts.unit, data.toString('utf8'), dryRun);
      } else {
        if (format !== 'csv' && format !== 'xlsx') throw new Error('--format csv|xlsx');
        if (kind === 'assets') {
          const bar = process.stderr.isTTY ? new cliProgress.SingleBar({ format: 'Kiểm tra / checking {bar} {value}/{total}' }, cliProgress.Presets.shades_classic) : null;
          let started = false;
          report = await posture.assets.importFile(acting, opts.unit, format, data, dryRun, (done, total) => {
            if (!bar) return;
            if (!started) {
              bar.start(total, 0);
              started = true;
            }
            bar.update(done);
          });
          bar?.stop();
        } else report = await posture.findingImport.importFile(acting, opts.unit, format, data, dryRun);
      }
      write(`${JSON.stringify(report, null, 2)}\n`);
      return dryRun && report.errors.length > 0 ? 1 : 0;
    } finally {
      await app.close();
    }
  } catch (err) {
    write(`${describe(err)}\n`);
    return 1;
  } finally {
    await database.close();
  }
}
