/**
 * A progress bar on stderr for long runs: shown only when stderr is a
 * terminal and the run has taken more than a second, redrawn at most ten
 * times a second, and erased when the run ends. Silent otherwise (pipes,
 * files, tests).
 */
import { diagnostic, fail, formatDiagnostic } from "../diagnostics.js";
import { type Bilingual, type Lang, pick } from "../i18n/lang.js";
import { CLI_TEXT } from "../i18n/text/cli.js";
import { RUN_TEXT } from "../i18n/text/state.js";
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
 * The cost of a Morris run of `points` model evaluations (r·(g + 1)) over k
 * inputs: the points' values and their grid levels (2·k·points doubles), the
 * outputs and effects, and `bootstrap` resamples of the r trajectories (each
 * resample of each of the g ≤ k factors: 2 ns a trajectory).
 *
 * @example
 * morrisEstimate(260, 12, { trajectories: 20, bootstrap: 1000, secondsPerEvaluation: 1e-6 })
 * // { evaluations: 260, bytes: 134080, seconds: 0 }
 */
export function morrisEstimate(
  points: number,
  k: number,
  opts: { trajectories: number; bootstrap: number; secondsPerEvaluation: number },
): RunEstimate {
  const bytes = (2 * k * points + 2 * points) * 8 + opts.bootstrap * opts.trajectories * 4;
  const seconds = points * opts.secondsPerEvaluation + opts.bootstrap * opts.trajectories * k * 2e-9;
  return { evaluations: points, bytes, seconds: Math.round(seconds) };
}

/**
 * The cost of a Shapley run (analysis/sensitivity/shapley.ts) over k inputs:
 * its evaluations (`shapleyPlan`), the joint draws for Var(Y) (k + 1 doubles
 * each), the largest batch of inner draws (k·N_o·N_i doubles and their
 * outputs) and, exactly over every subset, one cost per subset and outer draw
 * (2^k·N_o doubles).
 *
 * @example
 * shapleyEstimate(3, { exact: true, outer: 1000, inner: 3, samples: 10000, evaluations: 28000, secondsPerEvaluation: 1e-6 })
 * // { evaluations: 28000, bytes: 480000, seconds: 0 }
 */
export function shapleyEstimate(
  k: number,
  plan: {
    exact: boolean;
    outer: number;
    inner: number;
    samples: number;
    evaluations: number;
    secondsPerEvaluation: number;
  },
): RunEstimate {
  const batch = plan.outer * plan.inner;
  const costs = plan.exact ? 2 ** k * plan.outer : 0;
  const bytes = ((k + 1) * plan.samples + (k + 1) * batch + costs) * 8;
  return {
    evaluations: plan.evaluations,
    bytes,
    seconds: Math.round(plan.evaluations * plan.secondsPerEvaluation),
  };
}

/**
 * The cost of a chain Monte Carlo (analysis/chain/analyse.ts): one Leontief
 * solve per sample, timed on a trial; its memory is the sketches of every
 * metric, whose size depends on the spread of the values, not on the number
 * of samples (measured on the trial).
 *
 * @example
 * chainEstimate(2000, { secondsPerSample: 2e-4, sketchBytes: 40960 }) // { evaluations: 2000, bytes: 40960, seconds: 0 }
 */
export function chainEstimate(
  samples: number,
  opts: { secondsPerSample: number; sketchBytes: number },
): RunEstimate {
  return {
    evaluations: samples,
    bytes: opts.sketchBytes,
    seconds: Math.round(samples * opts.secondsPerSample),
  };
}

/** A model as the estimate times it: its inputs, their inverse CDF, and its evaluation. */
export interface TimedModel {
  inputs: readonly unknown[];
  fromUniform(u: ArrayLike<number>, out?: Float64Array): Float64Array;
  evaluate(x: ArrayLike<number>): number;
  /** n points at once (input i of point j at xs[i·n + j]): what Sobol, Morris and Shapley call. */
  evaluateMany?(xs: Float64Array, n: number, y?: Float64Array): Float64Array;
}

/** How long the estimate may time a model (milliseconds), and the largest batch it times. */
export const TIMING_BUDGET_MS = 400;
export const TIMING_MAX_POINTS = 2048;

