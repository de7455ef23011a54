import { terminalSafe } from "../diagnostics.js";

/**
 * What a command needs from the outside world, so commands can be run in
 * tests without a process.
 */
export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Whether stderr is a terminal (progress bars only then). */
  isTTY: boolean;
  /**
   * The environment the language is chosen from (CHAINSIM_LANG, LC_ALL,
   * LC_MESSAGES, LANG); only main() reads it. Absent: none (English unless
   * --lang says otherwise), which keeps tests independent of the machine.
   */
  env?: Readonly<Record<string, string | undefined>>;
}

export const processIo: Io = {
  // names from a scenario may hold ESC/BEL: shown as escapes, never sent to the terminal raw
  stdout: (s) => process.stdout.write(terminalSafe(s)),
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stderr.isTTY),
  env: process.env,
};

/** Exit codes. */
export const EXIT = { ok: 0, checkFailed: 1, badInput: 2, internal: 3 } as const;
