/**
 * Goal seeking: the value of one assumption at which a goal is just met —
 * deterministically (the others at their central values), or with a stated
 * probability under uncertainty. The probabilistic search uses common random
 * numbers (the same samples for every candidate value), so the probability is
 * a step function that moves only with the searched value, and bisection
 * converges.
 */
import { HALF_STEP, stream } from "../../engine/streams.js";
import type { ModelFunction } from "./model-function.js";

export interface SolveOptions {
  /** The input searched (its index in f.inputs). */
  input: number;
  low: number;
  high: number;
  /** Required probability (omit for the deterministic search). */
  probability?: number;
  samples?: number;
  seed?: number | string;
  tolerance?: number;
  /**
   * The metric of n points at once (input i of point j at xs[i·n + j]), for
   * the probabilistic search: e.g. `f.evaluateMany`, on the kernel.
   */
  metricMany?: (xs: Float64Array, n: number) => Float64Array;
}

export interface SolveResult {
  /** solved; met-throughout (met at both ends of the range); unreachable (met nowhere in it). */
  status: "solved" | "met-throughout" | "unreachable";
  found: boolean;
  value: number | null;
  /** The output (gap) or probability reached at the value. */
  achieved: number | null;
  /** Probability or gap at the ends of the range, to explain a failure. */
  atLow: number;
  atHigh: number;
  iterations: number;
}

/**
 * @example
 * // software must grow at (14000 / 11150)^(1/3) − 1 = 7.88% a year to reach 14,000亿 in 2025
 * solve(gapOfSoftware, { input: softwareGrowth, low: -0.5, high: 1 }).value // 0.0788…
 */
export function solve(
  f: ModelFunction,
  metric: (values: Float64Array) => number,
  opts: SolveOptions,
): SolveResult {
  const tol = opts.tolerance ?? 1e-7;
  if (opts.probability === undefined) {
    const x = f.central();
    const gap = (v: number) => {
      x[opts.input] = v;
      return metric(x);
    };
    return bisect(gap, opts.low, opts.high, tol, gap);
  }
  // common random numbers: one fixed set of input draws, the searched input overwritten
  const n = opts.samples ?? 4000;
  const k = f.inputs.length;
  const streams = f.inputs.map((inp) => stream(opts.seed ?? 1, `solve:${inp.name}`, 0));
  const xs = new Float64Array(k * n);
  const u = new Float64Array(k);
  const x = new Float64Array(k);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < k; i++) u[i] = streams[i]!() + HALF_STEP;
    f.fromUniform(u, x);
    for (let i = 0; i < k; i++) xs[i * n + j] = x[i]!;
  }
  const many =
    opts.metricMany ??
    ((pts: Float64Array, m: number) => {
      const y = new Float64Array(m);
      for (let j = 0; j < m; j++) {
        for (let i = 0; i < k; i++) x[i] = pts[i * m + j]!;
        y[j] = metric(x);
      }
      return y;
    });
  const probabilityAt = (v: number) => {
    xs.fill(v, opts.input * n, (opts.input + 1) * n);
    const y = many(xs, n);
    let met = 0;
    for (let j = 0; j < n; j++) if (y[j]! >= 0) met++;
    return met / n;
  };
  const target = opts.probability;
  return bisect((v) => probabilityAt(v) - target, opts.low, opts.high, tol, probabilityAt);
}

/** Find v in [low, high] where h(v) changes sign from negative to non-negative (h increasing or decreasing). */
function bisect(
  h: (v: number) => number,
  low: number,
  high: number,
  tol: number,
  report: (v: number) => number,
): SolveResult {
  const hl = h(low);
  const hh = h(high);
  const result = (status: SolveResult["status"], value: number | null, iterations: number): SolveResult => ({
    status,
    found: status !== "unreachable",
    value,
    achieved: value === null ? null : report(value),
    atLow: report(low),
    atHigh: report(high),
    iterations,
  });
  if (hl >= 0 && hh >= 0) return result("met-throughout", hl <= hh ? low : high, 0);
  if (hl < 0 && hh < 0) return result("unreachable", null, 0);
  // keep `bad` where h < 0 and `good` where h >= 0
  let bad = hl < 0 ? low : high;
  let good = hl < 0 ? high : low;
  let it = 0;
  while (Math.abs(good - bad) > tol * Math.max(1, Math.abs(good)) && it < 200) {
    const mid = (bad + good) / 2;
    if (h(mid) >= 0) good = mid;
    else bad = mid;
    it++;
  }
  return result("solved", good, it);
}
