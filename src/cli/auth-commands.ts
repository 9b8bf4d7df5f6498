/**
 * `khien auth …` commands: leaked-password import, HR file import (with progress and a dry-run report),
 * account creation, role grants, password reset, suspension and reinstatement, the VPN/session sweep, and the
 * VPN review list. Each builds the app over the configured database so that events go through the same
 * recorder as the server; acts are recorded as admin events by the system actor `cli`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import cliProgress from 'cli-progress';
import { loadConfig } from '../platform/config.ts';
import { openDatabase } from '../db/client.ts';
import { buildApp } from '../app/build-app.ts';
import type { KhienApp } from '../app/app-services.ts';
import { isKhienError, lookupError, formatMessage } from '../platform/errors.ts';
import type { AuthContext } from '../auth/auth-context.ts';
import { SYSTEM_ORIGIN, type AdminBy } from '../auth/auth-events.ts';
import { createAccount, grantRole, reinstateAccount, suspendAccount } from '../auth/admin/accounts.ts';
import { findAccountByUsername } from '../auth/auth.repo.ts';
import { readHrFile } from '../auth/hr/hr-file.ts';
import { importHrRows } from '../auth/hr/hr-import.ts';
import { importLeakList } from '../auth/passwords/leaked-passwords.ts';
import { ROLES, type Role } from '../actors/roles.ts';
import { runAuthSweep } from '../auth/sweeps.ts';
import { findStaffByNumbers } from '../org/org.repo.ts';
import { AuthErrors } from '../auth/auth.errors.ts';

const CLI: AdminBy = { type: 'system', name: 'cli' };

async function withAuth<T>(fn: (ctx: AuthContext, app: KhienApp) => Promise<T>): Promise<T> {
  const config = loadConfig(process.env, { logLevel: 'silent' });
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await database.migrate();
    const app = await buildApp(config, { database, quiet: true });
    try {
      if (!app.khien.auth) throw new Error('identity module not wired');
      return await fn(app.khien.auth.ctx, app);
    } finally {
      await app.close();
    }
  } catch (err) {
    if (isKhienError(err)) {
      const spec = lookupError(err.code)!;
      const details = err.details === undefined ? '' : `\n${JSON.stringify(err.details, null, 2)}`;
      throw new Error(`${err.code}: ${formatMessage(spec.vi, err.params)} / ${formatMessage(spec.en, err.params)}${details}`);
    }
    throw err;
  } finally {
    await database.close();
  }
}

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

async function accountIdOf(ctx: AuthContext, username: string): Promise<string> {
  const row = await findAccountByUsername(ctx.db, username.trim().toUpperCase());
  if (!row) throw new AuthErrors.ACCOUNT_NOT_FOUND();
  return row.account.id;
}

/**
 * Runs `khien auth <args…>` (the root CLI imports this module only when an `auth` command runs).
 *
 * @param args - the arguments after `auth`
 */
export async function runAuthCli(args: readonly string[]): Promise<void> {
  const auth = new Command('khien auth').description('Tài khoản, đăng nhập, nhân sự, VPN / accounts, sign-in, HR, VPN');
  registerAuthCommands(auth);
  if (args.length === 0) {
    auth.outputHelp();
    return;
  }
  await auth.parseAsync([...args], { from: 'user' });
}

/**
 * Adds the identity subcommands to a command.
 *
 * @param auth - the `auth` command
 */