/**
 * Seconds per evaluation of a model, on the path the analyses take: batches
 * through `evaluateMany` when the model has it (a firm population's compiled
 * evaluator, the simulation kernel), else point by point. One point first
 * builds the evaluator (untimed, as the run builds it once); then batches of
 * 32, 64, 128, … 2048 points spread over the inputs' ranges, each twice the
 * last, while the next one (at the last one's rate) still fits in `budgetMs`.
 * The fastest rate of a batch is the estimate: neither the build nor the
 * warm-up of the code (a projected point gets several times faster over its
 * first few hundred) counts in every evaluation, and a slow model (a few ms a
 * point) is timed on a few small batches. Timing 200 single points instead counted both: a firm-population
 * Shapley run announced 3 min for 16 s.
 *
 * @example
 * timeModel(liaochengFirmsGap) // ≈ 2e-5 (its population evaluator, batched)
 */
export function timeModel(
  model: TimedModel,
  now: () => number = () => performance.now(),
  budgetMs = TIMING_BUDGET_MS,
  maxPoints = TIMING_MAX_POINTS,
): number {
  const k = model.inputs.length;
  const u = new Float64Array(k);
  const x = new Float64Array(k);
  const run = (n: number) => {
    const points = new Float64Array(k * n);
    for (let t = 0; t < n; t++) {
      for (let i = 0; i < k; i++) u[i] = ((t * (i + 1) * 0.618034) % 0.98) + 0.01;
      model.fromUniform(u, x);
      for (let i = 0; i < k; i++) points[i * n + t] = x[i]!;
    }
    const start = now();
    if (model.evaluateMany) model.evaluateMany(points, n);
    else
      for (let t = 0; t < n; t++) {
        for (let i = 0; i < k; i++) x[i] = points[i * n + t]!;
        model.evaluate(x);
      }
    return now() - start;
  };
  run(1);
  let spent = 0;
  let perPoint = Number.POSITIVE_INFINITY;
  for (let n = 32; n <= maxPoints; n *= 2) {
    const ms = run(n);
    perPoint = Math.min(perPoint, ms / n);
    spent += ms;
    if (spent + 2 * ms > budgetMs) break;
  }
  return perPoint / 1000;
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

/**
 * Before a long run: refuse it when its estimate passes the limits
 * (E_RUN_TOO_LARGE), warn when it would take longer than ANNOUNCE_SECONDS
 * (W_LONG_RUN), and otherwise show the estimate when `show` (stderr is a
 * terminal, or --progress). `what` names the run ("Morris screening with …").
 *
 * @example
 * announceRun({ evaluations: 260, bytes: 134080, seconds: 0 }, RUN_TEXT.morris("260", 12), io, "en", true)
 * // stderr: "estimate: Morris screening with 260 points and 12 inputs: about 260 model evaluations, 131 KB of memory and 0 s"
 */
export function announceRun(
  e: RunEstimate,
  what: Bilingual,
  io: { stderr: (s: string) => void },
  lang: Lang,
  show: boolean,
): void {
  const words = { what, evaluations: e.evaluations.toLocaleString("en-US"), memory: humanBytes(e.bytes) };
  if (e.bytes > MAX_RUN_BYTES)
    fail("E_RUN_TOO_LARGE", { ...words, max: RUN_TEXT.memoryLimit(humanBytes(MAX_RUN_BYTES)) });
  if (e.evaluations > MAX_RUN_EVALUATIONS)
    fail("E_RUN_TOO_LARGE", {
      ...words,
      max: RUN_TEXT.evaluationLimit(MAX_RUN_EVALUATIONS.toLocaleString("en-US")),
    });
  const time = humanSeconds(e.seconds);
  if (e.seconds > ANNOUNCE_SECONDS)
    io.stderr(
      `${formatDiagnostic(diagnostic("W_LONG_RUN", { ...words, time }, undefined, "warning"), lang)}\n`,
    );
  else if (show) io.stderr(`${pick(CLI_TEXT.runEstimate({ ...words, time }), lang)}\n`);
}
