/**
 * A progress bar on stderr for long runs: shown only when stderr is a
 * terminal and the run has taken more than a second, redrawn at most ten
 * times a second, and erased when the run ends. Silent otherwise (pipes,
 * files, tests).
 */
import type { Io } from "./io.js";

export interface Progress {
  update(done: number, total: number): void;
  /** Erase the bar if it was drawn. */
  done(): void;
}

const DELAY_MS = 1000;
const INTERVAL_MS = 100;
const WIDTH = 30;

export function progressBar(io: Io, label: string, now: () => number = () => performance.now()): Progress {
  const start = now();
  let last = 0;
  let drawn = false;
  return {
    update(done, total) {
      if (!io.isTTY) return;
      const t = now();
      if (t - start < DELAY_MS || t - last < INTERVAL_MS) return;
      last = t;
      const frac = total > 0 ? Math.min(1, done / total) : 0;
      const filled = Math.round(frac * WIDTH);
      io.stderr(
        `\r${label} [${"#".repeat(filled)}${" ".repeat(WIDTH - filled)}] ${(frac * 100).toFixed(0).padStart(3)}%  ${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")}`,
      );
      drawn = true;
    },
    done() {
      if (drawn) io.stderr("\r\x1b[K");
      drawn = false;
    },
  };
}
