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
}

export const processIo: Io = {
  // names from a scenario may hold ESC/BEL: shown as escapes, never sent to the terminal raw
  stdout: (s) => process.stdout.write(terminalSafe(s)),
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stderr.isTTY),
};

/** Exit codes. */
export const EXIT = { ok: 0, checkFailed: 1, badInput: 2, internal: 3 } as const;