export function registerAuthCommands(auth: Command): void {
  auth
    .command('import-leaks <file>')
    .description('Nhập danh sách mật khẩu lộ "SHA1:count" / import a leaked-password list ("SHA1-HASH:count" lines)')
    .action(async (file: string) => {
      await withAuth(async (ctx) => {
        const bar = new cliProgress.SingleBar({ format: ' {bar} {percentage}% | {value}/{total} MB', hideCursor: true }, cliProgress.Presets.shades_classic);
        const total = Math.max(1, Math.ceil(fs.statSync(file).size / 1_048_576));
        bar.start(total, 0);
        const r = await importLeakList(ctx.db, path.resolve(file), (read) => bar.update(Math.min(total, Math.ceil(read / 1_048_576))));
        bar.stop();
        print(r);
      });
    });

  auth
    .command('hr-import <file>')
    .description('Nhập biến động nhân sự (CSV/XLSX); mặc định chỉ kiểm tra / import HR events; dry run unless --apply')
    .option('--apply', 'áp dụng khi không có lỗi / apply when no row has errors', false)
    .action(async (file: string, opts: { apply: boolean }) => {
      await withAuth(async (ctx) => {
        const format = file.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';
        const rows = await readHrFile(fs.readFileSync(file), format);
        const bar = new cliProgress.SingleBar({ format: ' {phase} {bar} {value}/{total}', hideCursor: true }, cliProgress.Presets.shades_classic);
        bar.start(rows.length, 0, { phase: 'validate' });
        try {
          const report = await importHrRows(ctx, CLI, rows, {
            dryRun: !opts.apply,
            origin: SYSTEM_ORIGIN,
            onProgress: (phase, done, total) => {
              bar.setTotal(total);
              bar.update(done, { phase });
            },
          });
          bar.stop();
          print(report);
          if (report.errors.length > 0) process.exitCode = 3;
        } finally {
          bar.stop();
        }
      });
    });

  auth
    .command('create-account <staffNo>')
    .description('Tạo tài khoản cho cán bộ / create the account of a staff record (prints a temporary password)')
    .option('--role <role>', `vai trò / role (${ROLES.join(', ')})`)
    .option('--unit <unitId>', 'đơn vị của quyền / unit subtree of the role')
    .option('--days <n>', 'thời hạn quyền (ngày) / grant validity in days', '90')
    .requiredOption('--reason <text>', 'lý do / reason')
    .action(async (staffNo: string, opts: { role?: string; unit?: string; days: string; reason: string }) => {
      await withAuth(async (ctx) => {
        const [person] = await findStaffByNumbers(ctx.db, [staffNo.toUpperCase()]);
        if (!person) throw new AuthErrors.STAFF_NOT_FOUND();
        const created = await createAccount(ctx, CLI, { staffId: person.id, reason: opts.reason }, SYSTEM_ORIGIN);
        let grant = null;
        if (opts.role) {
          if (!(ROLES as readonly string[]).includes(opts.role)) throw new Error(`unknown role ${opts.role}`);
          const at = ctx.clock.now();
          grant = await grantRole(
            ctx,
            CLI,
            created.account.id,
            { role: opts.role as Role, unitId: opts.unit ?? person.unitId, validUntil: new Date(at.getTime() + Number(opts.days) * 86_400_000), reason: opts.reason },
            SYSTEM_ORIGIN,
          );
        }
        print({ ...created, grant });
      });
    });

  auth
    .command('suspend <username>')
    .description('Tạm khóa tài khoản / suspend an account (ends its sessions)')
    .requiredOption('--reason <text>', 'lý do / reason')
    .action(async (username: string, opts: { reason: string }) => {
      await withAuth(async (ctx) => print(await suspendAccount(ctx, await accountIdOf(ctx, username), opts.reason, CLI)));
    });

  auth
    .command('reinstate <username>')
    .description('Mở khóa tài khoản / reinstate a suspended account')
    .requiredOption('--reason <text>', 'lý do / reason')
    .action(async (username: string, opts: { reason: string }) => {
      await withAuth(async (ctx) => print(await reinstateAccount(ctx, await accountIdOf(ctx, username), opts.reason, CLI)));
    });

  auth
    .command('sweep')
    .description('Khóa VPN hết hạn, dọn phiên cũ / expire VPN accounts and delete long-dead sessions now')
    .action(async () => {
      await withAuth(async (ctx) => print(await runAuthSweep(ctx)));
    });
}
