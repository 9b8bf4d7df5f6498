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
  // audit — src/audit/audit.cli.ts: verify the log, sign a checkpoint, print the verifier key
  const audit = program.command('audit').description('Nhật ký kiểm toán / tamper-evident audit log');
  audit
    .command('verify')
    .description('Kiểm tra toàn bộ chuỗi băm và cây Merkle / verify the whole hash chain and Merkle tree (exit 0 valid, 1 invalid)')
    .option('--checkpoint <file>', 'tệp điểm kiểm tra đã lưu bên ngoài / a checkpoint file kept outside')
    .option('--json', 'in báo cáo dạng JSON / print the report as JSON')
    .option('--incremental', 'chỉ kiểm tra các mục sau điểm kiểm tra đã ký gần nhất (hoặc --checkpoint) / only the entries after the latest signed checkpoint (or --checkpoint)')
    .option('--workers <n>', 'số luồng kiểm tra song song / worker threads of the full verification (default: the cores)', (v) => Number.parseInt(v, 10))
    .option('--manifest <file>', 'bản kê khai lưu trữ giữ bên ngoài, đối chiếu với bản ghi lưu trữ / an archive manifest kept outside, checked against the archive record')
    .action(async (opts: { checkpoint?: string; json?: boolean; incremental?: boolean; workers?: number; manifest?: string }) => {
      process.exitCode = await (await import('../audit/audit.cli.ts')).runAuditVerify(opts);
    });
  audit
    .command('checkpoint')
    .description('Ký điểm kiểm tra ngay / sign a checkpoint of the current log now')
    .option('--out <file>', 'ghi ra tệp / write the signed note to a file')
    .action(async (opts: { out?: string }) => {
      process.exitCode = await (await import('../audit/audit.cli.ts')).runAuditCheckpoint(opts);
    });
  audit
    .command('public-key')
    .description('In khóa công khai để kiểm tra chữ ký / print the checkpoint verifier key')
    .action(async () => {
      process.exitCode = await (await import('../audit/audit.cli.ts')).runAuditPublicKey();
    });
  // audit partitions / archive / verify-archive — src/audit/archive.cli.ts (docs/OPERATIONS.md "Retention and archive")
  audit
    .command('partitions')
    .description('Liệt kê các phân vùng nhật ký / list the partitions of the log: seq range, rows, size, time span, archive state, DEFAULT rows (exit 2 when DEFAULT is not empty)')
    .option('--json', 'in dạng JSON / print as JSON')
    .action(async (opts: { json?: boolean }) => {
      process.exitCode = await (await import('../audit/archive.cli.ts')).runAuditPartitions(opts);
    });
  audit
    .command('archive')
    .description('Lưu trữ một phân vùng đã đầy ra tệp đã kiểm tra (và, với --detach, xóa nó khỏi cơ sở dữ liệu) / export a complete partition to a verified archive file and manifest (and, with --detach, drop it)')
    .requiredOption('--partition <name>', 'tên phân vùng (khien audit partitions) / partition name')
    .requiredOption('--out <dir>', 'thư mục ghi tệp lưu trữ / directory for the archive file and manifest')
    .option('--detach', 'tách và xóa phân vùng sau khi tệp được kiểm tra / detach and drop the partition once the file verifies')
    .option('-y, --yes', 'không hỏi xác nhận / do not ask')
    .option('--by <name>', 'người thực hiện / operator name (default: OS user@host)')
    .option('--json', 'in dạng JSON / print as JSON')
    .action(async (opts: { partition: string; out: string; detach?: boolean; yes?: boolean; by?: string; json?: boolean }) => {
      process.exitCode = await (await import('../audit/archive.cli.ts')).runAuditArchive(opts);
    });
  audit
    .command('verify-archive')
    .description('Kiểm tra một tệp lưu trữ với bản kê khai của nó, không cần cơ sở dữ liệu / verify an archive file against its manifest and signed checkpoint, without the database (exit 0 valid, 1 invalid)')
    .requiredOption('--manifest <file>', 'bản kê khai (tệp lưu trữ nằm cạnh) / the manifest (the archive file is beside it)')
    .option('--key <verifier-key>', 'khóa kiểm tra (khien audit public-key) / checkpoint verifier key (default: the configured key)')
    .option('--json', 'in dạng JSON / print as JSON')
    .action(async (opts: { manifest: string; key?: string; json?: boolean }) => {
      process.exitCode = await (await import('../audit/archive.cli.ts')).runAuditVerifyArchive(opts);
    });
  // detect — src/detect/detect.cli.ts: ingestion tokens for other systems' logs; replay (backtesting)
  const detect = program.command('detect').description('Phát hiện bất thường / detection');
  detect
    .command('ingest-token <system>')
    .description('Tạo mã nạp nhật ký cho một hệ thống nguồn / create an ingestion token for a source system (shown once)')
    .action(async (system: string) => {
      process.exitCode = await (await import('../detect/detect.cli.ts')).runCreateIngestToken(system);
    });
  detect
    .command('replay <file>')
    .description('Chạy lại bộ phát hiện trên tệp sự kiện JSONL / replay a JSONL file of events (or audit entries) through the detector; alerts as JSONL')
    .option('--param <rule.key=value>', 'rule parameter, e.g. KHIEN-R010.lateMinutes=90 (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--out <file>', 'write the alerts to this file instead of standard output')
    .option('--context <file>', 'JSON facts: accounts, vpnAccounts, decoys, linked, personProvinces')
    .option('--db', "load the facts from the database (accounts, VPN register, decoys, households) as the server does")
    .option('--learn-until <time>', 'events before this ISO time warm the baselines without alerts')
    .action(async (file: string, opts: { param: string[]; out?: string; context?: string; db?: boolean; learnUntil?: string }) => {
      const { runReplay } = await import('../detect/detect.cli.ts');
      if (!opts.db) {
        process.exitCode = await runReplay(file, opts);
        return;
      }
      const { loadConfig } = await import('../platform/config.ts');
      const { openDatabase } = await import('../db/client.ts');
      const { systemClock } = await import('../platform/clock.ts');
      const { createDbDetectContext } = await import('../app/detect-context.ts');
      const config = loadConfig();
      const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        const context = await createDbDetectContext(database.db, systemClock);
        process.exitCode = await runReplay(file, opts, { context });
      } finally {
        await database.close();
      }
    });
  // auth — src/auth/auth.cli.ts (import-leaks, hr-import, create-account, suspend, reinstate, sweep), imported only when run
  program
    .command('auth')
    .description('Tài khoản, mật khẩu lộ, nhân sự, VPN / accounts, leaked passwords, HR import, VPN (khien auth help)')
    .argument('[args...]')
    .allowUnknownOption()
    .helpOption(false)
    .action(async (args: string[]) => {
      await (await import('./auth-commands.ts')).runAuthCli(args);
    });
  // respond — src/respond/respond.cli.ts: STIX export and CEF/syslog send to the national SOC
  const respond = program.command('respond').description('Ứng cứu sự cố / incident response');
  respond
    .command('export-stix')
    .description('Xuất gói STIX 2.1 sự cố và cảnh báo / export incidents and alerts as a STIX 2.1 bundle')
    .requiredOption('--since <time>', 'từ thời điểm ISO 8601 hoặc khoảng như 24h, 7d / ISO time or duration like 24h, 7d')
    .option('--until <time>', 'đến thời điểm (không gồm) / until (exclusive)')
    .option('--out <file>', 'ghi ra tệp / write to a file')
    .action(async (opts: { since: string; until?: string; out?: string }) => {
      process.exitCode = await (await import('../respond/respond.cli.ts')).runExportStix(opts);
    });
  respond
    .command('send-cef')
    .description('Gửi CEF qua syslog tới SOC quốc gia (SOC_SYSLOG_TARGET) / send CEF over syslog to the national SOC')
    .requiredOption('--since <time>', 'từ thời điểm ISO 8601 hoặc khoảng như 24h / ISO time or duration like 24h')
    .option('--transport <tcp|udp>', 'giao thức / transport', 'tcp')
    .action(async (opts: { since: string; transport?: string }) => {
      process.exitCode = await (await import('../respond/respond.cli.ts')).runSendCef(opts);
    });
  // access — src/access/access.cli.ts: identify the export a leaked file comes from
  program
    .command('access')
    .description('Truy cập dữ liệu cá nhân / personal-data access')
    .command('identify-export <file>')
    .description('Nhận diện bản xuất dữ liệu bị lộ / identify the export a leaked CSV or XLSX file comes from')
    .action(async (file: string) => {
      process.exitCode = await (await import('../access/access.cli.ts')).runIdentifyExport(file);
    });
  // citizen — src/citizen/citizen.cli.ts: demo citizens to sign in as through the demo OpenID provider
  program
    .command('citizen')
    .description('Người tham gia / insured persons\' view')
    .command('demo-accounts')
    .description('Liệt kê người tham gia demo để đăng nhập / list demo citizens to sign in as (demo mode only)')
    .option('--limit <n>', 'số người / how many (1-50, default 5)')
    .action(async (opts: { limit?: string }) => {
      process.exitCode = await (await import('../citizen/citizen.cli.ts')).runDemoAccounts(opts);
    });
  // posture — src/posture/posture.cli.ts: imports of assets, findings and scanner reports, as a named account
  const posture = program.command('posture').description('Tài sản, lỗ hổng, cảnh báo / security posture');
  for (const [name, kind, what] of [
    ['import-assets', 'assets', 'Nhập tài sản từ CSV/XLSX / import assets from CSV/XLSX'],
    ['import-findings', 'findings', 'Nhập lỗ hổng từ CSV/XLSX / import findings from CSV/XLSX'],
    ['import-scan', 'scan', 'Nhập báo cáo quét OpenVAS/Greenbone XML / import an OpenVAS/Greenbone XML report'],
  ] as const) {
    posture
      .command(`${name} <file>`)
      .description(what)
      .requiredOption('--unit <unitId>', 'đơn vị / unit id (e.g. P01)')
      .requiredOption('--as <username>', 'tài khoản thực hiện (cán bộ chuyên trách ATTT) / acting account (security officer)')
      .option('--dry-run', 'chỉ kiểm tra, không ghi / check only, write nothing')
      .option('--format <csv|xlsx>', 'định dạng (mặc định theo đuôi tệp) / format (default: from the extension)')
      .action(async (file: string, opts: { unit: string; as: string; dryRun?: boolean; format?: string }) => {
        process.exitCode = await (await import('./posture-commands.ts')).runPostureImport(kind, file, opts);
      });
  }
  // (commands:end)
}
