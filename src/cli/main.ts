/**
 * The `khien` command line. Each module adds its commands in `src/cli/` files registered below.
 */
import { Command } from 'commander';
import { registerCommands } from './commands.ts';

const program = new Command();
program
  .name('khien')
  .description('Khiên — bảo vệ dữ liệu cá nhân người tham gia BHXH / protection of insured persons\' personal data')
  .version('0.1.0');
registerCommands(program);
program.parseAsync(process.argv).catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
