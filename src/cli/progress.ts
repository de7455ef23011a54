/**
 * A progress bar on stderr for long runs: shown only when stderr is a
 * terminal and the run has taken more than a second, redrawn at most ten
 * times a second, and erased when the run ends. Silent otherwise (pipes,
 * files, tests).
 */
import { type Lang, pick } from "../i18n/lang.js";
import { CLI_TEXT } from "../i18n/text/cli.js";
import type { Io } from "./io.js";

/** What a progress bar can say it is doing (labels in src/i18n/text/cli.ts). */
export type ProgressLabel = keyof typeof CLI_TEXT.progress;

export interface Progress {
  update(done: number, total: number): void;
  /** Erase the bar if it was drawn. */
  done(): void;
}

const DELAY_MS = 1000;
const INTERVAL_MS = 100;
const WIDTH = 30;

/**
 * A progress bar labelled with a catalogue label in `lang`, or with a text
 * already in the right language.
 *
 * @example
 * progressBar(io, { label: "simulating", lang: "zh" }) // "蒙特卡洛模拟 [####      ]  40%  4,000/10,000"
 */
export function progressBar(
  io: Io,
  what: string | { label: ProgressLabel; lang: Lang },
  now: () => number = () => performance.now(),
  always = false,
): Progress {
  const label = typeof what === "string" ? what : pick(CLI_TEXT.progress[what.label], what.lang);
  const start = now();
  let last = 0;
  let drawn = false;
  return {
    update(done, total) {
      if (!io.isTTY && !always) return;
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

/** What a run will cost, estimated before it starts. */
export interface RunEstimate {
  evaluations: number;
  /** Peak memory of the run's arrays, in bytes. */
  bytes: number;
  /** Estimated wall time, in seconds (from a timed trial of the model). */
  seconds: number;
}

/** A run needing more memory than this is refused before it starts. */
export const MAX_RUN_BYTES = 2 * 1024 ** 3;
/** A run needing more model evaluations than this is refused before it starts (hours on one core). */
export const MAX_RUN_EVALUATIONS = 20_000_000;
/** Runs estimated to take longer than this announce their estimate first. */
export const ANNOUNCE_SECONDS = 10;

/**
 * The cost of a Sobol run (Saltelli's scheme, as analysis/sensitivity/sobol.ts
 * computes it): N·(k + 2) model evaluations (N·(2k + 2) with second-order
 * indices); arrays of 2k + 2 + k (+ k) doubles and two index arrays of N;
 * `bootstrap` resamples each costing N·(2k + 2) arithmetic steps.
 * `secondsPerEvaluation` comes from a timed trial of the model; one
 * bootstrap step is taken as 2 ns.
 *
 * @example
 * sobolEstimate(1e7, 12, { bootstrap: 200, secondOrder: false, secondsPerEvaluation: 1e-6 })
 * // { evaluations: 140000000, bytes: 3120000000, seconds: 244 }
 */
export function sobolEstimate(
  n: number,
  k: number,
  opts: { bootstrap: number; secondOrder: boolean; secondsPerEvaluation: number },
): RunEstimate {
  const perRow = opts.secondOrder ? 2 * k + 2 : k + 2;
  const evaluations = n * perRow;
  const doubles = n * (2 * k + 2 + k + (opts.secondOrder ? k : 0));
  const bytes = doubles * 8 + n * 4 * 2;
  const bootstrapSteps = opts.bootstrap * n * (2 * k + 2);
  const seconds = evaluations * opts.secondsPerEvaluation + bootstrapSteps * 2e-9;
  return { evaluations, bytes, seconds: Math.round(seconds) };
}

/**
 * Seconds per evaluation of a model, from `trials` evaluations at spread
 * points (a few milliseconds in all).
 */
export function timeModel(
  model: {
    inputs: readonly unknown[];
    fromUniform(u: ArrayLike<number>, out?: Float64Array): Float64Array;
    evaluate(x: ArrayLike<number>): number;
  },
  trials = 200,
  now: () => number = () => performance.now(),
): number {
  const k = model.inputs.length;
  const u = new Float64Array(k);
  const x = new Float64Array(k);
  const start = now();
  for (let t = 0; t < trials; t++) {
    for (let i = 0; i < k; i++) u[i] = ((t * (i + 1) * 0.618034) % 0.98) + 0.01;
    model.fromUniform(u, x);
    model.evaluate(x);
  }
  return (now() - start) / 1000 / trials;
}

/**
 * Bytes and seconds in words.
 *
 * @example
 * humanBytes(3.04e9) // "2.8 GB"
 * humanSeconds(192) // "3 min"
 */
export function humanBytes(b: number): string {
  const units = ["B", "KB", "MB", "GB", "TB"];
  let v = b;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v < 10 && u > 0 ? v.toFixed(1) : Math.round(v)} ${units[u]}`;
}

export function humanSeconds(s: number): string {
  if (s < 90) return `${Math.round(s)} s`;
  if (s < 5400) return `${Math.round(s / 60)} min`;
  return `${(s / 3600).toFixed(1)} h`;
}
