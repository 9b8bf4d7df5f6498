/**
 * The `khien` command line. Each module adds its commands in `src/cli/` files registered below.
 */
import { Command } from 'commander';
import { registerCommands } from './commands.ts';
import { formatMessage, isKhienError, lookupError } from '../platform/errors.ts';

const program = new Command();
program
  .name('khien')
  .description('Khiên — bảo vệ dữ liệu cá nhân người tham gia BHXH / protection of insured persons\' personal data')
  .version('0.1.0');
registerCommands(program);
program.parseAsync(process.argv).catch((err: unknown) => {
  // A catalogued error in both languages (e.g. KHIEN_DB_DATA_DIR_LOCKED while a server holds the data directory).
  const spec = isKhienError(err) ? lookupError(err.code) : undefined;
  const message = spec && isKhienError(err)
    ? `${err.code}: ${formatMessage(spec.vi, err.params ?? [])}\n${formatMessage(spec.en, err.params ?? [])}`
    : err instanceof Error ? err.message : String(err);
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
