import type { Command } from "commander";

/** Set a command's exit code (1 for failed checks) from inside its action; main() returns it. */
export function setExitCode(cmd: Command, code: number): void {
  (cmd as Command & { exitCodeValue?: number }).exitCodeValue = code;
}

export function exitCodeOf(cmd: Command): number | undefined {
  return (cmd as Command & { exitCodeValue?: number }).exitCodeValue;
}
