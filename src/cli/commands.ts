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
  void program;
  // (commands:end)
}
