/**
 * The estimate before a Morris or Shapley run (evaluations, memory, time),
 * as Sobol's (options.ts `checkRunSize`): refused past the limits, a
 * warning when long, otherwise shown on a terminal or with --progress. The
 * time is the evaluations at the rate `timeModel` measures on the path the
 * run takes (batched, on a firm population's evaluator or the kernel).
 */
import type { ModelFunction } from "../analysis/sensitivity/model-function.js";
import { type MorrisOptions, morrisEvaluations } from "../analysis/sensitivity/morris.js";
import { type ShapleyOptions, shapleyPlan } from "../analysis/sensitivity/shapley.js";
import type { Lang } from "../i18n/lang.js";
import { RUN_TEXT } from "../i18n/text/state.js";
import {
  announceRun,
  chainEstimate,
  morrisEstimate,
  type RunEstimate,
  shapleyEstimate,
  timeModel,
} from "./progress.js";

type Stderr = { stderr: (s: string) => void };

/**
 * Announce (or refuse) a Morris run of `f` with `opts`.
 *
 * @example
 * announceMorris(f, { trajectories: 20, levels: 4, seed: 1 }, io, "zh", true)
 * // stderr: "预计：260 个点、12 个输入的 Morris 筛选，约 260 次模型计算，内存 131 KB，耗时 0 s"
 */
export function announceMorris(
  f: ModelFunction,
  opts: MorrisOptions,
  io: Stderr,
  lang: Lang,
  show: boolean,
  now: () => number = () => performance.now(),
): RunEstimate {
  const k = f.inputs.length;
  const points = morrisEvaluations(f, opts);
  const e = morrisEstimate(points, k, {
    trajectories: opts.trajectories,
    bootstrap: opts.bootstrap ?? 1000,
    secondsPerEvaluation: timeModel(f, now),
  });
  announceRun(e, RUN_TEXT.morris(points.toLocaleString("en-US"), k), io, lang, show);
  return e;
}

/**
 * Announce (or refuse) a Shapley run of `f` with `opts`.
 *
 * @example
 * announceShapley(f, { seed: 1 }, io, "en", true)
 * // stderr: "estimate: Shapley effects of 3 inputs (every subset): about 28,000 model evaluations, 469 KB of memory and 0 s"
 */
export function announceShapley(
  f: ModelFunction,
  opts: ShapleyOptions,
  io: Stderr,
  lang: Lang,
  show: boolean,
  now: () => number = () => performance.now(),
): RunEstimate {
  const k = f.inputs.length;
  const plan = shapleyPlan(k, opts);
  const e = shapleyEstimate(k, { ...plan, secondsPerEvaluation: timeModel(f, now) });
  announceRun(e, RUN_TEXT.shapley(k, plan.exact), io, lang, show);
  return e;
}

/** Samples of the timed trial before a chain Monte Carlo. */
const CHAIN_TRIAL = 32;

/**
 * Announce (or refuse) a chain Monte Carlo of `samples` draws of `inputs`
 * uncertain coefficients, timing `trial` (draws apart from the run).
 *
 * @example
 * announceChain(2000, 11, trial, io, "en", true)
 * // stderr: "estimate: industry-chain Monte Carlo with 2,000 samples of 11 uncertain coefficients: about 2,000 model evaluations, 40 KB of memory and 0 s"
 */
export function announceChain(
  samples: number,
  inputs: number,
  trial: (n: number) => number,
  io: Stderr,
  lang: Lang,
  show: boolean,
  now: () => number = () => performance.now(),
): RunEstimate {
  const n = Math.min(samples, CHAIN_TRIAL);
  const start = now();
  const bytes = trial(n);
  const secondsPerSample = (now() - start) / 1000 / n;
  const e = chainEstimate(samples, { secondsPerSample, sketchBytes: bytes });
  announceRun(e, RUN_TEXT.chain(samples.toLocaleString("en-US"), inputs), io, lang, show);
  return e;
}
