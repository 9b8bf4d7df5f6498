/**
 * Registers every CLI command. Modules add one line each.
 */
import type { Command } from 'commander';

/**
 * Adds all commands to the program.
 *
 * @param program - the root command
 */
export function registerCommands(program: Command): void {
  // (commands:begin)
  // seed — src/seed/seed-command.ts, imported only when the command runs
  program
    .command('seed')
    .description('Tạo dữ liệu mẫu tổng hợp / load the synthetic demo registry')
    .option('--persons <n>', 'số người tham gia / insured persons (default SEED_PERSONS, 20000)')
    .option('--staff <n>', 'số cán bộ / staff records (default SEED_STAFF, 500)')
    .option('--seed <n>', 'hạt giống / random seed (default SEED)')
    .option('--reset', 'xóa sổ đăng ký trước (hỏi xác nhận) / clear the registry first (asks to confirm)')
    .option('-y, --yes', 'không hỏi xác nhận / do not ask')
    .option('--batch-size <n>', 'số người mỗi lô / persons per batch')
    .option('--concurrency <n>', 'số lô song song / batches in flight')
    .action(async (opts: Record<string, unknown>) => (await import('../seed/seed-command.ts')).runSeedCommand(opts));
  void program;
  // (commands:end)
}
